import Extraction
import GraphStore
import Language

/// Turns one article into what the graph stores: parse, extract, records. Safe to call from
/// several threads at once.
struct ArticleProcessor: Sendable {
    /// An article ready to add: its document record, its facts and what was counted on the way.
    struct Processed: Sendable {
        var document: DocumentRecord
        var facts: [FactRecord]
        var words: Int
    }

    let pipeline: Pipeline
    let extractor: FactExtractor

    /// Parses and extracts one article.
    func process(_ article: Article) -> Processed {
        let document = pipeline.parse(article.text)
        let (record, facts) = extractor.records(for: document, id: article.id, title: article.title,
                                                source: article.source, date: article.date)
        let words = article.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
        return Processed(document: record, facts: facts, words: words)
    }
}
