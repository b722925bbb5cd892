/// Splits English text into UD/PTB-style tokens with exact UTF-8 byte offsets.
///
/// Text is first cut at whitespace; each whitespace-free span is then split on its own
/// (openers, closers, clitics, infixes), so the result depends only on the span's bytes and
/// is the same however the text is chunked (see `TokenStream`). The language knowledge is in
/// `TokenizerData`.
public struct Tokenizer: Sendable {
    /// Makes a tokenizer over the built-in English data.
    public init() {}

    /// The tokens of `text`, with `start`, `end`, `form` and `spaceAfter` set.
    /// - Complexity: O(n) in the length of the text.
    public func tokenize(_ text: String) -> [Token] {
        var stream = TokenStream()
        var tokens = stream.feed(text.utf8)
        tokens += stream.finish()
        return tokens
    }

    /// Appends the byte ranges of the tokens of the whitespace-free span `lo..<hi` of `b`.
    static func splitSpan(_ b: [UInt8], _ lo0: Int, _ hi0: Int, into out: inout [Range<Int>]) {
        var lo = lo0, hi = hi0
        var tail: [Range<Int>] = []
        var coreIsWhole = false
        while lo < hi {
            let len = hi - lo
            if len <= 40 {
                let word = String(decoding: b[lo..<hi], as: UTF8.self)
                if TokenizerData.keepWhole.contains(word) || Self.clitics.contains(where: { $0.count == len && Self.matchesSuffix(b, lo, hi, $0, ignoringCase: true) }) {
                    coreIsWhole = true
                    break
                }
                if let parts = TokenizerData.splitWords[word.lowercased()] {
                    var at = lo
                    for p in parts where at + p <= hi {
                        out.append(at..<(at + p))
                        at += p
                    }
                    if at < hi { out.append(at..<hi) }
                    lo = hi
                    break
                }
            }
            if let n = Self.openerBytes.first(where: { Self.matchesPrefix(b, lo, hi, $0) })?.count {
                let run = Self.punctuationRun(b, lo, hi)
                if n == len || run == len { coreIsWhole = true; break }
                if run > 1 {
                    out.append(lo..<(lo + run))
                    lo += run
                    continue
                }
                out.append(lo..<(lo + n))
                lo += n
                continue
            }
            if Self.isURLOrEmail(b, lo, hi) {
                while hi - lo > 1, let n = Self.closerLength(b, lo, hi) {
                    tail.append((hi - n)..<hi)
                    hi -= n
                }
                coreIsWhole = true
                break
            }
            if Self.isTerminal(b[hi - 1]) {
                var k = 0
                while k < len, Self.isTerminal(b[hi - 1 - k]) { k += 1 }
                if k == len { coreIsWhole = true; break }
                if k == 1, b[hi - 1] == UInt8(ascii: "."), Self.isAbbreviation(b, lo, hi) { coreIsWhole = true; break }
                tail.append((hi - k)..<hi)
                hi -= k
                continue
            }
            if var n = Self.closerBytes.first(where: { Self.matchesSuffix(b, lo, hi, $0, ignoringCase: false) })?.count {
                if n == 1 {
                    while n < len, b[hi - 1 - n] == b[hi - 1] { n += 1 }
                }
                if n == len { coreIsWhole = true; break }
                tail.append((hi - n)..<hi)
                hi -= n
                continue
            }
            if let n = Self.clitics.first(where: { $0.count < len && Self.matchesSuffix(b, lo, hi, $0, ignoringCase: true) })?.count,
               Self.hasLetter(b, lo, hi - n) {
                tail.append((hi - n)..<hi)
                hi -= n
                continue
            }
            break
        }
        if lo < hi, !coreIsWhole, punctuationRun(b, lo, hi) == hi - lo { coreIsWhole = true }
        if lo < hi {
            if coreIsWhole { out.append(lo..<hi) } else { splitInfixes(b, lo, hi, into: &out) }
        }
        out.append(contentsOf: tail.reversed())
    }

    /// The length of the run of one repeated ASCII punctuation byte at `lo` (`***`, `--`, `<<`),
    /// 0 when `b[lo]` is a letter, digit or non-ASCII.
    static func punctuationRun(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        let c = b[lo]
        guard c < 0x80, !isLetter(c), !isDigit(c) else { return 0 }
        var n = 1
        while lo + n < hi, b[lo + n] == c { n += 1 }
        return n
    }

    /// Splits `lo..<hi` at dashes, slashes between letters and commas outside numbers.
    static func splitInfixes(_ b: [UInt8], _ lo: Int, _ hi: Int, into out: inout [Range<Int>]) {
        var pieceStart = lo
        var i = lo + 1
        while i < hi - 1 {
            guard let n = Self.infixBytes.first(where: { Self.matchesPrefix(b, i, hi, $0) })?.count,
                  i + n < hi, Self.allowsInfix(b, i, n) else {
                i += 1
                continue
            }
            if pieceStart < i { out.append(pieceStart..<i) }
            out.append(i..<(i + n))
            i += n
            pieceStart = i
        }
        if pieceStart < hi { out.append(pieceStart..<hi) }
    }

    /// Whether the one-byte separator at `i` splits here: `-` not between digits, `/` only
    /// between letters, `,` not between digits. Longer separators always split.
    private static func allowsInfix(_ b: [UInt8], _ i: Int, _ n: Int) -> Bool {
        guard n == 1, i > 0, i + 1 < b.count else { return true }
        let before = b[i - 1], after = b[i + 1]
        switch b[i] {
        case UInt8(ascii: "-"), UInt8(ascii: ","): return !(isDigit(before) && isDigit(after))
        case UInt8(ascii: "/"): return isLetter(before) && isLetter(after)
        default: return true
        }
    }

    /// Whether `lo..<hi` (ending in one period) keeps its period: a listed abbreviation, an
    /// initial (`J.`), or a letter–period run (`U.S.`, `a.m.`, `Ph.D.`).
    static func isAbbreviation(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        let len = hi - lo
        if len == 2 { return isLetter(b[lo]) }
        if len <= 12, TokenizerData.abbreviations.contains(String(decoding: b[lo..<hi], as: UTF8.self).lowercased()) {
            return true
        }
        var periods = 0, run = 0
        for i in lo..<hi {
            if b[i] == UInt8(ascii: ".") {
                if run == 0 || run > 2 { return false }
                periods += 1
                run = 0
            } else if isLetter(b[i]) {
                run += 1
            } else {
                return false
            }
        }
        return periods >= 2
    }

    /// Whether the span is a URL (`http://…`, `www.…`) or an e-mail address (`a@b.c`).
    static func isURLOrEmail(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        if urlPrefixBytes.contains(where: { matchesPrefix(b, lo, hi, $0, ignoringCase: true) }) { return hi - lo > 7 }
        guard let at = b[lo..<hi].firstIndex(of: UInt8(ascii: "@")), at > lo else { return false }
        return b[(at + 1)..<hi].contains(UInt8(ascii: ".")) && isLetter(b[at + 1])
    }

    /// The length of the closing punctuation (or period) that ends `lo..<hi`, if any.
    private static func closerLength(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
        if isTerminal(b[hi - 1]) { return 1 }
        return closerBytes.first(where: { matchesSuffix(b, lo, hi, $0, ignoringCase: false) })?.count
    }

    static func hasLetter(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        b[lo..<hi].contains(where: { isLetter($0) || $0 >= 0x80 })
    }

    @inline(__always) static func isTerminal(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
    }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    static func matchesPrefix(_ b: [UInt8], _ lo: Int, _ hi: Int, _ p: [UInt8], ignoringCase: Bool = false) -> Bool {
        guard hi - lo >= p.count else { return false }
        for k in 0..<p.count {
            let c = ignoringCase ? lower(b[lo + k]) : b[lo + k]
            if c != p[k] { return false }
        }
        return true
    }

    static func matchesSuffix(_ b: [UInt8], _ lo: Int, _ hi: Int, _ p: [UInt8], ignoringCase: Bool) -> Bool {
        guard hi - lo >= p.count else { return false }
        let base = hi - p.count
        for k in 0..<p.count {
            let c = ignoringCase ? lower(b[base + k]) : b[base + k]
            if c != p[k] { return false }
        }
        return true
    }

    static let openerBytes: [[UInt8]] = TokenizerData.openers.map { Array($0.utf8) }
    static let closerBytes: [[UInt8]] = TokenizerData.closers.map { Array($0.utf8) }
    static let infixBytes: [[UInt8]] = TokenizerData.infixes.map { Array($0.utf8) }
    static let urlPrefixBytes: [[UInt8]] = TokenizerData.urlPrefixes.map { Array($0.utf8) }
    /// Clitics with straight and curly apostrophes, lowercase.
    static let clitics: [[UInt8]] = TokenizerData.clitics.flatMap { c in
        [Array(c.utf8), Array(String(c.map { $0 == "'" ? "’" : $0 }).utf8)]
    }
}
