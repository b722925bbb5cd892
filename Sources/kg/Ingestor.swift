import Extraction
import Foundation
import GraphStore
import Language
import Shell
#if canImport(Glibc)
import Glibc
#endif

/// Adds articles to a graph: reads them (ArticleReader), parses and extracts on worker threads
/// (OrderedParallelMap), and adds the results in input order, so the graph is the same for any
/// number of workers. Used by `kg ingest`, by `kg` when it builds the seeds graph, and by the
/// REPL's `.ingest`.
struct Ingestor {
    /// What an ingest did.
    struct Outcome {
        /// The one-line summary (documents, sentences, facts, entities, skipped input).
        var summary: String
        /// Documents added.
        var documents: Int
        /// Documents already in the graph.
        var duplicates: Int
        /// Inputs skipped as unreadable.
        var skipped: Int
        /// Whether Ctrl-C stopped the run early.
        var interrupted: Bool
    }

    let processor: ArticleProcessor
    /// Worker threads.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Only this partition of the input, if set.
    var shard: ShardSelector?
    /// Draw the progress line on standard error.
    var showProgress = false
    /// Save to this path every `checkpointSeconds` during the run (never when nil or 0).
    var checkpointPath: String?
    var checkpointSeconds = 0

    /// Loads the language models and the extraction lexicon (with the user's extra tables).
    init(aliasFile: String? = nil, synonymFile: String? = nil) throws {
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.load()
        } catch {
            throw CommandFailure("cannot load the language models: \(error)")
        }
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.standard.adding(aliasFile: aliasFile.map { URL(fileURLWithPath: $0) },
                                                  synonymFile: synonymFile.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure("\(error)")
        }
        processor = ArticleProcessor(parse: { pipeline.parse($0) }, extractor: FactExtractor(lexicon: lexicon))
    }

    private struct Interrupted: Error {}

    /// Adds the articles under `paths` to `graph`; unreadable input is reported on standard
    /// error and counted. When `cancelled` turns true (Ctrl-C) reading stops; the articles
    /// already in flight are still added.
    func ingest(_ paths: [String], into graph: inout Graph,
                cancelled: () -> Bool = { InterruptSignal.flag.load(ordering: .relaxed) }) throws -> Outcome {
        var meter = IngestProgress(live: showProgress)
        meter.bytesTotal = paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        var interrupted = false
        var lastSave = Date()
        let processor = processor
        let map = OrderedParallelMap<Article, ArticleProcessor.Processed>(workers: jobs) { processor.process($0) }
        try map.run(produce: { submit in
            do {
                try ArticleReader().read(paths, article: { article in
                    if cancelled() { throw Interrupted() }
                    if let shard, !shard.contains(id: article.id) { return }
                    if graph.documentIndex(id: article.id) != nil {
                        meter.duplicates += 1
                        return
                    }
                    submit(article)
                }, skip: { skip in
                    meter.clearLine()
                    StandardError.write("warning: \(skip)")
                    meter.skipped[skip.reason, default: 0] += 1
                })
            } catch is Interrupted {
                interrupted = true
            }
        }, consume: { processed in
            let result = graph.add(document: processed.document, facts: processed.facts)
            meter.bytesDone += processed.bytes
            if result.status == .added {
                meter.documents += 1
                meter.words += processed.words
                meter.sentences += processed.document.sentences.count
                meter.facts += processed.facts.count
            } else {
                meter.duplicates += 1
            }
            meter.tick()
            if let checkpointPath, checkpointSeconds > 0, Date().timeIntervalSince(lastSave) >= Double(checkpointSeconds) {
                try GraphFiles.save(graph, to: checkpointPath)
                lastSave = Date()
            }
        })
        meter.clearLine()
        return Outcome(summary: meter.summary(entities: graph.stats(top: 0).entities), documents: meter.documents,
                       duplicates: meter.duplicates, skipped: meter.skipped.values.reduce(0, +),
                       interrupted: interrupted)
    }
}
