#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Graph {
    /// The XML Schema namespace of the datatypes that map to literal kinds.
    static let xsd = Array("http://www.w3.org/2001/XMLSchema#".utf8)

    /// Imports W3C N-Triples.
    ///
    /// An IRI becomes the entity (or predicate) named by its local part, the text after the last
    /// `/` or `#`, percent-decoded (`https://kg.example/entity/Antony%20Blinken` →
    /// `Antony Blinken`); a blank node `_:b1` becomes the entity `_:b1`. Literals map by datatype:
    /// `xsd:integer` → integer, `xsd:decimal` → decimal, `xsd:date` → date, `xsd:gYear` → year,
    /// `xsd:string`, no datatype or any other datatype → string (a language tag is kept). A bad
    /// line is reported with its line number and column and the rest is imported. `rdf:type`
    /// triples with object `Person`, `Organisation`, `Place` or `Event` also set the entity type.
    /// - Complexity: O(bytes + *m* log *m* + *n*) for *m* triples read into *n*.
    mutating func importNTriples(buffer: UnsafeBufferPointer<UInt8>) -> ImportReport {
        var parser = NTriplesParser()
        return importLines(buffer, bytesPerLine: 120) { graph, line throws(LineFailure) in
            guard let statement = try parser.parse(line) else { return nil }
            do throws(LineFailure) {
                return try graph.addParsed(statement, parser: parser, line: line)
            } catch {
                throw LineFailure(offset: statement.objectOffset, message: error.message)
            }
        }
    }

    private mutating func addParsed(_ statement: NTriplesParser.Statement, parser: NTriplesParser,
                                    line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> Triple {
        let object = try objectTerm(statement.object, parser: parser, line: line)
        let subject = try entityTerm(statement.subject, parser: parser, line: line)
        let (predicate, isType) = parser.withBytes(statement.predicate, in: line) { iri in
            Self.withLocalName(iri, localOffset: Int(statement.predicateLocalOffset)) { name in
                (terms.intern(.predicate, name), Self.isTypePredicate(name))
            }
        }
        if isType, terms.kind(object) == .entity, let type = Self.entityType(className: terms.texts.utf8(Int(object))) {
            terms.refineType(subject, to: type)
        }
        return Triple(TermID(rawValue: subject), TermID(rawValue: predicate), TermID(rawValue: object))
    }

    private mutating func entityTerm(_ node: NTriplesParser.Node, parser: NTriplesParser,
                                     line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> UInt32 {
        switch node {
        case .iri(let iri, let localOffset):
            return parser.withBytes(iri, in: line) { bytes in
                Self.withLocalName(bytes, localOffset: Int(localOffset)) { terms.intern(.entity, $0) }
            }
        case .blank(let label): return terms.intern(.entity, Array("_:".utf8) + parser.bytes(label, in: line))
        case .literal: throw LineFailure(offset: 0, message: "a literal cannot be a subject")
        }
    }

    private mutating func objectTerm(_ node: NTriplesParser.Node, parser: NTriplesParser,
                                     line: UnsafeBufferPointer<UInt8>) throws(LineFailure) -> UInt32 {
        guard case .literal(let lexical, let language, let datatype) = node else {
            return try entityTerm(node, parser: parser, line: line)
        }
        // The common case, an xsd:integer already in canonical form, is interned from the line.
        if language == nil, let datatype, !lexical.isDecoded, parser.withBytes(datatype, in: line, { iri in
            Self.equal(iri, "http://www.w3.org/2001/XMLSchema#integer")
        }) {
            let bytes = UnsafeBufferPointer(rebasing: line[lexical.range])
            if Self.looksInteger(bytes), Self.integerValue(bytes) != nil, Self.isCanonicalInteger(bytes) {
                return terms.intern(.integer, bytes)
            }
        }
        let literal = try Self.literal(lexical: parser.bytes(lexical, in: line), language: language.map { parser.bytes($0, in: line) },
                                       datatype: datatype.map { parser.bytes($0, in: line) })
        let (kind, text) = literal.encoded
        return terms.intern(kind, text.utf8)
    }

    /// The literal an N-Triples lexical form and datatype stand for.
    static func literal(lexical: [UInt8], language: [UInt8]?, datatype: [UInt8]?) throws(LineFailure) -> Literal {
        let text = String(decoding: lexical, as: UTF8.self)
        if let language { return .string(text, language: String(decoding: language, as: UTF8.self)) }
        guard let datatype, datatype.starts(with: xsd) else { return .string(text, language: nil) }
        func invalid(_ type: String) -> LineFailure {
            LineFailure(offset: 0, message: "'\(text)' is not a valid xsd:\(type)")
        }
        switch String(decoding: datatype.dropFirst(xsd.count), as: UTF8.self) {
        case "integer":
            guard let value = Int64(text) else { throw invalid("integer") }
            return .integer(value)
        case "decimal":
            guard isDecimal(lexical) else { throw invalid("decimal") }
            return .decimal(text)
        case "date":
            guard isDate(lexical) else { throw invalid("date") }
            return .date(text)
        case "gYear":
            guard let value = Int32(text) else { throw invalid("gYear") }
            return .year(value)
        default:
            return .string(text, language: nil)
        }
    }

    /// Whether bytes are an `xsd:decimal` lexical form: `[+-]?[0-9]*(.[0-9]*)?` with a digit.
    static func isDecimal(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let parts = rest.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        return parts.contains { !$0.isEmpty } && parts.allSatisfy { $0.allSatisfy(isDigit) }
    }

    /// Whether bytes look like an `xsd:date`: `YYYY-MM-DD`, optionally followed by a time zone.
    static func isDate(_ bytes: [UInt8]) -> Bool {
        let digits = bytes.prefix(10)
        let shape = Array("dddd-dd-dd".utf8)
        guard digits.count == 10 else { return false }
        return zip(digits, shape).allSatisfy { c, s in s == UInt8(ascii: "d") ? (c >= 0x30 && c <= 0x39) : c == s }
    }

    /// Calls `body` with the local name of an IRI: the text from `localOffset` (just after its
    /// last `/` or `#`; the whole IRI when that is empty), percent-decoded (a slice of `iri` when
    /// it holds no `%`).
    static func withLocalName<R>(_ iri: UnsafeBufferPointer<UInt8>, localOffset: Int,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let local = localOffset > 0 && localOffset < iri.count ? UnsafeBufferPointer(rebasing: iri[localOffset...]) : iri
        guard let start = local.baseAddress, memchr(start, Int32(UInt8(ascii: "%")), local.count) != nil
        else { return body(local) }
        var out: [UInt8] = []
        var k = 0
        while k < local.count {
            if local[k] == UInt8(ascii: "%"), k + 2 < local.count,
               let high = hexValue(local[k + 1]), let low = hexValue(local[k + 2]) {
                out.append(high << 4 | low)
                k += 3
            } else {
                out.append(local[k])
                k += 1
            }
        }
        return out.withUnsafeBufferPointer(body)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30 ... 0x39: c - 0x30
        case 0x41 ... 0x46: c - 0x41 + 10
        case 0x61 ... 0x66: c - 0x61 + 10
        default: nil
        }
    }
}
