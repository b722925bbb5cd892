#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parser of N-Triples lines (W3C RDF 1.1 N-Triples), decoding escapes.
///
/// One parser reads every line of an import: terms come back as ``Text``, a range of the line
/// when they hold no escape (no copy) or of the parser's ``decoded`` bytes when they do, so a
/// parsed line is plain values with nothing to retain or release.
struct NTriplesParser {
    /// Where the bytes of a parsed term are. Offsets are 32-bit (lines are shorter than 4 GiB),
    /// so that a parsed line is small enough to pass around in registers.
    struct Text: Equatable {
        private let start: UInt32
        private let end: UInt32
        /// Whether the term held escapes, so its decoded bytes are in ``NTriplesParser/decoded``.
        let isDecoded: Bool

        /// The bytes at `range`, of the line or, when `isDecoded`, of ``NTriplesParser/decoded``.
        init(range: Range<Int>, isDecoded: Bool) {
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            end = UInt32(truncatingIfNeeded: range.upperBound)
            self.isDecoded = isDecoded
        }

        /// The byte range, in the line or, when `isDecoded`, in ``NTriplesParser/decoded``.
        var range: Range<Int> { Int(start) ..< Int(end) }

        /// Bytes `range` of the line, which hold no escape.
        static func span(_ range: Range<Int>) -> Text { Text(range: range, isDecoded: false) }
    }

    /// A parsed RDF term.
    enum Node: Equatable {
        /// An IRI, escapes decoded, and the offset in it where its local part starts: just after
        /// its last `/` or `#` (0 when it has none).
        case iri(Text, localOffset: UInt32)
        /// A blank node label (without `_:`).
        case blank(Text)
        /// A literal with its lexical form and either a language tag or a datatype IRI.
        case literal(lexical: Text, language: Text?, datatype: Text?)
    }

    /// A parsed line: its three terms and the byte offset where its object starts.
    struct Statement: Equatable {
        /// The subject: an IRI or a blank node.
        var subject: Node
        /// The predicate's IRI.
        var predicate: Text
        /// The offset in the predicate IRI where its local part starts (see ``Node/iri(_:localOffset:)``).
        var predicateLocalOffset: UInt32
        /// The object: an IRI, a blank node or a literal.
        var object: Node
        /// The byte offset in the line where the object starts.
        var objectOffset: Int
    }

    /// The decoded bytes of the current line's terms that held escapes.
    private(set) var decoded: [UInt8] = []
    private var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var i = 0

    /// A parser, ready for its first line.
    init() {}

    /// Parses `line`: its statement, or `nil` for a blank or comment-only line. The statement's
    /// decoded texts stay readable (``withBytes(_:in:_:)``) until the next call.
    mutating func parse(_ line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> Statement? {
        guard line.count < Int(UInt32.max) else { throw LineFailure(offset: 0, message: "line longer than 4 GiB") }
        self.line = line
        i = 0
        if !decoded.isEmpty { decoded.removeAll(keepingCapacity: true) }
        skipSpace()
        if atEndOrComment { return nil }
        let subject = try node(allowLiteral: false, what: "subject")
        skipSpace()
        guard peek == UInt8(ascii: "<") else {
            throw fail(peek == nil ? "expected the predicate, found end of line" : "expected an IRI as the predicate")
        }
        let (predicate, predicateLocal) = try iri()
        skipSpace()
        let objectOffset = i
        let object = try node(allowLiteral: true, what: "object")
        skipSpace()
        guard peek == UInt8(ascii: ".") else { throw fail("expected '.' after the object") }
        i += 1
        skipSpace()
        guard atEndOrComment else { throw fail("unexpected text after '.'") }
        return Statement(subject: subject, predicate: predicate, predicateLocalOffset: predicateLocal,
                         object: object, objectOffset: objectOffset)
    }

    /// Calls `body` with the bytes of `text`, parsed from `line` by the last ``parse(_:)``.
    func withBytes<R, E: Error>(_ text: Text, in line: UnsafeBufferPointer<UInt8>,
                                _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        guard text.isDecoded else { return try body(UnsafeBufferPointer(rebasing: line[text.range])) }
        return try decoded.withUnsafeBufferPointer { buffer throws(E) in
            try body(UnsafeBufferPointer(rebasing: buffer[text.range]))
        }
    }

    /// A copy of the bytes of `text`, parsed from `line` by the last ``parse(_:)``.
    func bytes(_ text: Text, in line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        text.isDecoded ? Array(decoded[text.range]) : Array(line[text.range])
    }

    private var peek: UInt8? { i < line.count ? line[i] : nil }
    private var atEndOrComment: Bool { i >= line.count || line[i] == UInt8(ascii: "#") }

    private func fail(_ message: String, at offset: Int? = nil) -> LineFailure {
        LineFailure(offset: offset ?? i, message: message)
    }

    private mutating func skipSpace() {
        while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    }

    private mutating func node(allowLiteral: Bool, what: StaticString) throws(LineFailure) -> Node {
        switch peek {
        case UInt8(ascii: "<"):
            let (text, local) = try iri()
            return .iri(text, localOffset: local)
        case UInt8(ascii: "_"): return .blank(try blank())
        case UInt8(ascii: "\"") where allowLiteral: return try literal()
        case nil: throw fail("expected the \(what), found end of line")
        default:
            throw fail("expected \(allowLiteral ? "an IRI, blank node or literal" : "an IRI or blank node") as the \(what)")
        }
    }

    /// Reads an IRI at `i` (its `<`): its text and the offset in it where its local part starts.
    private mutating func iri() throws(LineFailure) -> (Text, UInt32) {
        let start = i
        i += 1
        // The common case: the plain run ends at the closing `>`; then the IRI is a span of the line.
        let (end, local) = plainIRIRun(from: i)
        if end < line.count, line[end] == UInt8(ascii: ">") {
            i = end + 1
            return (.span((start + 1) ..< end), UInt32(truncatingIfNeeded: local &- (start + 1)))
        }
        let first = decoded.count
        decoded.append(contentsOf: line[i ..< end])
        i = end
        while true {
            guard let c = peek else { throw fail("unterminated IRI", at: start) }
            switch c {
            case UInt8(ascii: ">"):
                i += 1
                var cut = decoded.count
                while cut > first, decoded[cut - 1] != UInt8(ascii: "/"), decoded[cut - 1] != UInt8(ascii: "#") { cut -= 1 }
                return (Text(range: first ..< decoded.count, isDecoded: true), UInt32(truncatingIfNeeded: cut &- first))
            case UInt8(ascii: "\\"):
                guard let next = i + 1 < line.count ? line[i + 1] : nil,
                      next == UInt8(ascii: "u") || next == UInt8(ascii: "U")
                else { throw fail("only \\u and \\U escapes are allowed in an IRI") }
                try unicodeEscape()
            default:
                // Past `>` and `\`, a stop is a character IRIs forbid.
                guard !Self.isIRIStop(c) else { throw fail("character not allowed in an IRI") }
                decoded.append(c)
                i += 1
            }
        }
    }

    /// The plain run of an IRI's text from `start`: the index of its first byte that is `>`, an
    /// escape (`\`) or a character IRIs forbid (controls and space, `<"{}|^`` ` ``), or the
    /// line's end; and the index just after the run's last `/` or `#` (`start` when it has none).
    ///
    /// Reads 16 bytes at a time; the last block of the line overlaps bytes already read, so no
    /// read goes past the line.
    private func plainIRIRun(from start: Int) -> (end: Int, local: Int) {
        let n = line.count
        var local = start
        var k = start
        guard n >= 16, let base = line.baseAddress else {
            while k < n, !Self.isIRIStop(line[k]) {
                if line[k] == UInt8(ascii: "/") || line[k] == UInt8(ascii: "#") { local = k + 1 }
                k += 1
            }
            return (k, local)
        }
        // Each comparison is of two vectors, in its own statement: that is what compiles to
        // single vector instructions (a vector against a scalar, or a long chained expression,
        // was compiled lane by lane).
        let space = SIMD16<UInt8>(repeating: 0x20), quote = SIMD16<UInt8>(repeating: 0x22)
        let two = SIMD16<UInt8>(repeating: 2), greater = SIMD16<UInt8>(repeating: 0x3E)
        let caret = SIMD16<UInt8>(repeating: 0x5E), grave = SIMD16<UInt8>(repeating: 0x60)
        let brace = SIMD16<UInt8>(repeating: 0x7B), three = SIMD16<UInt8>(repeating: 3)
        let slash = SIMD16<UInt8>(repeating: 0x2F), hash = SIMD16<UInt8>(repeating: 0x23)
        // Reads the 16 bytes at `block`, from byte `k` on: at a stop, the run's end; `local`
        // follows the cuts.
        func scan(_ block: Int) -> Int? {
            let v = UnsafeRawPointer(base + block).loadUnaligned(as: SIMD16<UInt8>.self)
            var stopMask = v .<= space
            stopMask .|= v .== quote
            stopMask .|= (v | two) .== greater  // `<` or `>`
            stopMask .|= (v | two) .== caret  // `\` or `^`
            stopMask .|= v .== grave
            stopMask .|= v &- brace .< three  // `{`, `|` or `}`
            var cutMask = v .== slash
            cutMask .|= v .== hash
            let stops = Self.words(stopMask, from: k &- block)
            var cuts = Self.words(cutMask, from: k &- block)
            guard stops.0 | stops.1 != 0 else {
                if let cut = Self.lastLane(cuts) { local = block &+ cut &+ 1 }
                return nil
            }
            let first = stops.0 != 0 ? stops.0.trailingZeroBitCount &>> 3 : 8 &+ stops.1.trailingZeroBitCount &>> 3
            if first < 8 {
                cuts = (cuts.0 & ((1 &<< UInt64(first &* 8)) &- 1), 0)
            } else {
                cuts.1 &= (1 &<< UInt64((first &- 8) &* 8)) &- 1
            }
            if let cut = Self.lastLane(cuts) { local = block &+ cut &+ 1 }
            return block &+ first
        }
        while k &+ 16 <= n {
            if let end = scan(k) { return (end, local) }
            k &+= 16
        }
        // The last bytes: the line's last 16, of which those before `k` were read already.
        if k < n, let end = scan(n &- 16) { return (end, local) }
        return (n, local)
    }

    /// The lanes of `mask` from lane `first` on, as two words: byte *j* of the first word is
    /// 0xFF when lane *j* is true, byte *j* of the second when lane 8 + *j* is.
    @inline(__always)
    private static func words(_ mask: SIMDMask<SIMD16<Int8>>, from first: Int) -> (UInt64, UInt64) {
        var (low, high) = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        if first == 0 { return (low, high) }
        if first >= 8 {
            low = 0
            high &= ~0 &<< UInt64((first &- 8) &* 8)
        } else {
            low &= ~0 &<< UInt64(first &* 8)
        }
        return (low, high)
    }

    /// The last true lane of a mask given as ``words(_:from:)`` gives it, if any.
    @inline(__always)
    private static func lastLane(_ words: (UInt64, UInt64)) -> Int? {
        if words.1 != 0 { return 15 &- words.1.leadingZeroBitCount &>> 3 }
        if words.0 != 0 { return 7 &- words.0.leadingZeroBitCount &>> 3 }
        return nil
    }

    /// Whether `c` ends the plain run of an IRI (see ``plainIRIRun(from:)``).
    private static func isIRIStop(_ c: UInt8) -> Bool {
        c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E || c == 0x5C || c == 0x5E || c == 0x60 || (c >= 0x7B && c <= 0x7D)
    }

    private mutating func blank() throws(LineFailure) -> Text {
        guard i + 1 < line.count, line[i + 1] == UInt8(ascii: ":") else { throw fail("expected '_:' to start a blank node") }
        i += 2
        let start = i
        while let c = peek, c >= 0x80 || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) {
            i += 1
        }
        while i > start, line[i - 1] == UInt8(ascii: ".") { i -= 1 }
        guard i > start, line[start] != UInt8(ascii: "-") else { throw fail("empty or invalid blank node label", at: start) }
        return .span(start ..< i)
    }

    private mutating func literal() throws(LineFailure) -> Node {
        let start = i
        i += 1
        var end = i
        while end < line.count, line[end] != UInt8(ascii: "\""), line[end] != UInt8(ascii: "\\"),
              line[end] != 0x0A, line[end] != 0x0D { end += 1 }
        let lexical: Text
        if end < line.count, line[end] == UInt8(ascii: "\"") {
            lexical = .span((start + 1) ..< end)
            i = end + 1
        } else {
            lexical = try escapedString(from: start)
        }
        if peek == UInt8(ascii: "@") {
            i += 1
            let tagStart = i
            while let c = peek, c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) {
                i += 1
            }
            guard i > tagStart, (line[tagStart] | 0x20) >= 0x61, (line[tagStart] | 0x20) <= 0x7A,
                  line[i - 1] != UInt8(ascii: "-")
            else { throw fail("invalid language tag", at: tagStart) }
            return .literal(lexical: lexical, language: .span(tagStart ..< i), datatype: nil)
        }
        if peek == UInt8(ascii: "^") {
            guard i + 1 < line.count, line[i + 1] == UInt8(ascii: "^") else { throw fail("expected '^^' before a datatype") }
            i += 2
            guard peek == UInt8(ascii: "<") else { throw fail("expected a datatype IRI after '^^'") }
            return .literal(lexical: lexical, language: nil, datatype: try iri().0)
        }
        return .literal(lexical: lexical, language: nil, datatype: nil)
    }

    /// Reads a string literal that holds escapes, from its opening quote at `start` to past its
    /// closing quote, decoding it into ``decoded``.
    private mutating func escapedString(from start: Int) throws(LineFailure) -> Text {
        i = start + 1
        let first = decoded.count
        while true {
            guard let c = peek else { throw fail("unterminated string literal", at: start) }
            if c == UInt8(ascii: "\"") {
                i += 1
                break
            }
            if c == UInt8(ascii: "\\") {
                try stringEscape()
            } else if c == 0x0A || c == 0x0D {
                throw fail("raw line break in a string literal")
            } else {
                decoded.append(c)
                i += 1
            }
        }
        return Text(range: first ..< decoded.count, isDecoded: true)
    }

    private mutating func stringEscape() throws(LineFailure) {
        guard i + 1 < line.count else { throw fail("unfinished escape") }
        let code: UInt8
        switch line[i + 1] {
        case UInt8(ascii: "t"): code = 0x09
        case UInt8(ascii: "b"): code = 0x08
        case UInt8(ascii: "n"): code = 0x0A
        case UInt8(ascii: "r"): code = 0x0D
        case UInt8(ascii: "f"): code = 0x0C
        case UInt8(ascii: "\""): code = 0x22
        case UInt8(ascii: "'"): code = 0x27
        case UInt8(ascii: "\\"): code = 0x5C
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            try unicodeEscape()
            return
        default: throw fail("unknown escape '\\\(Character(Unicode.Scalar(line[i + 1])))'")
        }
        decoded.append(code)
        i += 2
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` at `i` into ``decoded`` as UTF-8.
    private mutating func unicodeEscape() throws(LineFailure) {
        let start = i
        let digits = line[i + 1] == UInt8(ascii: "u") ? 4 : 8
        guard i + 2 + digits <= line.count else { throw fail("unfinished \\u escape", at: start) }
        var value: UInt32 = 0
        for k in 0 ..< digits {
            let c = line[i + 2 + k]
            let digit: UInt32
            switch c {
            case 0x30 ... 0x39: digit = UInt32(c - 0x30)
            case 0x41 ... 0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61 ... 0x66: digit = UInt32(c - 0x61 + 10)
            default: throw fail("invalid hex digit in a \\u escape", at: i + 2 + k)
            }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else { throw fail("\\u escape is not a Unicode scalar", at: start) }
        decoded.append(contentsOf: String(Character(scalar)).utf8)
        i += 2 + digits
    }
}
