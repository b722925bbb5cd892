import GraphStore

/// Writes an ``ExportGraph`` as a Graphviz DOT digraph.
///
/// Every ID and attribute value is quoted and escaped, so any name (quotes, backslashes,
/// newlines, angle brackets, unicode) gives a file `dot` accepts: nodes are shaped and coloured
/// by entity type, edges are labelled with their predicate, drawn wider the more sources
/// support them, and carry one source sentence as tooltip.
public struct DOTExporter: Sendable {
    /// Settings of the DOT output.
    public struct Options: Sendable, Hashable {
        /// Above this many nodes the graph is cut to the best-connected ones, with a warning.
        public var maxNodes: Int
        /// The graph's name, written as the digraph ID.
        public var name: String
        /// Layout direction: `LR` (left to right) or `TB` (top to bottom).
        public var rankDirection: String

        /// Makes options; 200 nodes is about the most a drawing stays readable with.
        public init(maxNodes: Int = 200, name: String = "kg", rankDirection: String = "LR") {
            self.maxNodes = maxNodes
            self.name = name
            self.rankDirection = rankDirection
        }
    }

    /// Graphviz refuses quoted strings of 16,384 bytes or more; values are cut well below.
    static let maxQuotedBytes = 16_000

    /// The settings in use.
    public var options: Options

    /// Makes an exporter.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The graph as DOT text, and what was written.
    public func render(_ graph: ExportGraph) -> (text: String, report: ExportReport) {
        var warnings: [String] = []
        var drawn = graph
        if graph.nodes.count > options.maxNodes {
            drawn = graph.limited(toNodes: options.maxNodes)
            warnings.append("graph has \(graph.nodes.count) nodes; drew the \(drawn.nodes.count) "
                + "best connected (raise the limit to draw more)")
        }
        var out = "digraph \(Self.quoted(options.name)) {\n"
        out += "  graph [rankdir=\(Self.quoted(options.rankDirection)), fontname=\"Helvetica\"];\n"
        out += "  node [fontname=\"Helvetica\", style=\"filled\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n"
        for (index, node) in drawn.nodes.enumerated() {
            let style = Self.style(of: node.kind)
            out += "  \"n\(index)\" [label=\(Self.quoted(node.label)), shape=\"\(style.shape)\", "
                + "fillcolor=\"\(style.color)\", tooltip=\(Self.quoted(node.typeName + ": " + node.label))];\n"
        }
        for edge in drawn.edges {
            var attributes = "label=\(Self.quoted(edge.predicate)), penwidth=\"\(Self.penWidth(edge.sourceCount))\""
            if let sentence = edge.sentence {
                attributes += ", tooltip=\(Self.quoted(sentence))"
            }
            out += "  \"n\(edge.source)\" -> \"n\(edge.target)\" [\(attributes)];\n"
        }
        out += "}\n"
        return (out, ExportReport(nodes: drawn.nodes.count, facts: drawn.edges.count, warnings: warnings))
    }

    /// The text as a DOT quoted string: `"` and `\` escaped, line breaks turned into spaces,
    /// other control characters and noncharacters removed, and cut (with "…") so the quoted
    /// string stays below Graphviz's 16 KB limit.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        var bytes = 0
        for scalar in text.unicodeScalars {
            let piece: String
            switch scalar {
            case "\"": piece = "\\\""
            case "\\": piece = "\\\\"
            case "\n", "\r", "\t": piece = " "
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF {
                    continue
                }
                piece = String(scalar)
            }
            bytes += piece.utf8.count
            if bytes > maxQuotedBytes {
                out += "…"
                break
            }
            out += piece
        }
        return out + "\""
    }

    /// Edge width: 1 for one source, growing with the logarithm of the count, at most 6.
    static func penWidth(_ sources: Int) -> String {
        var width = 1.0
        var count = max(1, sources)
        while count > 1 && width < 6 {
            count /= 2
            width += 1
        }
        return String(Int(width))
    }

    /// Shape and fill colour of a node by what it stands for.
    static func style(of kind: ExportNode.Kind) -> (shape: String, color: String) {
        switch kind {
        case .entity(.person): ("ellipse", "#cfe2ff")
        case .entity(.organization): ("box", "#ffe0b2")
        case .entity(.place): ("hexagon", "#d4edda")
        case .entity(.event): ("diamond", "#f8d7da")
        case .entity: ("ellipse", "#e9ecef")
        case .literal: ("note", "#ffffff")
        }
    }
}
