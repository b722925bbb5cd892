import ArgumentParser
import Extraction
import Foundation
import GraphStore
import Language
import Shell
#if canImport(Glibc)
import Glibc
#endif

/// `kg ingest PATH... -o GRAPH`: articles (or ready-made triples) into a graph file.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles (or ready-made triples) to a graph file.",
        discussion: """
            PATH may be a folder (read recursively), a .txt or .md article, a JSON Lines file \
            (one object a line: id, title, text, optional date and url), or - for standard input. \
            Documents already in the graph (same id or same text) are skipped, and the graph is \
            saved every --checkpoint seconds, so running the same command again after an \
            interruption or a crash finishes the job without duplicates. \
            Input that cannot be read is skipped with a warning and the exit status is 1.
            """
    )

    @Argument(help: "Folders, article files, JSON Lines files, or - for standard input.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The graph file to write.")
    var output: String

    @Flag(help: "Add to the graph file if it exists.")
    var append = false

    @Flag(help: "Replace the graph file if it exists.")
    var force = false

    @Option(help: "Worker threads for parsing and extraction (default: all cores).")
    var jobs: Int?

    @Flag(help: "The inputs are ready-made triples (.tsv, or .nt N-Triples), not articles.")
    var triples = false

    @Option(help: "Take only the I-th of N stable partitions of the input (I/N), for kg merge later.")
    var shard: String?

    @Flag(help: "Show progress even when standard error is not a terminal.")
    var progress = false

    @Option(help: "An alias table to add (alias<TAB>canonical name lines).")
    var aliases: String?

    @Option(help: "A predicate synonym table to add (phrase<TAB>canonical predicate lines).")
    var synonyms: String?

    @Option(help: "Save a checkpoint of the graph every this many seconds during a long ingest (0: never).")
    var checkpoint = 600

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, ShardSelector(shard) == nil { throw ValidationError("--shard takes I/N with 1 ≤ I ≤ N, for example 2/8") }
        if append && force { throw ValidationError("--append and --force contradict each other") }
        if checkpoint < 0 { throw ValidationError("--checkpoint must be 0 or more seconds") }
    }

    func run() throws {
        var graph = try startingGraph()
        let status = triples ? try importTriples(into: &graph) : try ingestArticles(into: &graph)
        if status != 0 { throw ExitCode(status) }
    }

    /// `GRAPH.ingesting`: present while an ingest that makes GRAPH anew runs, and left behind
    /// when it is interrupted or crashes, so that the same command run again resumes from the
    /// last save instead of refusing to overwrite GRAPH.
    private var resumeMarker: String { output + ".ingesting" }

    private func startingGraph() throws -> Graph {
        guard GraphFiles.exists(output) else { return Graph() }
        if append { return try GraphFiles.open(output) }
        if force { return Graph() }
        if GraphFiles.exists(resumeMarker) {
            StandardError.write("\(output): resuming an interrupted ingest (\(resumeMarker) is there)")
            return try GraphFiles.open(output)
        }
        throw CommandFailure("\(output): already exists; use --append to add to it or --force to replace it")
    }

    private func importTriples(into graph: inout Graph) throws -> Int32 {
        var failed = false
        for path in paths {
            guard let format = TripleFormat(fileName: path) else {
                StandardError.write("warning: \(path): skipped: not a .tsv or .nt file")
                failed = true
                continue
            }
            let report: ImportReport
            do {
                report = try graph.importTriples(contentsOfFile: path, format: format)
            } catch {
                StandardError.write("warning: \(error.description)")
                failed = true
                continue
            }
            for issue in report.issues.prefix(20) { StandardError.write("warning: \(path):\(issue.line):\(issue.column): \(issue.message)") }
            if report.issues.count > 20 { StandardError.write("warning: \(path): \(report.issues.count - 20) more bad lines") }
            failed = failed || !report.issues.isEmpty
            StandardError.write("\(path): \(report.triplesRead) triples read, \(report.newTriples) new, \(report.issues.count) bad lines")
        }
        try GraphFiles.save(graph, to: output)
        return failed ? 1 : 0
    }

    private func ingestArticles(into graph: inout Graph) throws -> Int32 {
        var ingestor = try Ingestor(aliasFile: aliases, synonymFile: synonyms)
        ingestor.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        ingestor.shard = shard.flatMap(ShardSelector.init)
        ingestor.showProgress = progress || isatty(STDERR_FILENO) == 1
        ingestor.checkpointPath = output
        ingestor.checkpointSeconds = checkpoint
        InterruptSignal.install()
        let marks = !append || GraphFiles.exists(resumeMarker)
        if marks && !FileManager.default.createFile(atPath: resumeMarker, contents: Data(CommandLine.arguments.joined(separator: " ").utf8)) {
            throw CommandFailure("\(resumeMarker): cannot write")
        }
        let outcome = try ingestor.ingest(paths, into: &graph)
        if outcome.articlesRead == 0 && !outcome.interrupted {
            // Nothing to add: leave GRAPH as it was (or absent) rather than write an empty graph.
            if marks { try? FileManager.default.removeItem(atPath: resumeMarker) }
            StandardError.write("error: no articles found in \(paths.joined(separator: " "))")
            return 1
        }
        try GraphFiles.save(graph, to: output)
        StandardError.write("\(output): " + outcome.summary)
        if outcome.interrupted {
            let again = force ? "run it again with --append instead of --force" : "run the same command again"
            StandardError.write("interrupted: the documents read so far are saved; \(again) to finish")
            return 1
        }
        if marks { try? FileManager.default.removeItem(atPath: resumeMarker) }
        return outcome.skipped == 0 ? 0 : 1
    }
}
