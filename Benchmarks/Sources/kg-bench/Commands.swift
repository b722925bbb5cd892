import BenchSupport
import GraphQuery
import GraphStore

/// The measurements the line protocol does not cover: import rate and resident bytes, file
/// size and open time, and standalone query timings with plans.
enum Commands {
    static let usage = """
        usage: kg-bench import FILE.tsv|FILE.nt [--runs N]
               kg-bench file FILE.tsv|FILE.nt [--runs N] [--out GRAPH.kg]
               kg-bench queries FILE.tsv [--runs N] [--only Q01,Q02] [--explain]
        """

    /// Runs the command named by the first word of `words`.
    static func run(_ words: [String]) throws(UsageError) {
        let arguments = try Arguments(Array(words.dropFirst()), flags: ["explain"])
        guard let command = words.first, let input = arguments.positional.first else {
            throw UsageError(message: usage)
        }
        guard let format = TripleFormat(fileName: input) else {
            throw UsageError(message: "\(input): expected a .tsv or .nt file")
        }
        switch command {
        case "import": try importRate(input, format: format, runs: arguments.integer("runs", default: 3))
        case "file":
            try fileAndOpen(input, format: format, runs: arguments.integer("runs", default: 5),
                            graphPath: arguments.value("out") ?? "/tmp/kg-bench-\(ProcessID.current).kg")
        case "queries":
            let only = arguments.value("only").map { Set($0.split(separator: ",").map(String.init)) }
            try queries(input, format: format, runs: arguments.integer("runs", default: 5), only: only,
                        explain: arguments.flag("explain"))
        default: throw UsageError(message: usage)
        }
    }

    /// Imports `path` once, reporting the triple count, or throws a usage error naming the problem.
    static func load(_ path: String, format: TripleFormat) throws(UsageError) -> Graph {
        var graph = Graph()
        do {
            let report = try graph.importTriples(contentsOfFile: path, format: format)
            if report.issueCount > 0 { Output.error("\(path): \(report.issueCount) bad lines, e.g. \(report.issues[0])") }
        } catch {
            throw UsageError(message: "\(error)")
        }
        return graph
    }

    /// Prints `name value` lines.
    static func report(_ name: String, _ value: String) { Output.line(name + " " + value) }

    static func loadAverage() -> String {
        (TextFile.loadAverage ?? []).map { NumberText.fixed($0, digits: 2) }.joined(separator: " ")
    }
}
