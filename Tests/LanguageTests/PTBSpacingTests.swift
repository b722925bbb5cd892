import Testing
@testable import Language

/// Whitespace guessed for pre-tokenised (PTB-style) text.
@Suite struct PTBSpacingTests {
    static func spaced(_ text: String) -> String {
        let forms = text.split(separator: " ").map(String.init)
        let after = PTBSpacing.spaceAfter(forms)
        return zip(forms, after).map { $0 + ($1 ? " " : "") }.joined()
    }

    @Test(arguments: [
        ("stock - index arbitrage", "stock-index arbitrage "),
        ("He said , `` we do n't . ''", "He said, ``we don't.'' "),
        ("a $ 4.25 wage ( 12 % )", "a $4.25 wage (12%) "),
        ("Interstate / Johnson Lane 's staff", "Interstate/Johnson Lane's staff "),
        ("prices -- and yields", "prices -- and yields "),
        ("-LRB- see below -RRB- :", "-LRB-see below-RRB-: "),
    ])
    func detokenises(text: String, expected: String) {
        #expect(Self.spaced(text) == expected)
    }

    @Test func emptyAndSingleTokens() {
        #expect(PTBSpacing.spaceAfter([]).isEmpty)
        #expect(PTBSpacing.spaceAfter(["-"]) == [true])
    }

    @Test func wordsOfPretokenizedTextReadTheGuessedSpacing() {
        let forms = ["stock", "-", "index"]
        var at = 0
        let tokens = forms.map { form in
            defer { at += form.utf8.count + 1 }
            return Token(start: at, end: at + form.utf8.count, form: form, spaceAfter: true)
        }
        let clusters = WordClusters.empty
        #expect(clusters.words(tokens).map(\.spacing) == [3, 3, 3], "every token really is between spaces")
        #expect(clusters.words(tokens, pretokenized: true).map(\.spacing) == [1, 0, 2], "as if written stock-index")
    }
}
