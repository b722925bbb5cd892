import Testing
@testable import Language

@Suite struct TokenizerTests {
    static let table: [(String, [String])] = [
        ("Blinken met Lavrov.", ["Blinken", "met", "Lavrov", "."]),
        ("I don't know, he said.", ["I", "do", "n't", "know", ",", "he", "said", "."]),
        ("They're here and we'll go; I'm sure it's fine.",
         ["They", "'re", "here", "and", "we", "'ll", "go", ";", "I", "'m", "sure", "it", "'s", "fine", "."]),
        ("He can’t, won't and cannot.", ["He", "ca", "n’t", ",", "wo", "n't", "and", "can", "not", "."]),
        ("The U.S. and Mr. Smith met on Jan. 5.", ["The", "U.S.", "and", "Mr.", "Smith", "met", "on", "Jan.", "5", "."]),
        ("It fell 76% to $1.13bn (£600m).", ["It", "fell", "76", "%", "to", "$", "1.13bn", "(", "£", "600m", ")", "."]),
        ("a long-term plan and/or 1,000,000 people, 3.5 each",
         ["a", "long", "-", "term", "plan", "and", "/", "or", "1,000,000", "people", ",", "3.5", "each"]),
        ("See https://example.com/a?b=1. Mail me at jo@example.org!",
         ["See", "https://example.com/a?b=1", ".", "Mail", "me", "at", "jo@example.org", "!"]),
        ("“Yes,” she said. \"Never.\"", ["“", "Yes", ",", "”", "she", "said", ".", "\"", "Never", ".", "\""]),
        ("It was big—really big -- on 11/26/2005 at 10:30.",
         ["It", "was", "big", "—", "really", "big", "--", "on", "11/26/2005", "at", "10:30", "."]),
        ("Wait... what?! J. R. R. Tolkien's books.",
         ["Wait", "...", "what", "?!", "J.", "R.", "R.", "Tolkien", "'s", "books", "."]),
        ("The dogs' owners (e.g. Bob) left.", ["The", "dogs", "'", "owners", "(", "e.g.", "Bob", ")", "left", "."]),
        ("*** Note: <<see>> $$$ ---- and ==== end", ["***", "Note", ":", "<<", "see", ">>", "$$$", "----", "and", "====", "end"]),
        ("OBAMA WINS SECOND TERM", ["OBAMA", "WINS", "SECOND", "TERM"]),
        ("I ❤️ 東京 😀!", ["I", "❤️", "東京", "😀", "!"]),
    ]

    @Test(arguments: table) func tokenizes(_ text: String, _ expected: [String]) {
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.form) == expected)
        #expect(Self.rebuild(text, tokens) == text)
    }

    /// The text rebuilt from token offsets and the whitespace between them.
    static func rebuild(_ text: String, _ tokens: [Token]) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var at = 0
        for t in tokens {
            out += bytes[at..<t.start]
            #expect(Array(bytes[t.start..<t.end]) == Array(t.form.utf8))
            #expect(t.spaceAfter == (t.end < bytes.count && TokenStream.whitespaceLength(bytes, t.end, bytes.count) > 0))
            out += bytes[t.start..<t.end]
            at = t.end
        }
        out += bytes[at...]
        #expect(bytes[at...].allSatisfy { TokenStream.isASCIISpace($0) || $0 >= 0x80 })
        return String(decoding: out, as: UTF8.self)
    }

    static let pieces = ["the", "U.S.", "don't", "Mr.", "-", "—", "“", "”", "’s", "(", ")", ".", ",", "!",
                         "$", "5", "3.5%", "http://a.b/c", "x@y.z", "...", "\n", "\n\n", " ", "  ", "\t",
                         "é", "😀", "\u{00A0}", "can't", "A.", "long-term", "and/or", "''", "``", "'"]

    static func randomText(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0..<40, using: &rng) {
            s += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            if Bool.random(using: &rng) { s += " " }
        }
        return s
    }

    @Test func offsetsRoundTripOnRandomText() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let text = Self.randomText(&rng)
            let tokens = Tokenizer().tokenize(text)
            #expect(Self.rebuild(text, tokens) == text)
            #expect(tokens.allSatisfy { $0.start < $0.end })
        }
    }

    @Test func chunkingDoesNotChangeTokens() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let text = Self.randomText(&rng)
            let whole = Tokenizer().tokenize(text)
            let bytes = Array(text.utf8)
            var stream = TokenStream()
            var chunked: [Token] = []
            var at = 0
            while at < bytes.count {
                let n = Int.random(in: 1...8, using: &rng)
                chunked += stream.feed(bytes[at..<min(bytes.count, at + n)])
                at += n
            }
            chunked += stream.finish()
            #expect(chunked == whole)
        }
    }

    @Test func badInputNeverCrashes() {
        let tokenizer = Tokenizer()
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t \u{00A0}").isEmpty)
        var rng = SplitMix64(seed: 1)
        let garbage = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let repaired = String(decoding: garbage, as: UTF8.self)
        #expect(Self.rebuild(repaired, tokenizer.tokenize(repaired)) == repaired)
        let long = String(repeating: "word ", count: 200_000)
        #expect(tokenizer.tokenize(long).count == 200_000)
        let oneWord = String(repeating: "x", count: 1_000_000) + "."
        #expect(tokenizer.tokenize(oneWord).count == 2)
    }
}
