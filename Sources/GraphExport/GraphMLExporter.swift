/// Writes an ``ExportGraph`` as GraphML, as networkx (`read_graphml`) and Gephi read it.
///
/// Node data: `label` (the name, which Gephi shows) and `type`; edge data: `label` and
/// `predicate` (the predicate), `sources` (int) and `sentence`.
public struct GraphMLExporter: Sendable {
    /// Makes an exporter.
    public init() {}

    /// The graph as a GraphML document, and what was written.
    public func render(_ graph: ExportGraph) -> (text: String, report: ExportReport) {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
          <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
          <key id="sources" for="edge" attr.name="sources" attr.type="int"/>
          <key id="sentence" for="edge" attr.name="sentence" attr.type="string"/>
          <graph id="kg" edgedefault="directed">

        """
        for (index, node) in graph.nodes.enumerated() {
            out += "    <node id=\"n\(index)\"><data key=\"label\">\(XMLText.escaped(node.label))</data>"
                + "<data key=\"type\">\(node.typeName)</data></node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            let predicate = XMLText.escaped(edge.predicate)
            out += "    <edge id=\"e\(index)\" source=\"n\(edge.source)\" target=\"n\(edge.target)\">"
                + "<data key=\"elabel\">\(predicate)</data><data key=\"predicate\">\(predicate)</data>"
                + "<data key=\"sources\">\(edge.sourceCount)</data>"
            if let sentence = edge.sentence {
                out += "<data key=\"sentence\">\(XMLText.escaped(sentence))</data>"
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return (out, ExportReport(nodes: graph.nodes.count, facts: graph.edges.count))
    }
}
