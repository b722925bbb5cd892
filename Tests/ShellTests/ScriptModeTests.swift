import Foundation
import Testing
@testable import Shell

@Suite struct ScriptModeTests {
    @Test func allGoodExitsZero() {
        let harness = ShellHarness()
        #expect(harness.script(["rows 1", "", "# a comment", "-- another", "facts"]) == 0)
        #expect(harness.errors.text.isEmpty)
        #expect(harness.engine.executed.map(\.text) == ["rows 1", "facts"])
    }

    @Test func oneFailureExitsOneAndGoesOn() {
        let harness = ShellHarness()
        #expect(harness.script(["bogus", "rows 1"]) == 1)
        #expect(harness.engine.executed.count == 2)
        #expect(harness.errors.text == "<stdin>:1:1: error: unknown query\n  bogus\n  ^\n")
    }

    @Test func bailStopsAtFirstError() {
        var harness = ShellHarness()
        harness.options.bail = true
        #expect(harness.script(["bogus", "rows 1"]) == 1)
        #expect(harness.engine.executed.count == 1)
        let second = ShellHarness()
        #expect(second.script([".bail on", ".nope", "rows 1"]) == 1)
        #expect(second.engine.executed.isEmpty)
    }

    @Test func multiLineStatementsJoin() {
        let harness = ShellHarness()
        #expect(harness.script(["facts {", "  # inside", "}", "rows {", "", "rows 1"]) == 0)
        #expect(harness.engine.executed.map(\.text) == ["facts {\n\n}", "rows {", "rows 1"])
        #expect(harness.engine.executed.map(\.line) == [1, 4, 6])
    }

    @Test func filesLookAheadForContinuingLines() {
        let harness = ShellHarness()
        #expect(harness.script(["rows 1", "  where x", "rows 2", ".mode csv"]) == 0)
        #expect(harness.engine.executed.map(\.text) == ["rows 1\n  where x", "rows 2"])
    }

    @Test func pastedLinesAreTakenOneByOne() {
        let harness = ShellHarness()
        #expect(harness.script(["rows 1\n  where x\n.mode csv\nrows 2", "rows 3"], interactive: true) == 0)
        #expect(harness.engine.executed.map(\.text) == ["rows 1\n  where x", "rows 2", "rows 3"])
        #expect(harness.screen.text.hasSuffix("n\r\n0\r\n1\r\nn\r\n0\r\n1\r\n2\r\n"))
    }

    @Test func semicolonsSplitWithColumns() {
        let harness = ShellHarness()
        #expect(harness.script(["rows 1; bogus ;rows 2"]) == 1)
        #expect(harness.engine.executed.map(\.text) == ["rows 1", "bogus ", "rows 2"])
        #expect(harness.engine.executed.map(\.column) == [1, 9, 16])
    }

    @Test func interactiveBlankLinesContinueAndStatusIsZero() {
        let harness = ShellHarness()
        #expect(harness.script(["facts {", "", "}", "bogus"], interactive: true) == 0)
        #expect(harness.engine.executed.first?.text == "facts {\n\n}")
        #expect(harness.screen.text.hasPrefix("kg shell on seeds."))
    }

    @Test func errorsInRedOnlyWhenAsked() {
        let harness = ShellHarness()
        let shell = harness.shell()
        _ = shell.run(reader: PlainLineReader(lines: [".nope"]), interactive: false)
        #expect(!harness.errors.text.contains("\u{1B}"))
        let session = ShellSession(engine: harness.engine, options: ShellOptions(), screen: harness.screen,
                                   errors: harness.errors, cancellation: .never, resetCancellation: {})
        session.colorErrors = true
        session.report(StatementError("f:1:2: error: bad\nline\n ^"), origin: nil, line: nil)
        #expect(harness.errors.text.hasSuffix("\u{1B}[31mf:1:2: error: bad\u{1B}[0m\nline\n ^\n"))
    }

    @Test func cancelledQueryReportsInterrupted() {
        let harness = ShellHarness()
        let status = harness.shell(cancelAfter: true).run(reader: PlainLineReader(lines: ["spin"]), interactive: false)
        #expect(status == 1)
        #expect(harness.errors.text == "error: interrupted\n")
    }

    @Test func kgqFilesEchoQueriesAndLocateErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kgq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("morning.kgq").path
        try "# who met whom\nrows 1\n\n-- broken one\nbogus\nrows {\n}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let harness = ShellHarness()
        let status = harness.shell().run(files: [file, directory.appendingPathComponent("missing.kgq").path])
        #expect(status == 1)
        #expect(harness.screen.text.hasPrefix("rows 1\n+---+\n| n |\n+---+\n| 0 |\n+---+\n1 row\n\nbogus\n\nrows {\n}\n"))
        #expect(harness.errors.text.hasPrefix("\(file):5:1: error: unknown query\n"))
        #expect(harness.errors.text.contains("error: cannot read \(directory.path)/missing.kgq: no such file"))
    }

    @Test func readRunsAFileAndReportsItsLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString).kgq").path
        try "rows 2\n.mdoe csv\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let harness = ShellHarness()
        #expect(harness.script([".read \(file)", "rows 1"]) == 1)
        #expect(harness.errors.text == "\(file):2: error: unknown command \".mdoe\"; did you mean \".mode\"?\n")
        #expect(harness.engine.executed.count == 2)
    }

    @Test func outputRedirectsResultsToAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let harness = ShellHarness()
        #expect(harness.script([".mode csv", ".output \(file)", "rows 2", ".output", "rows 1"]) == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "n\r\n0\r\n1\r\n")
        #expect(harness.screen.text == "n\r\n0\r\n")
        #expect(harness.script([".output /nonexistent-dir/x.csv"]) == 1)
        #expect(harness.errors.text.contains("cannot write /nonexistent-dir/x.csv"))
    }

    @Test func queryTextFromTheCommandLine() {
        let harness = ShellHarness()
        #expect(harness.shell().run(query: "rows 1; rows 2") == 0)
        #expect(harness.engine.executed.map(\.text) == ["rows 1", "rows 2"])
        #expect(ShellHarness().shell().run(query: "bogus") == 1)
    }

    @Test func promptsNameTheGraph() {
        let harness = ShellHarness()
        let session = ShellSession(engine: harness.engine, options: ShellOptions(), screen: harness.screen,
                                   errors: harness.errors, cancellation: .never, resetCancellation: {})
        #expect(session.prompt == "kg seeds> ")
        #expect(session.continuationPrompt == "     ...> ")
    }
}
