import Testing
@testable import GraphStore

@Suite struct NTriplesParserTests {
    /// A parsed node with its bytes read out of the line.
    enum Resolved: Equatable {
        case iri([UInt8])
        case blank([UInt8])
        case literal(lexical: [UInt8], language: [UInt8]?, datatype: [UInt8]?)

        init(_ node: NTriplesParser.Node, in line: UnsafeBufferPointer<UInt8>) {
            switch node {
            case .iri(let text): self = .iri(text.bytes(in: line))
            case .blank(let text): self = .blank(text.bytes(in: line))
            case .literal(let lexical, let language, let datatype):
                self = .literal(lexical: lexical.bytes(in: line), language: language?.bytes(in: line),
                                datatype: datatype?.bytes(in: line))
            }
        }
    }

    static func parse(_ line: String) -> Result<(Resolved, Resolved, Resolved, objectOffset: Int)?, LineFailure> {
        Array(line.utf8).withUnsafeBufferPointer { buffer in
            Result { () throws(LineFailure) in
                try NTriplesParser.parse(buffer).map { s, p, o, offset in
                    (Resolved(s, in: buffer), Resolved(p, in: buffer), Resolved(o, in: buffer), offset)
                }
            }
        }
    }

    @Test func termsWithoutEscapesAreSpansOfTheLine() throws {
        let line = Array(#"<http://x/s> <http://x/p\u0041> "v"@en ."#.utf8)
        let parsed = try line.withUnsafeBufferPointer { buffer throws(LineFailure) in try NTriplesParser.parse(buffer) }
        let (s, p, o, _) = try #require(parsed)
        #expect(s == .iri(.span(1 ..< 11)))
        #expect(p == .iri(.decoded(Array("http://x/pA".utf8))))
        #expect(o == .literal(lexical: .span(33 ..< 34), language: .span(36 ..< 38), datatype: nil))
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
