/// Writes an ``ExportGraph`` as JSON Lines: one JSON object per fact, one fact a line.
///
/// Keys: `subject`, `subject_type`, `predicate`, `object`, `object_type` (an entity type or
/// `literal`), `datatype` (literals only), `sources`, and `sentence` and `document` when known.
public struct JSONLinesExporter: Sendable {
    /// Makes an exporter.
    public init() {}

    /// The facts as JSON Lines, and what was written.
    public func render(_ graph: ExportGraph) -> (text: String, report: ExportReport) {
        var out = ""
        for edge in graph.edges {
            let subject = graph.nodes[edge.source]
            let object = graph.nodes[edge.target]
            var fields = [
                ("subject", JSONText.quoted(subject.label)),
                ("subject_type", JSONText.quoted(subject.typeName)),
                ("predicate", JSONText.quoted(edge.predicate)),
                ("object", JSONText.quoted(object.label)),
                ("object_type", JSONText.quoted(object.typeName)),
            ]
            if case .literal(let value) = object.kind {
                fields.append(("datatype", JSONText.quoted(value.datatypeName)))
            }
            fields.append(("sources", String(edge.sourceCount)))
            if let sentence = edge.sentence { fields.append(("sentence", JSONText.quoted(sentence))) }
            if let document = edge.document { fields.append(("document", JSONText.quoted(document))) }
            out += "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}\n"
        }
        return (out, ExportReport(nodes: graph.nodes.count, facts: graph.edges.count))
    }
}
