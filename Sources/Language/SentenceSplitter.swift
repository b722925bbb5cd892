/// Groups tokens into sentences for news text.
///
/// A sentence ends after terminal punctuation (`.` `!` `?` `…`, period runs), together with
/// any closing quotes and brackets that follow it; at every line break (headlines, bylines
/// and list items have no final punctuation); and after `maxTokens` tokens, so that run-ons
/// and punctuation-free input keep parsing linear. The tokenizer keeps an abbreviation's
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
        let bytes = text.utf8
        var start = 0
        var pendingEnd = false
        for j in tokens.indices {
            if j > start {
                let gapHasNewline = bytes.withContiguousStorageIfAvailable { buf in
                    SentenceSplitter.hasNewline(buf, tokens[j - 1].end, tokens[j].start)
                } ?? Array(bytes)[tokens[j - 1].end..<tokens[j].start].contains(0x0A)
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

    static func hasNewline(_ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Bool {
        guard lo < hi, lo >= 0, hi <= buf.count else { return false }
        for i in lo..<hi where buf[i] == 0x0A || buf[i] == 0x0D { return true }
        return false
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
