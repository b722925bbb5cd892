import Testing
@testable import Shell

@Suite struct CompleterTests {
    let engine = FakeEngine()
    var completer: Completer {
        var completer = Completer(commands: DotCommand.all, keywords: engine.keywords,
                                  entityNames: { [engine] in engine.entityNames(prefix: $0, limit: 10) },
                                  predicateNames: { [engine] in engine.predicateNames(prefix: $0, limit: 10) })
        completer.listDirectory = { path in path == "." ? ["queries/", "notes.txt", ".hidden"] : path == "queries/" ? ["who.kgq", "what.kgq"] : nil }
        return completer
    }

    @Test func dotCommands() {
        #expect(completer.complete(before: ".e").candidates == [".entities", ".exit", ".explain"])
        #expect(completer.complete(before: ".").candidates.count == DotCommand.all.count + 1)
    }

    @Test func commandArguments() {
        #expect(completer.complete(before: ".mode j").candidates == ["json", "jsonl"])
        #expect(completer.complete(before: ".timer ").candidates == ["off", "on"])
        #expect(completer.complete(before: ".help ma").candidates == ["maxrows"])
        #expect(completer.complete(before: ".stats ").candidates == [])
        #expect(completer.complete(before: ".nosuch x").candidates == [])
        #expect(completer.complete(before: ".dot out.svg Rus").candidates == ["Russia"])
        #expect(completer.complete(before: ".dot \"out file.svg\" \"Sergei").candidates == ["Sergei Lavrov"])
        #expect(completer.complete(before: ".dot out.svg Russia ").candidates == [])
        #expect(completer.complete(before: ".timer on o").candidates == [])
        #expect(completer.complete(before: ".ingest a.txt q").candidates == ["queries/"])
    }

    @Test func filePaths() {
        #expect(completer.complete(before: ".read ").candidates == ["notes.txt", "queries/"])
        #expect(completer.complete(before: ".read queries/w").candidates == ["queries/what.kgq", "queries/who.kgq"])
        #expect(completer.complete(before: ".output .h").candidates == [".hidden"])
        #expect(completer.complete(before: ".dot missing/x").candidates == [])
    }

    @Test func namesAreQuotedWhenTheyHaveSpaces() {
        let completion = completer.complete(before: "?x meet Ant")
        #expect(completion.word == "Ant")
        #expect(completion.candidates == ["\"Antony Blinken\""])
        #expect(completer.complete(before: "Say").candidates == [#""Say \"hi\"""#])
        #expect(completer.complete(before: "?x me").candidates == ["meet"])
        #expect(completer.complete(before: "東").candidates == ["東京"])
    }

    @Test func insideQuotesNamesComeBare() {
        let completion = completer.complete(before: "?x meet \"Antony B")
        #expect(completion == Completer.Completion(word: "Antony B", inQuotes: true, candidates: ["Antony Blinken"]))
        #expect(completer.complete(before: ".entities \"Serg").candidates == ["Sergei Lavrov"])
        #expect(completer.complete(before: ".entities Serg").candidates == ["\"Sergei Lavrov\""])
    }

    @Test func keywordsIgnoreCaseAndVariablesGetNothing() {
        #expect(completer.complete(before: "sel").candidates == ["SELECT"])
        #expect(completer.complete(before: "").candidates == engine.keywords)
        #expect(completer.complete(before: "?wh").candidates == [])
    }

    @Test func wordsBreakLikeReadline() {
        #expect(Completer.currentWord("(?x, Rus") == ("Rus", false))
        #expect(Completer.currentWord("a \"b c\" d") == ("d", false))
        #expect(Completer.currentWord("a \"b c") == ("b c", true))
    }
}
