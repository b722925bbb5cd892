import ArgumentParser
import GraphStore
import Shell

/// Options every command that runs queries shares: output mode, row cap, `--bail`.
struct ShellSettings: ParsableArguments {
    @Option(name: [.customLong("format"), .customLong("mode")],
            help: "Output: table, box, csv, tsv, json, jsonl or line.")
    var format: String = "table"

    @Option(help: "Most rows shown in table, box and line output (0: all).")
    var maxRows = 100

    @Flag(help: "Stop at the first statement that fails.")
    var bail = false

    func validate() throws {
        guard OutputMode(rawValue: format) != nil else {
            let names = OutputMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown format '\(format)'; use one of \(names)")
        }
        guard maxRows >= 0 else { throw ValidationError("--max-rows must be 0 or more") }
    }

    /// The shell options these settings stand for.
    func options(interactive: Bool? = nil) -> ShellOptions {
        ShellOptions(interactive: interactive, bail: bail, mode: OutputMode(rawValue: format) ?? .table,
                     maxRows: maxRows)
    }

    /// The REPL's `.ingest`: loads the language models on first use and adds articles to the open graph.
    static let ingester: ShellIngester = { paths, graph, cancellation in
        let ingestor = try Ingestor()
        let outcome = try ingestor.ingest(paths, into: &graph, cancelled: { cancellation.isCancelled })
        return outcome.summary
    }

    /// Opens a shell on a graph file, or fails with the file's one-line problem.
    static func shell(graph path: String, options: ShellOptions) throws -> Shell {
        do {
            return try Shell(graphPath: path, options: options, ingester: ingester)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
