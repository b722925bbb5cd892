/// Groups tokens into sentences for news text.
///
/// A sentence ends after terminal punctuation (`.` `!` `?` `…`, period runs), together with
/// any closing quotes and brackets that follow it; at a line break (headlines, bylines and
/// list items have no final punctuation), unless the break only wraps a paragraph
/// (`softBreaks(in:)`); and after `maxTokens` tokens, so that run-ons and punctuation-free
/// input keep parsing linear. The tokenizer keeps an abbreviation's
/// period inside its token, so an abbreviation ends a sentence only when it often stands
/// last (`U.S.`, `Inc.`, `a.m.`) and the next word is a typical sentence opener (`The`, `He`).
public struct SentenceSplitter: Sendable {
    /// The longest sentence, in tokens; longer runs are cut.
    public var maxTokens: Int

    /// Makes a splitter that cuts sentences longer than `maxTokens` tokens.
    public init(maxTokens: Int = 250) {
        self.maxTokens = max(1, maxTokens)
    }

    /// Splits `tokens` of `text` into sentences, setting each token's `sentence`.
    /// - Returns: the sentences as ranges of token indices, in order, covering every token.
    /// - Complexity: O(n) in the length of the text.
    public func split(_ text: String, tokens: inout [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let bytes = Array(text.utf8)
        let soft = Self.softBreaks(in: bytes)
        var start = 0
        var pendingEnd = false
        for j in tokens.indices {
            if j > start {
                let gapHasNewline = Self.hasHardBreak(bytes, tokens[j - 1].end, tokens[j].start, soft: soft)
                let form = tokens[j].form
                let closes = SentenceSplitter.closers.contains(form)
                    && !(SentenceSplitter.straightQuotes.contains(form) && tokens[j - 1].spaceAfter)
                let afterAbbreviation = SentenceSplitter.finalAbbreviations.contains(tokens[j - 1].form)
                    && SentenceSplitter.sentenceStarters.contains(form)
                if gapHasNewline || (pendingEnd && !closes && !SentenceSplitter.terminals.contains(form))
                    || afterAbbreviation || j - start >= maxTokens {
                    sentences.append(start..<j)
                    start = j
                    pendingEnd = false
                }
            }
            if SentenceSplitter.isTerminal(tokens[j].form) { pendingEnd = true }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        for (s, range) in sentences.enumerated() {
            for i in range { tokens[i].sentence = s }
        }
        return sentences
    }

    /// Whether the bytes `lo..<hi` of `text` hold a line break that is not in `soft`.
    static func hasHardBreak(_ text: [UInt8], _ lo: Int, _ hi: Int, soft: Set<Int>) -> Bool {
        guard lo < hi, lo >= 0, hi <= text.count else { return false }
        for i in lo..<hi where (text[i] == 0x0A || text[i] == 0x0D) && !soft.contains(i) { return true }
        return false
    }

    /// The line breaks of `text` (byte offsets of their `\n`, and of the `\r` before it) that
    /// only wrap a paragraph, and so do not end a sentence:
    /// - a single break before a line that starts with a lowercase letter and is not a list item
    ///   (`isListItem`), after a line that does not end in `.` `!` `?` `:` (`… talks
    ///   with\nofficials in Kyiv`);
    /// - every single break of a hard-wrapped paragraph: three lines or more, none a list item,
    ///   the lines before the last each of at least 40 characters and differing in length by at
    ///   most 20 (text wrapped at a fixed width; headlines, bylines and lists do not look like
    ///   this).
    /// A blank line always ends a paragraph.
    /// - Complexity: O(n) in the length of the text.
    static func softBreaks(in text: [UInt8]) -> Set<Int> {
        // Lines as byte ranges without their line break.
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (i, b) in text.enumerated() where b == 0x0A {
            lines.append(lineStart..<(i > lineStart && text[i - 1] == 0x0D ? i - 1 : i))
            lineStart = i + 1
        }
        guard !lines.isEmpty else { return [] }
        lines.append(lineStart..<text.count)
        func isBlank(_ r: Range<Int>) -> Bool { text[r].allSatisfy(TokenStream.isASCIISpace) }
        func length(_ r: Range<Int>) -> Int { text[r].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        func breakBytes(after r: Range<Int>) -> [Int] { r.upperBound < text.count && text[r.upperBound] == 0x0D
            ? [r.upperBound, r.upperBound + 1] : [r.upperBound] }
        var soft: Set<Int> = []
        var k = 0
        while k < lines.count {
            if isBlank(lines[k]) { k += 1; continue }
            var end = k
            while end + 1 < lines.count, !isBlank(lines[end + 1]) { end += 1 }
            let paragraph = Array(lines[k...end])
            for n in paragraph.indices.dropLast() {
                let here = paragraph[n], next = paragraph[n + 1]
                let last = text[here].last { !TokenStream.isASCIISpace($0) }
                let first = text[next].first { !TokenStream.isASCIISpace($0) }
                if let first, Tokenizer.isLower(first), !(last.map { ".!?:".utf8.contains($0) } ?? true),
                   !isListItem(text[next]) {
                    soft.formUnion(breakBytes(after: here))
                }
            }
            if isWrapped(paragraph.map { text[$0] }, lengths: paragraph.dropLast().map(length)) {
                for line in paragraph.dropLast() { soft.formUnion(breakBytes(after: line)) }
            }
            k = end + 1
        }
        return soft
    }

    /// Whether a paragraph's `lines` (`lengths`: of all but the last, in characters) look wrapped
    /// at a fixed width (`softBreaks(in:)`).
    static func isWrapped(_ lines: [ArraySlice<UInt8>], lengths: [Int]) -> Bool {
        guard lines.count >= 3, let shortest = lengths.min(), let longest = lengths.max(),
              shortest >= 40, longest - shortest <= 20 else { return false }
        return !lines.contains(where: isListItem)
    }

    /// Whether `line` starts as a list item: `-`, `*` or `•`, a number followed by `.` or `)`
    /// (`2.`, `3)`), or up to three lowercase letters followed by `)` (`b)`, `iv)`).
    static func isListItem(_ line: ArraySlice<UInt8>) -> Bool {
        let body = line.drop(while: TokenStream.isASCIISpace)
        guard let first = body.first else { return false }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || body.starts(with: "•".utf8) { return true }
        let digits = body.prefix(while: Tokenizer.isDigit)
        if !digits.isEmpty {
            let after = body.dropFirst(digits.count).first
            return after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
        }
        let letters = body.prefix(while: Tokenizer.isLower)
        return (1...3).contains(letters.count) && body.dropFirst(letters.count).first == UInt8(ascii: ")")
    }

    static func isTerminal(_ form: String) -> Bool {
        if terminals.contains(form) { return true }
        guard let first = form.utf8.first, first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?") else {
            return false
        }
        return form.utf8.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }
    }

    /// Tokens that end a sentence.
    static let terminals: Set<String> = [".", "!", "?", "…", "...", "?!", "!?"]
    /// Abbreviations that often end a sentence.
    static let finalAbbreviations: Set<String> = [
        "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "etc.",
        "a.m.", "p.m.", "A.M.", "P.M.",
    ]
    /// Words that typically open a sentence (after a sentence-final abbreviation).
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "In", "On", "At", "After", "Before", "When", "While", "If", "There", "His", "Her",
        "Its", "Their", "Our", "My", "Mr.", "Mrs.", "Ms.", "Dr.", "Some", "Many", "Most", "Officials",
    ]
    /// Quotes that close only when attached to the word before them.
    static let straightQuotes: Set<String> = ["\"", "'"]
    /// Tokens that stay with the sentence they close.
    static let closers: Set<String> = ["\"", "'", "”", "’", ")", "]", "}", "''", "»"]
}
