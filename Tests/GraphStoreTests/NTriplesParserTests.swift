import Testing
@testable import GraphStore

@Suite struct NTriplesParserTests {
    /// A parsed node with its bytes read out of the line.
    enum Resolved: Equatable {
        case iri([UInt8])
        case blank([UInt8])
        case literal(lexical: [UInt8], language: [UInt8]?, datatype: [UInt8]?)

        init(_ node: NTriplesParser.Node, parser: NTriplesParser, in line: UnsafeBufferPointer<UInt8>) {
            switch node {
            case .iri(let text, _): self = .iri(parser.bytes(text, in: line))
            case .blank(let text): self = .blank(parser.bytes(text, in: line))
            case .literal(let lexical, let language, let datatype):
                self = .literal(lexical: parser.bytes(lexical, in: line), language: language.map { parser.bytes($0, in: line) },
                                datatype: datatype.map { parser.bytes($0, in: line) })
            }
        }
    }

    static func parse(_ line: String) -> Result<(Resolved, Resolved, Resolved, objectOffset: Int)?, LineFailure> {
        Array(line.utf8).withUnsafeBufferPointer { buffer in
            Result { () throws(LineFailure) in
                var parser = NTriplesParser()
                return try parser.parse(buffer).map { statement in
                    (Resolved(statement.subject, parser: parser, in: buffer), .iri(parser.bytes(statement.predicate, in: buffer)),
                     Resolved(statement.object, parser: parser, in: buffer), statement.objectOffset)
                }
            }
        }
    }

    @Test func termsWithoutEscapesAreSpansOfTheLine() throws {
        let line = Array(#"<http://x/s> <http://x/p\u0041> "v"@en ."#.utf8)
        var parser = NTriplesParser()
        let parsed = try line.withUnsafeBufferPointer { buffer throws(LineFailure) in try parser.parse(buffer) }
        let statement = try #require(parsed)
        #expect(statement.subject == .iri(.span(1 ..< 11), localOffset: 9))
        #expect(statement.predicate.isDecoded && parser.decoded[statement.predicate.range] == Array("http://x/pA".utf8)[...])
        #expect(statement.predicateLocalOffset == 9)
        #expect(statement.object == .literal(lexical: .span(33 ..< 34), language: .span(36 ..< 38), datatype: nil))
    }

    static let literalCases: [(String, String, String?, String?)] = [
        (#""plain""#, "plain", nil, nil),
        (#""tab\there""#, "tab\there", nil, nil),
        (#""line\nbreak""#, "line\nbreak", nil, nil),
        (#""say \"hi\"""#, "say \"hi\"", nil, nil),
        (#""back\\slash""#, "back\\slash", nil, nil),
        (#""\u00e9t\u00E9""#, "été", nil, nil),
        (#""\U0001F600""#, "😀", nil, nil),
        (#""r\rb\bf\f'\'""#, "r\rb\u{8}f\u{c}''", nil, nil),
        (#""bonjour"@fr"#, "bonjour", "fr", nil),
        (#""colour"@en-GB"#, "colour", "en-GB", nil),
        (#""42"^^<http://www.w3.org/2001/XMLSchema#integer>"#, "42", nil, "http://www.w3.org/2001/XMLSchema#integer"),
        (#""raw UTF-8 é""#, "raw UTF-8 é", nil, nil),
    ]

    @Test(arguments: literalCases)
    func literalsDecode(source: String, lexical: String, language: String?, datatype: String?) throws {
        let result = try Self.parse("<http://x/s> <http://x/p> \(source) .").get()
        let (_, _, object, offset) = try #require(result)
        #expect(offset == 26)
        #expect(object == .literal(lexical: Array(lexical.utf8), language: language.map { Array($0.utf8) },
                                   datatype: datatype.map { Array($0.utf8) }))
    }

    /// The bytes a reference reading of an IRI's text gives: `\u` escapes decoded, `nil` when a
    /// character IRIs forbid is there; and the offset of its local part in those bytes.
    static func referenceIRI(_ text: [UInt8]) -> (bytes: [UInt8], local: Int)? {
        var out: [UInt8] = []
        var k = 0
        while k < text.count {
            let c = text[k]
            if c == UInt8(ascii: "\\") {
                guard k + 6 <= text.count, text[k + 1] == UInt8(ascii: "u"),
                      let value = UInt32(String(decoding: text[k + 2 ..< k + 6], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(value) else { return nil }
                out += Array(String(Character(scalar)).utf8)
                k += 6
                continue
            }
            if c <= 0x20 || Array("<>\"{}|^`".utf8).contains(c) { return nil }
            out.append(c)
            k += 1
        }
        let local = (out.lastIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") }).map { $0 + 1 } ?? 0
        return (out, local)
    }

    /// Random IRIs of every length around the 16-byte blocks the scanner reads, at random
    /// places in lines short and long, read as the reference reads them.
    @Test func irisMatchAReferenceReading() throws {
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("abcXYZ019/#%-_.:~".utf8)
        let rare: [[UInt8]] = [Array("\\u0041".utf8), Array("\\u00e9".utf8), [0x20], [UInt8(ascii: "^")], [UInt8(ascii: "{")],
                               [UInt8(ascii: "|")], [UInt8(ascii: "`")], [UInt8(ascii: "\"")], [0xC3, 0xA9]]
        for _ in 0 ..< 3_000 {
            var text: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 40, using: &random) {
                if Int.random(in: 0 ..< 30, using: &random) == 0 {
                    text += rare[Int.random(in: 0 ..< rare.count, using: &random)]
                } else {
                    text.append(alphabet[Int.random(in: 0 ..< alphabet.count, using: &random)])
                }
            }
            let subject = Array(repeating: UInt8(ascii: "s"), count: Int.random(in: 0 ... 20, using: &random))
            let line = Array("<\(String(decoding: subject, as: UTF8.self))> <http://p/".utf8) + text + Array("> _:b .".utf8)
            let objectIRI = Array("<http://x/s> <http://x/p> <".utf8) + text + Array(">.".utf8)
            for candidate in [line, objectIRI] {
                let expected = Self.referenceIRI(candidate == line ? Array("http://p/".utf8) + text : text)
                var parser = NTriplesParser()
                let result = candidate.withUnsafeBufferPointer { buffer in
                    Result { () throws(LineFailure) in
                        try parser.parse(buffer).map { statement -> ([UInt8], Int) in
                            if candidate == line {
                                return (parser.bytes(statement.predicate, in: buffer), Int(statement.predicateLocalOffset))
                            }
                            guard case .iri(let iri, let local) = statement.object else { return ([], -1) }
                            return (parser.bytes(iri, in: buffer), Int(local))
                        }
                    }
                }
                switch (result, expected) {
                case (.success(let parsed?), let expected?):
                    #expect(parsed.0 == expected.bytes && parsed.1 == expected.local,
                            "\(String(decoding: candidate, as: UTF8.self))")
                case (.failure, nil): break
                default: Issue.record("reference and parser disagree on \(String(decoding: candidate, as: UTF8.self))")
                }
            }
        }
    }

    @Test func iriAndBlankNodes() throws {
        let result = try Self.parse("_:b1 <http://x/p\\u0041> <http://x/o> . # comment").get()
        let (s, p, o, _) = try #require(result)
        #expect(s == .blank(Array("b1".utf8)))
        #expect(p == .iri(Array("http://x/pA".utf8)))
        #expect(o == .iri(Array("http://x/o".utf8)))
    }

    @Test(arguments: ["", "   ", "# only a comment", "\t# indented comment"])
    func blankAndCommentLinesAreSkipped(line: String) throws {
        #expect(try Self.parse(line).get() == nil)
    }

    static let badLines: [(String, Int, String)] = [
        ("<http://x/s> <http://x/p> <http://x/o>", 39, "expected '.'"),
        ("<http://x/s> <http://x/p> \"unterminated .", 27, "unterminated string"),
        ("<http://x/s> \"p\" <http://x/o> .", 14, "as the predicate"),
        ("\"s\" <http://x/p> <http://x/o> .", 1, "as the subject"),
        ("<http://x/s> <http://x/p> \"bad \\q escape\" .", 32, "unknown escape"),
        ("<http://x/s> <http://x/p> \"x\\u00G1\" .", 33, "invalid hex"),
        ("<http://x/s> <http://x/p> \"x\"@ .", 31, "language tag"),
        ("<http://x/s> <http://x/p> <http://x/o> . extra", 42, "after '.'"),
        ("<http://x/s> <http://x/p x> <http://x/o> .", 25, "not allowed in an IRI"),
        ("<http://x/s> <http://x/p>", 26, "found end of line"),
        ("_: <http://x/p> <http://x/o> .", 3, "blank node"),
    ]

    @Test(arguments: badLines)
    func badLinesReportWhere(line: String, column: Int, message: String) {
        switch Self.parse(line) {
        case .success: Issue.record("accepted a bad line: \(line)")
        case .failure(let failure):
            #expect(failure.offset + 1 == column, "\(failure.message)")
            #expect(failure.message.contains(message), "\(failure.message)")
        }
    }
}
