import GraphStore

/// Writes an ``ExportGraph`` as N-Triples (RDF 1.1) with stable IRIs.
///
/// An entity named `Antony Blinken` becomes `<BASE entity/Antony%20Blinken>` with an
/// `rdfs:label` and an `rdf:type` of `<BASE type/person>`; a predicate `meet` becomes
/// `<BASE predicate/meet>`; literal objects keep their XML Schema datatype or language tag.
public struct NTriplesExporter: Sendable {
    /// The IRI every entity, predicate and type IRI starts with.
    public var base: String

    /// The default base: a documentation domain, stable across runs and machines.
    public static let defaultBase = "https://example.org/kg/"
    static let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    static let rdfsLabel = "<http://www.w3.org/2000/01/rdf-schema#label>"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"

    /// Makes an exporter; `base` should end with `/` or `#`.
    public init(base: String = NTriplesExporter.defaultBase) {
        self.base = base
    }

    /// The graph as N-Triples, one triple a line, and what was written.
    public func render(_ graph: ExportGraph) -> (text: String, report: ExportReport) {
        var out = ""
        for node in graph.nodes {
            guard case .entity(let type) = node.kind else { continue }
            let subject = entityIRI(node.label)
            out += "\(subject) \(Self.rdfType) \(iri("type/" + Self.percentEncoded(type.name))) .\n"
            out += "\(subject) \(Self.rdfsLabel) \(Self.literal(.string(node.label))) .\n"
        }
        for edge in graph.edges {
            out += "\(term(graph.nodes[edge.source])) \(predicateIRI(edge.predicate)) \(term(graph.nodes[edge.target])) .\n"
        }
        return (out, ExportReport(nodes: graph.nodes.count, facts: graph.edges.count))
    }

    /// The IRI of an entity, in angle brackets.
    public func entityIRI(_ name: String) -> String { iri("entity/" + Self.percentEncoded(name)) }

    /// The IRI of a predicate, in angle brackets.
    public func predicateIRI(_ predicate: String) -> String { iri("predicate/" + Self.percentEncoded(predicate)) }

    private func iri(_ path: String) -> String { "<" + Self.iriSafe(base) + path + ">" }

    private func term(_ node: ExportNode) -> String {
        switch node.kind {
        case .entity: entityIRI(node.label)
        case .literal(let value): Self.literal(value)
        }
    }

    /// A literal in N-Triples syntax: escaped lexical form, then a language tag or datatype.
    public static func literal(_ value: Literal) -> String {
        let lexical = "\"" + escaped(value.lexicalForm) + "\""
        if case .string = value {
            if let tag = value.languageTag { return lexical + "@" + tag }
            return lexical
        }
        return lexical + "^^<" + xsd + value.datatypeName + ">"
    }

    /// Text escaped for an N-Triples string: `\\`, `\"`, `\n`, `\r`, `\t`, and `\uXXXX` for
    /// other control characters.
    static func escaped(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: scalar.value < 0x20 || scalar.value == 0x7F ? TextEscaping.unicodeEscape(scalar) : nil
            }
        }
    }

    /// The name percent-encoded as UTF-8, keeping only RFC 3986 unreserved characters.
    public static func percentEncoded(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// A user-given base with the characters an IRIREF forbids percent-encoded.
    static func iriSafe(_ base: String) -> String {
        var out = ""
        for scalar in base.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += percentEncoded(String(scalar))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
