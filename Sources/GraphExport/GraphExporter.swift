import Foundation

/// One entry point for every export format: what `kg export` and the shell call.
///
/// ```swift
/// let output = GraphExporter.render(ExportGraph(graph: graph), format: .dot)
/// try output.write(to: "graph.dot")
/// ```
public enum GraphExporter {
    /// The formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Graphviz DOT.
        case dot
        /// N-Triples (RDF).
        case ntriples
        /// JSON Lines, one fact a line.
        case jsonl
        /// nodes.csv and edges.csv for Neo4j and Kùzu.
        case csv
        /// GraphML for networkx and Gephi.
        case graphml
    }

    /// Settings that apply to some formats.
    public struct Options: Sendable {
        /// DOT: most nodes drawn (the best connected are kept, with a warning).
        public var maxNodes: Int
        /// N-Triples: the IRI base.
        public var base: String
        /// CSV: put a `'` before text starting with `= + - @`, for files opened in spreadsheets
        /// (off by default: database imports need the values exactly).
        public var neutralizingFormulas: Bool

        /// Makes options.
        public init(maxNodes: Int = 200, base: String = NTriplesExporter.defaultBase, neutralizingFormulas: Bool = false) {
            self.maxNodes = maxNodes
            self.base = base
            self.neutralizingFormulas = neutralizingFormulas
        }
    }

    /// The text of an export: one file, or (CSV) two named files.
    public struct Output: Sendable {
        /// The files: a nil name for single-file formats; `nodes.csv` and `edges.csv` for CSV.
        public var files: [(name: String?, text: String)]
        /// What was written.
        public var report: ExportReport

        /// Writes the export: a single-file format to `path` (standard output when nil); CSV
        /// into the directory `path` (made if missing; the current directory when nil).
        public func write(to path: String?) throws {
            for file in files {
                if let name = file.name {
                    let directory = URL(fileURLWithPath: path ?? ".")
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    try Data(file.text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
                } else if let path {
                    try Data(file.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                } else {
                    FileHandle.standardOutput.write(Data(file.text.utf8))
                }
            }
        }
    }

    /// The graph in the format.
    public static func render(_ graph: ExportGraph, format: Format, options: Options = Options()) -> Output {
        switch format {
        case .dot:
            let (text, report) = DOTExporter(options: .init(maxNodes: options.maxNodes)).render(graph)
            return Output(files: [(nil, text)], report: report)
        case .ntriples:
            let (text, report) = NTriplesExporter(base: options.base).render(graph)
            return Output(files: [(nil, text)], report: report)
        case .jsonl:
            let (text, report) = JSONLinesExporter().render(graph)
            return Output(files: [(nil, text)], report: report)
        case .graphml:
            let (text, report) = GraphMLExporter().render(graph)
            return Output(files: [(nil, text)], report: report)
        case .csv:
            let (nodes, edges, report) = CSVExporter(neutralizingFormulas: options.neutralizingFormulas).render(graph)
            return Output(files: [("nodes.csv", nodes), ("edges.csv", edges)], report: report)
        }
    }
}
