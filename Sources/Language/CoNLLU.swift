/// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
///
/// A file becomes one `Document` whose text is rebuilt from the word forms and `SpaceAfter=No`:
/// sentences are joined by a space, paragraphs (`# newpar`, `# newdoc`) by a blank line, so
/// the text doubles as the raw input for tokenizer and sentence-splitter evaluation.
/// Multiword tokens (`1-2 don't`) contribute their surface form to the text and their words
/// become tokens; empty nodes (`8.1`) are skipped.
public enum CoNLLU {
    private struct Word {
        var form: Substring, lemma: Substring, upos: UPOS, xpos: Substring, head: Int, deprel: Substring
        var spaceAfter: Bool
    }

    private struct Range3 {
        var first: Int, last: Int, form: Substring, spaceAfter: Bool
    }

    /// Reads every sentence of `text` into one document.
    /// - Throws: `CoNLLUError` naming the first malformed line.
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String) throws(CoNLLUError) -> Document {
        var out: [UInt8] = []
        var tokens: [Token] = []
        var sentences: [Range<Int>] = []
        var words: [Word] = []
        var ranges: [Range3] = []
        var newParagraph = false
        var lineNumber = 0
        var sentenceLine = 0

        func flush() throws(CoNLLUError) {
            guard !words.isEmpty else { return }
            if !out.isEmpty { out += newParagraph ? [0x0A, 0x0A] : [0x20] }
            if let last = tokens.indices.last { tokens[last].spaceAfter = true }
            let base = tokens.count
            var i = 0
            while i < words.count {
                if let r = ranges.first(where: { $0.first == i + 1 }), r.last <= words.count, r.last > i {
                    let start = out.count
                    out += Array(r.form.utf8)
                    var at = start
                    let fits = words[i..<r.last].map { $0.form.utf8.count }.reduce(0, +) == r.form.utf8.count
                        && words[i..<r.last].map { String($0.form) }.joined() == String(r.form)
                    for k in i..<r.last {
                        let n = fits ? words[k].form.utf8.count : (k == i ? r.form.utf8.count : 0)
                        tokens.append(token(words[k], at, at + n, base, sentences.count, space: k == r.last - 1 && r.spaceAfter))
                        at += n
                    }
                    if r.spaceAfter { out.append(0x20) }
                    i = r.last
                } else {
                    let start = out.count
                    out += Array(words[i].form.utf8)
                    tokens.append(token(words[i], start, out.count, base, sentences.count, space: words[i].spaceAfter))
                    if words[i].spaceAfter { out.append(0x20) }
                    i += 1
                }
            }
            while out.last == 0x20 { out.removeLast() }
            if let h = words.firstIndex(where: { $0.head > words.count }) {
                throw CoNLLUError(line: sentenceLine + h, reason: "head \(words[h].head) is past the end of the sentence")
            }
            tokens[tokens.count - 1].spaceAfter = false
            sentences.append(base..<tokens.count)
            words = []
            ranges = []
            newParagraph = false
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.isEmpty { try flush(); continue }
            if line.first == "#" {
                if line.hasPrefix("# newpar") || line.hasPrefix("# newdoc") { newParagraph = true }
                continue
            }
            if words.isEmpty && ranges.isEmpty { sentenceLine = lineNumber }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10 else {
                throw CoNLLUError(line: lineNumber, reason: "expected 10 tab-separated columns, found \(cols.count)")
            }
            let id = cols[0]
            let spaceAfter = !cols[9].split(separator: "|").contains("SpaceAfter=No")
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let a = Int(id[..<dash]), let b = Int(id[id.index(after: dash)...]), a <= b else {
                    throw CoNLLUError(line: lineNumber, reason: "bad multiword token range '\(id)'")
                }
                ranges.append(Range3(first: a, last: b, form: cols[1], spaceAfter: spaceAfter))
                continue
            }
            guard let n = Int(id), n == words.count + 1 else {
                throw CoNLLUError(line: lineNumber, reason: "expected word id \(words.count + 1), found '\(id)'")
            }
            guard let upos = UPOS(name: String(cols[3])) ?? (cols[3] == "_" ? UPOS.X : nil) else {
                throw CoNLLUError(line: lineNumber, reason: "unknown UPOS '\(cols[3])'")
            }
            let head = cols[6] == "_" ? 0 : Int(cols[6])
            guard let head, head >= 0 else {
                throw CoNLLUError(line: lineNumber, reason: "bad head '\(cols[6])'")
            }
            words.append(Word(form: cols[1], lemma: cols[2], upos: upos, xpos: cols[4], head: head,
                              deprel: cols[7], spaceAfter: spaceAfter))
        }
        try flush()
        return Document(text: String(decoding: out, as: UTF8.self), tokens: tokens, sentences: sentences)
    }

    private static func token(_ w: Word, _ start: Int, _ end: Int, _ base: Int, _ sentence: Int, space: Bool) -> Token {
        Token(start: start, end: end, form: String(w.form), spaceAfter: space, lemma: String(w.lemma),
              upos: w.upos, xpos: String(w.xpos), head: w.head == 0 ? nil : base + w.head - 1,
              deprel: String(w.deprel), sentence: sentence)
    }

    /// Writes `document` as CoNLL-U: `# sent_id` and `# text` per sentence, one line per token,
    /// heads relative to the sentence, `SpaceAfter=No` where the text has no space.
    /// - Complexity: O(n) in the number of tokens.
    public static func write(_ document: Document) -> String {
        var out = ""
        for (s, range) in document.sentences.enumerated() {
            out += "# sent_id = \(s + 1)\n# text = "
            out += document.sentenceText(s).split(whereSeparator: { $0.isNewline }).joined(separator: " ")
            out += "\n"
            for i in range {
                let t = document.tokens[i]
                let head = t.head.map { $0 - range.lowerBound + 1 } ?? 0
                let cells = [String(i - range.lowerBound + 1), field(t.form), field(t.lemma), t.upos.name, field(t.xpos), "_",
                             String(head), field(t.deprel), "_", t.spaceAfter || i == range.upperBound - 1 ? "_" : "SpaceAfter=No"]
                out += cells.joined(separator: "\t")
                out += "\n"
            }
            out += "\n"
        }
        return out
    }

    /// A column value: `_` when empty, tabs and newlines replaced by spaces.
    private static func field(_ s: String) -> String {
        s.isEmpty ? "_" : String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
