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
        /// Articles read from the input, in this shard or not.
        var articlesRead: Int
        /// Inputs skipped as unreadable.
        var skipped: Int
        /// Whether Ctrl-C stopped the run early.
        var interrupted: Bool
    }

    /// The fact extractor, with the lexicon and the user's extra tables.
    private let extractor: FactExtractor
    /// Worker threads.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Only this partition of the input, if set.
    var shard: ShardSelector?
    /// Draw the progress line on standard error.
    var showProgress = false
    /// Save to this path every `checkpointSeconds` during the run (never when nil or 0).
    var checkpointPath: String?
    /// Seconds between checkpoint saves (0: none).
    var checkpointSeconds = 0

    /// Loads the extraction lexicon (with the user's extra tables); the language models are
    /// loaded when the first article needs parsing, so an ingest with nothing new is quick.
    init(aliasFile: String? = nil, synonymFile: String? = nil) throws {
        let lexicon: Lexicon
        do {
            lexicon = try Lexicon.standard.adding(aliasFile: aliasFile.map { URL(fileURLWithPath: $0) },
                                                  synonymFile: synonymFile.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure("\(error)")
        }
        extractor = FactExtractor(lexicon: lexicon)
    }

    /// The parser and extractor, with the language models loaded.
    private func loadProcessor() throws -> ArticleProcessor {
        do {
            return ArticleProcessor(pipeline: try Pipeline.load(), extractor: extractor)
        } catch {
            throw CommandFailure("cannot load the language models: \(error)")
        }
    }

    private struct Interrupted: Error {}

    /// The bytes of input under `paths` when every path is a regular file (JSON Lines or
    /// article), for the remaining-time estimate; `nil` for folders and standard input.
    static func inputSize(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? Int else { return nil }
            total += size
        }
        return total
    }

    /// Adds the articles under `paths` to `graph`; unreadable input is reported on standard
    /// error and counted. When `cancelled` turns true (Ctrl-C) reading stops; the articles
    /// already in flight are still added.
    func ingest(_ paths: [String], into graph: inout Graph,
                cancelled: () -> Bool = { InterruptSignal.flag.load(ordering: .relaxed) }) throws -> Outcome {
        var meter = IngestProgress(live: showProgress)
        meter.bytesTotal = Self.inputSize(paths) ?? 0
        var interrupted = false
        var lastSave = Date()
        var articlesRead = 0
        var idsRead = Set<String>()
        var textsRead = Set<UInt64>()
        var processor: ArticleProcessor?
        let map = OrderedParallelMap<(Article, ArticleProcessor), ArticleProcessor.Processed>(workers: jobs) { job in
            job.1.process(job.0)
        }
        try map.run(produce: { submit in
            do {
                try ArticleReader().read(paths, article: { article in
                    if cancelled() { throw Interrupted() }
                    articlesRead += 1
                    meter.bytesDone += article.inputBytes
                    if let shard, !shard.contains(id: article.id) { return }
                    // Skip before parsing what `Graph.add` would skip after: an id already in
                    // the graph or already submitted in this run, a text already submitted.
                    if graph.documentIndex(id: article.id) != nil || idsRead.contains(article.id) {
                        meter.sameID += 1
                        meter.tick()
                        return
                    }
                    let hash = FactExtractor.contentHash(article.text)
                    if textsRead.contains(hash) {
                        meter.sameText += 1
                        meter.tick()
                        return
                    }
                    idsRead.insert(article.id)
                    textsRead.insert(hash)
                    let loaded = try processor ?? loadProcessor()
                    processor = loaded
                    submit((article, loaded))
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
            switch result.status {
            case .added:
                meter.documents += 1
                meter.words += processed.words
                meter.sentences += processed.document.sentences.count
                meter.facts += processed.facts.count
            case .duplicateID: meter.sameID += 1
            case .duplicateContent: meter.sameText += 1
            }
            meter.tick()
            if let checkpointPath, checkpointSeconds > 0, Date().timeIntervalSince(lastSave) >= Double(checkpointSeconds) {
                try GraphFiles.save(graph, to: checkpointPath)
                lastSave = Date()
            }
        })
        meter.clearLine()
        return Outcome(summary: meter.summary(entities: graph.stats(top: 0).entities), articlesRead: articlesRead,
                       skipped: meter.skipped.values.reduce(0, +), interrupted: interrupted)
    }
}
