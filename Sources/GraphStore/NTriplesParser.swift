#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parser of one N-Triples line (W3C RDF 1.1 N-Triples), decoding escapes.
///
/// Terms come back as ``Text``: a range of the line when they hold no escape (no copy), decoded
/// bytes when they do.
struct NTriplesParser {
    /// The bytes of a parsed term.
    enum Text: Equatable {
        /// Where the bytes are in the line (written without escapes).
        case span(Range<Int>)
        /// The bytes with their escapes decoded.
        case decoded([UInt8])

        /// Calls `body` with the bytes, reading a span from `line`.
        func withBytes<R>(in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws(LineFailure) -> R)
            throws(LineFailure) -> R {
            switch self {
            case .span(let range): return try body(UnsafeBufferPointer(rebasing: line[range]))
            case .decoded(let bytes):
                return try bytes.withUnsafeBufferPointer { buffer throws(LineFailure) in try body(buffer) }
            }
        }

        /// A copy of the bytes.
        func bytes(in line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            switch self {
            case .span(let range): Array(line[range])
            case .decoded(let bytes): bytes
            }
        }
    }

    /// A parsed RDF term.
    enum Node: Equatable {
        /// An IRI, escapes decoded.
        case iri(Text)
        /// A blank node label (without `_:`).
        case blank(Text)
        /// A literal with its lexical form and either a language tag or a datatype IRI.
        case literal(lexical: Text, language: Text?, datatype: Text?)
    }

    private let line: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ line: UnsafeBufferPointer<UInt8>) { self.line = line }

    /// The triple on `line` and the byte offset where its object starts; `nil` for a blank or
    /// comment-only line.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> (Node, Node, Node, objectOffset: Int)? {
        var parser = NTriplesParser(line)
        parser.skipSpace()
        if parser.atEndOrComment { return nil }
        let subject = try parser.node(allowLiteral: false, what: "subject")
        parser.skipSpace()
        let predicate = try parser.node(allowLiteral: false, allowBlank: false, what: "predicate")
        parser.skipSpace()
        let objectOffset = parser.i
        let object = try parser.node(allowLiteral: true, what: "object")
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: ".") else { throw parser.fail("expected '.' after the object") }
        parser.i += 1
        parser.skipSpace()
        guard parser.atEndOrComment else { throw parser.fail("unexpected text after '.'") }
        return (subject, predicate, object, objectOffset)
    }

    private var peek: UInt8? { i < line.count ? line[i] : nil }
    private var atEndOrComment: Bool { i >= line.count || line[i] == UInt8(ascii: "#") }

    private func fail(_ message: String, at offset: Int? = nil) -> LineFailure {
        LineFailure(offset: offset ?? i, message: message)
    }

    private mutating func skipSpace() {
        while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
    }

    private mutating func node(allowLiteral: Bool, allowBlank: Bool = true, what: String) throws(LineFailure) -> Node {
        switch peek {
        case UInt8(ascii: "<"): return .iri(try iri())
        case UInt8(ascii: "_") where allowBlank: return .blank(try blank())
        case UInt8(ascii: "\"") where allowLiteral: return try literal()
        case nil: throw fail("expected the \(what), found end of line")
        default:
            let expected = allowLiteral ? "an IRI, blank node or literal" : allowBlank ? "an IRI or blank node" : "an IRI"
            throw fail("expected \(expected) as the \(what)")
        }
    }

    private mutating func iri() throws(LineFailure) -> Text {
        let start = i
        i += 1
        // The common case: the first `>` closes the IRI and nothing before it needs a closer
        // look (an escape, or a character IRIs forbid); then the IRI is a span of the line.
        if let base = line.baseAddress, let close = memchr(base + i, Int32(UInt8(ascii: ">")), line.count - i) {
            let end = UnsafeRawPointer(base).distance(to: close)
            if !Self.holdsIRIStop(UnsafeBufferPointer(rebasing: line[i ..< end])) {
                i = end + 1
                return .span((start + 1) ..< end)
            }
        }
        var out: [UInt8] = []
        while true {
            guard let c = peek else { throw fail("unterminated IRI", at: start) }
            switch c {
            case UInt8(ascii: ">"):
                i += 1
                return .decoded(out)
            case UInt8(ascii: "\\"):
                guard let next = i + 1 < line.count ? line[i + 1] : nil,
                      next == UInt8(ascii: "u") || next == UInt8(ascii: "U")
                else { throw fail("only \\u and \\U escapes are allowed in an IRI") }
                try unicodeEscape(into: &out)
            case 0x00 ... 0x20, UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                throw fail("character not allowed in an IRI")
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// Whether `bytes` hold a character that ends the plain run of an IRI: an escape (`\\`) or a
    /// character IRIs forbid (controls and space, `<>"{}|^`` ` ``). Branch-free per byte, so
    /// the compiler can test many bytes at once.
    private static func holdsIRIStop(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: UInt8 = 0
        for c in bytes {
            found |= (c <= 0x20 ? 1 : 0) | (c == 0x22 ? 1 : 0) | (c == 0x3C ? 1 : 0) | (c == 0x3E ? 1 : 0)
                | (c == 0x5C ? 1 : 0) | (c == 0x5E ? 1 : 0) | (c == 0x60 ? 1 : 0) | (c >= 0x7B && c <= 0x7D ? 1 : 0)
        }
        return found != 0
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
            lexical = .decoded(try escapedString(from: start))
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
            return .literal(lexical: lexical, language: nil, datatype: try iri())
        }
        return .literal(lexical: lexical, language: nil, datatype: nil)
    }

    /// Reads a string literal that holds escapes, from its opening quote at `start` to past its
    /// closing quote; returns the decoded bytes.
    private mutating func escapedString(from start: Int) throws(LineFailure) -> [UInt8] {
        i = start + 1
        var out: [UInt8] = []
        while true {
            guard let c = peek else { throw fail("unterminated string literal", at: start) }
            if c == UInt8(ascii: "\"") {
                i += 1
                break
            }
            if c == UInt8(ascii: "\\") {
                try stringEscape(into: &out)
            } else if c == 0x0A || c == 0x0D {
                throw fail("raw line break in a string literal")
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private mutating func stringEscape(into out: inout [UInt8]) throws(LineFailure) {
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
            try unicodeEscape(into: &out)
            return
        default: throw fail("unknown escape '\\\(Character(Unicode.Scalar(line[i + 1])))'")
        }
        out.append(code)
        i += 2
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` at `i` as UTF-8.
    private mutating func unicodeEscape(into out: inout [UInt8]) throws(LineFailure) {
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
        out.append(contentsOf: String(Character(scalar)).utf8)
        i += 2 + digits
    }
}
