import Testing
@testable import Shell

@Suite struct ResultRendererTests {
    let result = ShellResult(columns: ["name", "n"], rows: [[.text("東京"), .integer(12)], [.text("Zoë 👩‍👩‍👧"), .integer(3)]])

    @Test func tableAlignsByDisplayWidth() {
        let text = ResultRenderer(mode: .table).render(result)
        #expect(text == """
        +--------+----+
        | name   | n  |
        +--------+----+
        | 東京   | 12 |
        | Zoë 👩‍👩‍👧 |  3 |
        +--------+----+
        2 rows

        """)
    }

    @Test func boxUsesUnicodeRules() {
        let text = ResultRenderer(mode: .box).render(ShellResult(columns: ["a"], rows: [[.text("x")]]))
        #expect(text == "┌───┐\n│ a │\n├───┤\n│ x │\n└───┘\n1 row\n")
    }

    @Test func longValuesAreCutWithEllipsis() {
        var renderer = ResultRenderer(mode: .table)
        renderer.maxColumnWidth = 6
        let text = renderer.render(ShellResult(columns: ["v"], rows: [[.text("abcdefghij")], [.text("日本語テキスト")]]))
        #expect(text.contains("| abcde… |"))
        #expect(text.contains("| 日本…  |"))
    }

    @Test func tablesFitTheTerminal() {
        var renderer = ResultRenderer(mode: .box)
        renderer.maxTableWidth = 30
        let text = renderer.render(ShellResult(columns: ["subject", "sentence"], rows: [
            [.text("Antony Blinken"), .text("Blinken met Lavrov in Geneva on Friday.")],
        ]))
        let lines = text.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of(String($0)) == 30 })
        #expect(text.contains("│ Antony Bli… │ Blinken met… │"))
        var widths = [3, 50, 4]
        #expect(!ResultRenderer.fit(&widths, into: 10))
        #expect(widths == [3, 6, 4])
        renderer.maxTableWidth = 12
        #expect(renderer.render(ShellResult(columns: ["a", "b", "c"], rows: [[.text("x"), .text("y"), .text("z")]]))
            == "a = x\nb = y\nc = z\n\n1 row\n")
    }

    @Test func maxRowsCapsAndFooterSays() {
        let rows = (0..<5).map { [ShellValue.integer(Int64($0))] }
        let text = ResultRenderer(mode: .table, maxRows: 2).render(ShellResult(columns: ["n"], rows: rows))
        #expect(text.hasSuffix("5 rows (2 shown)\n"))
        #expect(!text.contains("| 2 |"))
    }

    @Test func controlCharactersAreShownEscaped() {
        let text = ResultRenderer(mode: .table).render(ShellResult(columns: ["v"], rows: [[.text("a\nb\u{0}")]]))
        #expect(text.contains("| a\\nb\\x00 |"))
    }

    @Test func csvQuotesAndNeutralisesFormulas() {
        let value = ShellResult(columns: ["v", "n"], rows: [
            [.text("=cmd|' /C calc'!A0"), .integer(-3)], [.text("say \"hi\", ok"), .decimal("1.5")], [.text("-x"), .null],
        ])
        #expect(ResultRenderer(mode: .csv).render(value)
            == "v,n\r\n'=cmd|' /C calc'!A0,-3\r\n\"say \"\"hi\"\", ok\",1.5\r\n'-x,\r\n")
    }

    @Test func tsvEscapesTabsAndNewlines() {
        let value = ShellResult(columns: ["a", "b"], rows: [[.text("x\ty"), .text("1\n2\\")]])
        #expect(ResultRenderer(mode: .tsv).render(value) == "a\tb\nx\\ty\t1\\n2\\\\\n")
    }

    @Test func jsonWritesTypedValues() {
        let value = ShellResult(columns: ["name", "n", "none"], rows: [[.text("a\"b"), .integer(2), .null]])
        #expect(ResultRenderer(mode: .json).render(value) == "[{\"name\":\"a\\\"b\",\"n\":2,\"none\":null}]\n")
        #expect(ResultRenderer(mode: .jsonl).render(value) == "{\"name\":\"a\\\"b\",\"n\":2,\"none\":null}\n")
        #expect(ResultRenderer(mode: .json).render(ShellResult(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test(arguments: [("3.50", true), ("-0.5", true), ("1e-3", true), ("0", true), (".5", false), ("3.", false),
                      ("01", false), ("-", false), ("NaN", false), ("1.5x", false)])
    func jsonNumbers(text: String, valid: Bool) {
        #expect(ResultRenderer.isJSONNumber(text) == valid)
        #expect(ResultRenderer.jsonValue(.decimal(text)) == (valid ? text : "\"\(text)\""))
    }

    @Test func lineModeListsColumnsPerRecord() {
        let text = ResultRenderer(mode: .line).render(result)
        #expect(text == "name = 東京\n   n = 12\n\nname = Zoë 👩‍👩‍👧\n   n = 3\n\n2 rows\n")
    }

    @Test func programModesIgnoreMaxRows() {
        let rows = (0..<5).map { [ShellValue.integer(Int64($0))] }
        let text = ResultRenderer(mode: .csv, maxRows: 2).render(ShellResult(columns: ["n"], rows: rows))
        #expect(text.split(separator: "\r\n").count == 6)
    }
}

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("東京", 4), ("e\u{301}", 1), ("👍", 2), ("👩‍👩‍👧", 2), ("🇺🇦", 2), ("한국어", 6),
        ("ｆｕｌｌ", 8), ("\u{200B}", 0), ("☺\u{FE0F}", 2), ("", 0),
    ])
    func widths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func truncationKeepsWholeWideCharacters() {
        #expect(DisplayWidth.truncated("東京都庁", to: 4) == "東…")
        #expect(DisplayWidth.truncated("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncated("abcd", to: 3) == "ab…")
    }
}
