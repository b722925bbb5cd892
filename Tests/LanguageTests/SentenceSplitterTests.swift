import Testing
@testable import Language

@Suite struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        var tokens = Tokenizer().tokenize(text)
        let ranges = SentenceSplitter().split(text, tokens: &tokens)
        let doc = Document(text: text, tokens: tokens, sentences: ranges)
        return ranges.indices.map { String(doc.sentenceText($0)) }
    }

    static let table: [(String, [String])] = [
        ("Mr. Smith went to Washington D.C. on Monday. He met Dr. Jones.",
         ["Mr. Smith went to Washington D.C. on Monday.", "He met Dr. Jones."]),
        ("\"We will win,\" he said. \"They won't.\" Then he left!",
         ["\"We will win,\" he said.", "\"They won't.\"", "Then he left!"]),
        ("Blinken says U.S. will stand with Ukraine\n\nBy Jane Doe\n\nWASHINGTON (AP) — Talks resume.",
         ["Blinken says U.S. will stand with Ukraine", "By Jane Doe", "WASHINGTON (AP) — Talks resume."]),
        ("Really?! Yes... (It works.) Next.", ["Really?!", "Yes...", "(It works.)", "Next."]),
        ("He moved to the U.S. The move was quick. Apple Inc. said so at 9 a.m. on Monday.",
         ["He moved to the U.S.", "The move was quick.", "Apple Inc. said so at 9 a.m. on Monday."]),
        ("", []),
        ("Talks went on late into the night, the minister said, with\nofficials from both sides. Then they left.",
         ["Talks went on late into the night, the minister said, with\nofficials from both sides.", "Then they left."]),
        ("Agenda:\nbudget talks", ["Agenda:", "budget talks"]),
        ("The talks covered\na) troops on the border\nb) gas supplies",
         ["The talks covered", "a) troops on the border", "b) gas supplies"]),
        ("Blinken says U.S. will stand with Ukraine\nBy Jane Doe\nWASHINGTON (AP) — Talks resume.",
         ["Blinken says U.S. will stand with Ukraine", "By Jane Doe", "WASHINGTON (AP) — Talks resume."]),
        (SentenceSplitterTests.wrapped, [
            "The Secretary of State met the Foreign Minister of Russia in Geneva on\nTuesday, after weeks in which Washington and Moscow had traded\nWarnings over the troops massed on the border.",
            "Both sides called the\nmeeting useful.",
        ]),
        ("- Troops massed on the border near the town of Kharkiv\n- Warnings traded by Washington and Moscow on\n- Talks in Geneva with no agreement reached at all",
         ["- Troops massed on the border near the town of Kharkiv", "- Warnings traded by Washington and Moscow on",
          "- Talks in Geneva with no agreement reached at all"]),
    ]

    /// A paragraph hard-wrapped at about 70 columns, whose third line starts with a capital.
    static let wrapped = """
        The Secretary of State met the Foreign Minister of Russia in Geneva on
        Tuesday, after weeks in which Washington and Moscow had traded
        Warnings over the troops massed on the border. Both sides called the
        meeting useful.
        """

    @Test(arguments: table) func splits(_ text: String, _ expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test func capsOverlongSentences() {
        let text = String(repeating: "word ", count: 200_000)
        var tokens = Tokenizer().tokenize(text)
        let ranges = SentenceSplitter().split(text, tokens: &tokens)
        #expect(ranges.count == 800)
        #expect(ranges.allSatisfy { $0.count <= 250 })
        #expect(tokens.last?.sentence == 799)
    }
}
