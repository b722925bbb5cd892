import BenchSupport
import GraphQuery
import GraphStore

/// Answers the line protocol of `shared/bench/compare.py` for kg's graph engine.
///
/// * `LOAD <tsv path>` → `OK <seconds> <triples>`: a fresh graph imported from the TSV file,
///   timed from the file to a queryable graph (indexes merged, the query engine's name tables
///   built);
/// * `QUERY <id> <sparql>` → `OK <count> <ms>` | `SKIP <reason>` | `ERR <message>`: runs the kg
///   text of workload query `id` (the SPARQL text is ignored), consuming every row;
/// * `RSS` → `OK <peak resident MB>`; `QUIT` ends the server.
struct ProtocolServer {
    private var runner: WorkloadRunner?

    /// Serves requests from standard input until `QUIT` or end of input.
    mutating func serve() {
        while let line = readLine(strippingNewline: true) {
            let (command, rest) = Self.split(line)
            if command == "QUIT" { return }
            reply(handle(command, rest))
        }
    }

    /// The reply line for one request.
    mutating func handle(_ command: String, _ rest: String) -> String {
        switch command {
        case "LOAD": return load(rest)
        case "QUERY": return query(rest)
        case "RSS":
            guard let peak = ProcessMemory.peakResidentBytes else { return "ERR cannot read VmHWM from /proc/self/status" }
            return "OK " + NumberText.fixed(Double(peak) / 1_048_576, digits: 1)
        default: return "ERR unknown command \(command)"
        }
    }

    private mutating func load(_ path: String) -> String {
        runner = nil
        let start = ContinuousClock.now
        var graph = Graph()
        let report: ImportReport
        do {
            report = try graph.importTriples(contentsOfFile: path, format: .tsv)
        } catch {
            return "ERR " + Self.oneLine("\(error)")
        }
        let imported = ContinuousClock.now
        let loaded = WorkloadRunner(graph: graph)
        do {
            _ = try loaded.run(Workload.warmUp)
        } catch {
            return "ERR warm-up query failed: " + Self.oneLine("\(error)")
        }
        let end = ContinuousClock.now
        runner = loaded
        log("LOAD \(path): import \(NumberText.fixed(Timing.seconds(imported - start), digits: 3)) s, "
            + "name tables \(NumberText.fixed(Timing.seconds(end - imported), digits: 3)) s, "
            + "\(report.newTriples) triples, \(report.issueCount) bad lines")
        return "OK \(NumberText.fixed(Timing.seconds(end - start), digits: 6)) \(graph.tripleCount)"
    }

    private func query(_ rest: String) -> String {
        let (id, _) = Self.split(rest)
        guard let text = Workload.queries[id] else { return "SKIP no kg version of \(id)" }
        guard let runner else { return "ERR no graph loaded" }
        do {
            let (count, ms) = try runner.run(text)
            return "OK \(count) \(NumberText.fixed(ms, digits: 3))"
        } catch {
            return "ERR " + Self.oneLine("\(error)")
        }
    }

    private func reply(_ line: String) { Output.line(line) }

    private func log(_ line: String) { Output.error(line) }

    /// The first word of `line` and the rest after one space.
    static func split(_ line: String) -> (String, String) {
        guard let space = line.firstIndex(of: " ") else { return (line, "") }
        return (String(line[..<space]), String(line[line.index(after: space)...]))
    }

    /// `text` with every run of whitespace replaced by one space, at most 200 characters.
    static func oneLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(200))
    }
}
