/// Writes an ``ExportGraph`` as two CSV files, `nodes.csv` and `edges.csv`, in the shape
/// `neo4j-admin database import` reads (with its typed headers) and Kùzu's `COPY … FROM`
/// reads with `header=true` (columns by position).
///
/// - `nodes.csv`: `id:ID,name,type,:LABEL` — `id` is `n0`, `n1`, …; `:LABEL` is the type
///   capitalised (`Person`, `Organization`, `Place`, `Event`, `Other`, `Literal`).
/// - `edges.csv`: `:START_ID,:END_ID,:TYPE,predicate,sources:int,sentence` — `:TYPE` is the
///   predicate in upper case with `_` for anything not a letter or digit (`PRESIDENT_OF`).
///
/// Fields follow RFC 4180 (CRLF line ends). Values are written exactly, as a database import
/// needs them; for files meant for spreadsheets, `neutralizingFormulas` puts a `'` before text
/// starting with `= + - @`.
public struct CSVExporter: Sendable {
    /// The header of nodes.csv.
    public static let nodesHeader = ["id:ID", "name", "type", ":LABEL"]
    /// The header of edges.csv.
    public static let edgesHeader = [":START_ID", ":END_ID", ":TYPE", "predicate", "sources:int", "sentence"]

    /// Whether text starting with `= + - @` gets a leading `'` (spreadsheet safety).
    public var neutralizingFormulas: Bool

    /// Makes an exporter.
    public init(neutralizingFormulas: Bool = false) {
        self.neutralizingFormulas = neutralizingFormulas
    }

    /// The contents of nodes.csv and edges.csv, and what was written.
    public func render(_ graph: ExportGraph) -> (nodes: String, edges: String, report: ExportReport) {
        var nodes = CSVField.record(Self.nodesHeader)
        for (index, node) in graph.nodes.enumerated() {
            nodes += CSVField.record(["n\(index)", field(node.label), node.typeName,
                                      Self.capitalized(node.typeName)])
        }
        var edges = CSVField.record(Self.edgesHeader)
        for edge in graph.edges {
            edges += CSVField.record(["n\(edge.source)", "n\(edge.target)", Self.relationshipType(edge.predicate),
                                      field(edge.predicate), String(edge.sourceCount), field(edge.sentence ?? "")])
        }
        return (nodes, edges, ExportReport(nodes: graph.nodes.count, facts: graph.edges.count))
    }

    private func field(_ text: String) -> String {
        CSVField.quoted(text, neutralizingFormulas: neutralizingFormulas)
    }

    /// A predicate as a Neo4j relationship type: upper case, `_` for other characters.
    public static func relationshipType(_ predicate: String) -> String {
        let mapped = predicate.uppercased().unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return mapped.isEmpty ? "RELATED" : String(mapped)
    }

    private static func capitalized(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }
}
