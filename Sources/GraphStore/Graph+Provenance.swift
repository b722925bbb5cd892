extension Graph {
    /// The sources of `triple` with their sentences and documents, in the order they were added.
    /// - Complexity: O(log *n* + sources of the triple + uncommitted sources).
    public func provenance(of triple: Triple) -> [Provenance] {
        sources.sources(of: Permutation.spo.key(triple)).map(provenance(ofSource:))
    }

    /// Source `i` resolved for display.
    func provenance(ofSource i: Int) -> Provenance {
        let row = sources.row(i)
        let d = row.document == SourceTable.noDocument ? nil : Int(row.document)
        let record = d.flatMap { $0 < documents.count ? documents.record($0) : nil }
        return Provenance(
            document: d, documentID: record?.id, documentTitle: record?.title, documentSource: record?.source,
            documentDate: record?.date, sentenceIndex: Int(row.sentence),
            sentence: d.flatMap { documents.sentence(Int(row.sentence), of: $0) },
            span: Int(row.span.lowerBound) ..< Int(row.span.upperBound), rule: row.rule,
            confidence: Double(row.confidence), surface: row.surface, time: row.time, place: row.place,
            flags: FactFlags(rawValue: row.flags))
    }

    /// Document `index` (id, title, source, date, sentences), or `nil` when out of range.
    /// - Complexity: O(size of the document).
    public func document(at index: Int) -> DocumentRecord? {
        index >= 0 && index < documents.count ? documents.record(index) : nil
    }

    /// The index of the document with this id, if present.
    /// - Complexity: O(length) expected.
    public func documentIndex(id: String) -> Int? { documents.find(id: id, hash: 0) }
}
