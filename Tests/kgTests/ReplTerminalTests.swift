import Foundation
import Testing

/// The REPL driven in a real terminal (tmux), as a person uses it: a query's table, Tab
/// completion of a name, history recalled with Up across two sessions, Ctrl-C stopping a long
/// query, Ctrl-D leaving with status 0.
@Suite(.serialized) struct ReplTerminalTests {
    /// A folder with a graph of a few named facts plus 3,000 filler facts (so a three-way cross
    /// product runs long enough to interrupt), and a private history file.
    private func fixture() throws -> URL {
        let dir = try KGProcess.temporaryDirectory()
        var tsv = CommandsTests.facts + "\n"
        for i in 0..<3000 { tsv += "Filler\(i)\trelate\tFiller\(i + 1)\n" }
        try tsv.write(to: dir.appendingPathComponent("facts.tsv"), atomically: true, encoding: .utf8)
        let outcome = try KGProcess.run(["ingest", "--triples", "facts.tsv", "-o", "news.kg"], in: dir)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return dir
    }

    private func session(_ dir: URL) throws -> TmuxSession {
        try TmuxSession(command: [KGProcess.binary.path, "repl", "news.kg"], directory: dir,
                        environment: ["KG_HISTORY": dir.appendingPathComponent("history").path, "TERM": "xterm"])
    }

    @Test func queryCompletionHistoryInterruptAndExit() throws {
        guard TmuxSession.isAvailable else {
            print("skipping the terminal test: tmux is not installed")
            return
        }
        let dir = try fixture()
        defer { try? FileManager.default.removeItem(at: dir) }

        let first = try session(dir)
        try first.waitFor("kg news>")
        // Tab completes an entity name, quoted because it has a space.
        try first.type("?who meet \"Sergei L")
        try first.press("Tab")
        try first.waitFor("\"Sergei Lavrov\"")
        try first.press("C-u")
        try first.type("Blinken meet ?who")
        try first.press("Enter")
        let table = try first.waitFor("1 row")
        #expect(table.contains("| who"))
        #expect(table.contains("| Sergei Lavrov |"))
        try first.press("C-d")
        try first.waitFor("EXIT=0")

        let second = try session(dir)
        try second.waitFor("kg news>")
        // Up recalls the query typed in the first session.
        try second.press("Up")
        try second.waitFor("news> Blinken meet ?who")
        try second.press("C-u")
        // Ctrl-C stops a long query and the prompt comes back.
        try second.type("select count(*) as ?n where ?a ?p ?b . ?c ?q ?d . ?e ?r ?f")
        try second.waitFor("?e ?r ?f")
        try second.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try second.press("C-c")
        let cancelled = try second.waitFor(timeout: 10, "interrupted and a new prompt") { screen in
            screen.contains("interrupted") && screen.components(separatedBy: "kg news>").count >= 3
        }
        #expect(!cancelled.contains("EXIT="))
        try second.type(".quit")
        try second.press("Enter")
        try second.waitFor("EXIT=0")
    }
}
