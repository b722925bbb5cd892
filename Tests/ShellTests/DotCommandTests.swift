import Foundation
import Testing
@testable import Shell

@Suite struct DotCommandTests {
    @Test func parseSplitsQuotedArguments() throws {
        let (name, invocation) = try DotCommand.parse(#"  .dot "out file.svg" 'Antony Blinken' 2"#)
        #expect(name == "dot")
        #expect(invocation.arguments == ["out file.svg", "Antony Blinken", "2"])
        #expect(invocation.rest == #""out file.svg" 'Antony Blinken' 2"#)
        #expect(invocation.restColumn == 8)
        #expect(try DotCommand.parse(#".read "a\"b""#).invocation.arguments == [#"a"b"#])
        #expect(throws: StatementError.self) { try DotCommand.parse(#".read "open"#) }
    }

    @Test func everyCommandHasHelpAndUniqueNames() {
        let names = DotCommand.all.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
        for command in DotCommand.all {
            #expect(!command.summary.isEmpty)
            #expect(!command.examples.isEmpty, "\(command.name) needs an example")
        }
    }

    @Test func helpListsEveryCommandFromTheTable() {
        let harness = ShellHarness()
        #expect(harness.script([".help"]) == 0)
        for command in DotCommand.all { #expect(harness.screen.text.contains(command.synopsis)) }
    }

    @Test func helpTopicShowsExamples() {
        let harness = ShellHarness()
        #expect(harness.script([".help .mode"]) == 0)
        #expect(harness.screen.text.contains(".mode table|box|csv|tsv|json|jsonl|line"))
        #expect(harness.screen.text.contains("Examples:\n  .mode box"))
        #expect(harness.screen.text.split(separator: "\n").allSatisfy { $0.count <= 78 })
    }

    @Test(arguments: [("quiet", "quit"), ("mdoe", "mode"), ("entites", "entities"), ("hlep", "help")])
    func unknownCommandSuggests(typed: String, meant: String) {
        let harness = ShellHarness()
        #expect(harness.script(["." + typed]) == 1)
        #expect(harness.errors.text == "error: unknown command \".\(typed)\"; did you mean \".\(meant)\"?\n")
    }

    @Test func unrelatedCommandPointsToHelp() {
        let harness = ShellHarness()
        _ = harness.script([".zzzzzzzz"])
        #expect(harness.errors.text.contains(".help lists the commands"))
    }

    @Test func wrongArgumentCountShowsUsage() {
        let harness = ShellHarness()
        #expect(harness.script([".timer"]) == 1)
        #expect(harness.errors.text == "error: usage: .timer on|off\n")
    }

    @Test func modeChangesRendering() {
        let harness = ShellHarness()
        #expect(harness.script([".mode csv", "rows 2", ".mode jsonl", "rows 1", ".mode"]) == 0)
        #expect(harness.screen.text == "n\r\n0\r\n1\r\n{\"n\":0}\n" + "current mode: jsonl\n")
    }

    @Test func badModeSuggests() {
        let harness = ShellHarness()
        _ = harness.script([".mode jsn"])
        #expect(harness.errors.text.contains("did you mean \"json\"?"))
    }

    @Test func maxRowsAndTimer() {
        let harness = ShellHarness()
        #expect(harness.script([".maxrows 1", ".timer on", "rows 3"]) == 0)
        #expect(harness.screen.text.contains("3 rows (1 shown)\nRun Time: "))
        #expect(harness.script([".maxrows -1"]) == 1)
    }

    @Test func whyNeedsAResultThenShowsSources() {
        let harness = ShellHarness()
        #expect(harness.script([".why"]) == 1)
        #expect(harness.errors.text.contains("run a query"))
        let second = ShellHarness()
        #expect(second.script(["facts", ".why"]) == 0)
        #expect(second.screen.text.contains("A sentence."))
    }

    @Test func statsEntitiesPredicatesExplain() {
        let harness = ShellHarness()
        #expect(harness.script([".stats", ".entities Rus", ".predicates", ".explain facts about x"]) == 0)
        #expect(harness.screen.text.contains("| facts |     3 |"))
        #expect(harness.screen.text.contains("| Russia |"))
        #expect(harness.screen.text.contains("| annex     |"))
        #expect(harness.screen.text.contains("| plan for facts about x |"))
    }

    @Test func ingestSaveOpenGoToTheEngine() {
        let harness = ShellHarness()
        #expect(harness.script([".ingest a.txt b/", ".save", ".save other.kg", ".open news.kg", ".open nope"]) == 1)
        #expect(harness.engine.ingested == [["a.txt", "b/"]])
        #expect(harness.engine.saved == [nil, "other.kg"])
        #expect(harness.engine.graphName == "news")
        #expect(harness.errors.text == "error: nope is not a graph file\n")
    }

    @Test func pathsExpandTheHomeDirectory() {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        #expect(ShellSession.expandingTilde("~/q.kgq") == home + "/q.kgq")
        #expect(ShellSession.expandingTilde("a/~/b") == "a/~/b")
        let harness = ShellHarness()
        #expect(harness.script([".read ~/no-such-file.kgq"]) == 1)
        #expect(harness.errors.text == "error: cannot read \(home)/no-such-file.kgq: no such file\n")
    }

    @Test func quitAndExitStopReading() {
        let harness = ShellHarness()
        #expect(harness.script(["rows 1", ".exit", "rows 2"]) == 0)
        #expect(harness.engine.executed.count == 1)
        #expect(ShellHarness().script([".quit"]) == 0)
    }
}

@Suite struct TypoDistanceTests {
    @Test(arguments: [("", "abc", 3), ("kitten", "sitting", 3), ("quit", "quti", 1), ("mode", "mode", 0)])
    func distances(a: String, b: String, distance: Int) {
        #expect(TypoDistance.between(a, b) == distance)
    }

    @Test func suggestionNeedsToBeClose() {
        #expect(TypoDistance.suggestion(for: "predicate", among: ["predicates", "entities"]) == "predicates")
        #expect(TypoDistance.suggestion(for: "xyz", among: ["predicates", "entities"]) == nil)
    }
}
