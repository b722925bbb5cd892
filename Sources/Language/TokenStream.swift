/// An incremental tokenizer: feed UTF-8 bytes in chunks of any size, get the same tokens as
/// tokenizing the whole text at once.
///
/// Tokens never cross ASCII whitespace, so everything up to the last whitespace byte seen is
/// final; the rest waits in a buffer for the next chunk or for `finish()`.
public struct TokenStream: Sendable {
    private var buffer: [UInt8] = []
    /// Absolute byte offset of `buffer[0]` in the stream.
    private var offset = 0
    /// Where to resume looking for whitespace in `buffer`.
    private var scanned = 0

    /// Makes an empty stream.
    public init() {}

    /// Adds bytes; returns the tokens that became final.
    /// - Complexity: amortised O(n) in the bytes fed.
    public mutating func feed<C: Collection>(_ bytes: C) -> [Token] where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        var cut = -1
        var i = buffer.count - 1
        while i >= scanned {
            if TokenStream.isASCIISpace(buffer[i]) { cut = i; break }
            i -= 1
        }
        scanned = buffer.count
        guard cut >= 0 else { return [] }
        let tokens = TokenStream.tokens(in: buffer, upTo: cut, offset: offset, atEnd: false)
        buffer.removeFirst(cut + 1)
        offset += cut + 1
        scanned = buffer.count
        return tokens
    }

    /// Ends the stream; returns the remaining tokens.
    public mutating func finish() -> [Token] {
        let tokens = TokenStream.tokens(in: buffer, upTo: buffer.count, offset: offset, atEnd: true)
        offset += buffer.count
        buffer = []
        scanned = 0
        return tokens
    }

    /// Tokens of `b[0..<end]`; `b[end]` (when not at the end) is whitespace.
    static func tokens(in b: [UInt8], upTo end: Int, offset: Int, atEnd: Bool) -> [Token] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < end {
            let w = whitespaceLength(b, i, end)
            if w > 0 { i += w; continue }
            var j = i
            while j < end, whitespaceLength(b, j, end) == 0 { j += 1 }
            Tokenizer.splitSpan(b, i, j, into: &ranges)
            i = j
        }
        return ranges.map { r in
            let followedBySpace = r.upperBound < end ? whitespaceLength(b, r.upperBound, end) > 0 : !atEnd
            return Token(start: r.lowerBound + offset, end: r.upperBound + offset,
                         form: String(decoding: b[r], as: UTF8.self), spaceAfter: followedBySpace)
        }
    }

    @inline(__always) static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// The byte length of the whitespace character at `i` (0 if none): ASCII spaces, no-break
    /// space, the U+2000 spaces, line/paragraph separators, ideographic space, BOM.
    static func whitespaceLength(_ b: [UInt8], _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if isASCIISpace(c) { return 1 }
        if c < 0xC2 { return 0 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
        guard i + 2 < end else { return 0 }
        let c1 = b[i + 1], c2 = b[i + 2]
        if c == 0xE2, c1 == 0x80, (c2 >= 0x80 && c2 <= 0x8B) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
        if c == 0xE3, c1 == 0x80, c2 == 0x80 { return 3 }
        if c == 0xEF, c1 == 0xBB, c2 == 0xBF { return 3 }
        return 0
    }
}
