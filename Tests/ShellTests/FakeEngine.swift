import GraphExport
import GraphStore
@testable import Shell

/// A deterministic engine for shell tests.
///
/// Queries: `facts` lists all facts; `rows N` returns N numbered rows; `fail` throws a located
/// query error; `spin` runs until cancelled. A statement is complete when its braces balance.
final class FakeEngine: ShellEngine {
    var graphName = "seeds"
    let keywords = ["DISTINCT", "LIMIT", "ORDER", "SELECT", "WHERE"]
    var executed: [ShellStatement] = []
    var saved: [String?] = []
    var ingested: [[String]] = []
    let facts: [(String, String, String)] = [
        ("Antony Blinken", "meet", "Sergei Lavrov"),
        ("Russia", "annex", "Crimea"),
        ("Antony Blinken", "warn", "Russia"),
    ]
    let entityList = ["Antony Blinken", "Crimea", "Russia", "Sergei Lavrov", "東京", "Say \"hi\""]

    func isComplete(_ text: String) -> Bool {
        text.filter { $0 == "{" }.count == text.filter { $0 == "}" }.count
    }

    func continues(_ text: String, with nextLine: String) -> Bool {
        nextLine.drop { $0 == " " }.hasPrefix("where")
    }

    /// Splits a one-line text at `;`.
    func split(_ statement: ShellStatement) -> [ShellStatement] {
        guard statement.text.contains(";"), !statement.text.contains("\n") else { return [statement] }
        var pieces: [ShellStatement] = []
        var column = statement.column
        for part in statement.text.split(separator: ";", omittingEmptySubsequences: false) {
            let lead = part.prefix { $0 == " " }.count
            if part.contains(where: { $0 != " " }) {
                pieces.append(ShellStatement(text: String(part.dropFirst(lead)), origin: statement.origin,
                                             line: statement.line, column: column + lead))
            }
            column += part.count + 1
        }
        return pieces
    }

    func execute(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult {
        executed.append(statement)
        let words = statement.text.split(whereSeparator: \.isWhitespace)
        switch words.first {
        case "facts":
            return ShellResult(columns: ["subject", "predicate", "object"],
                               rows: facts.map { [.text($0.0), .text($0.1), .text($0.2)] },
                               facts: facts.indices.map(Self.triple))
        case "rows":
            let count = words.count > 1 ? Int(words[1]) ?? 0 : 0
            return ShellResult(columns: ["n"], rows: (0..<count).map { [.integer(Int64($0))] })
        case "spin":
            while !cancellation.isCancelled {}
            throw StatementError("cancelled")
        default:
            let origin = statement.origin ?? "<stdin>"
            throw StatementError("\(origin):\(statement.line):1: error: unknown query\n  \(statement.text)\n  ^")
        }
    }

    func explain(_ statement: ShellStatement, cancellation: Cancellation) throws -> ShellResult {
        ShellResult(columns: ["step"], rows: [[.text("plan for " + statement.text)]])
    }

    func stats() throws -> ShellResult {
        ShellResult(columns: ["what", "count"], rows: [[.text("facts"), .integer(Int64(facts.count))]])
    }

    func entities(matching filter: String?) throws -> ShellResult {
        let names = entityList.filter { filter == nil || $0.contains(filter ?? "") }
        return ShellResult(columns: ["entity"], rows: names.map { [.text($0)] })
    }

    func predicates(matching filter: String?) throws -> ShellResult {
        ShellResult(columns: ["predicate"], rows: [[.text("annex")], [.text("meet")], [.text("warn")]])
    }

    func why(_ facts: [Triple]) throws -> ShellResult {
        ShellResult(columns: ["fact", "sentence"], rows: facts.map { [.text("fact \($0.subject.rawValue)"), .text("A sentence.")] })
    }

    /// Fact number `index` as a triple (the subject id holds the index).
    static func triple(_ index: Int) -> Triple {
        Triple(TermID(rawValue: UInt32(index)), TermID(rawValue: 0), TermID(rawValue: 0))
    }

    func subgraph(_ handles: [Triple]) throws -> ExportGraph {
        var graph = ExportGraph()
        for handle in handles {
            let fact = facts[handle.subject.index]
            graph.addFact(subject: .entity(fact.0, type: .person), predicate: fact.1,
                          object: .entity(fact.2, type: .place), sentence: "\(fact.0) did \(fact.1).")
        }
        return graph
    }

    func neighbourhood(of entity: String, depth: Int) throws -> ExportGraph {
        guard entityList.contains(entity) else { throw StatementError("no entity named \"\(entity)\"") }
        return try subgraph(facts.indices.filter { facts[$0].0 == entity || facts[$0].2 == entity }
            .map(Self.triple))
    }

    func entityNames(prefix: String, limit: Int) -> [String] {
        Array(entityList.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }.prefix(limit))
    }

    func predicateNames(prefix: String, limit: Int) -> [String] {
        ["annex", "meet", "warn"].filter { $0.hasPrefix(prefix.lowercased()) }
    }

    func ingest(paths: [String], cancellation: Cancellation) throws -> String {
        ingested.append(paths)
        return "added \(paths.count) articles"
    }

    func save(to path: String?) throws -> String {
        saved.append(path)
        return "saved"
    }

    func open(path: String) throws -> String {
        guard path.hasSuffix(".kg") else { throw StatementError("\(path) is not a graph file") }
        graphName = String(path.dropLast(3))
        return "opened \(path)"
    }
}

/// A shell over a fake engine with captured output, fed the given lines.
struct ShellHarness {
    let engine = FakeEngine()
    let screen = StringOutput()
    let errors = StringOutput()
    var options = ShellOptions(interactive: false)

    func shell(cancelAfter: Bool = false) -> Shell {
        Shell(engine: engine, options: options, screen: screen, errors: errors,
              cancellation: cancelAfter ? Cancellation { true } : .never, resetCancellation: {})
    }

    /// Runs the lines as a script; returns the exit status.
    func script(_ lines: [String], interactive: Bool = false) -> Int32 {
        shell().run(reader: PlainLineReader(lines: lines), interactive: interactive)
    }
}
