import ArgumentParser
import Foundation
import GraphExport
import GraphQuery
import GraphStore

/// `kg export GRAPH --format F`: the whole graph, a query's facts, or an entity's neighbourhood
/// as DOT, N-Triples, JSON Lines, CSV (nodes.csv + edges.csv) or GraphML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph, a query's facts or a neighbourhood as DOT, N-Triples, JSON Lines, CSV or GraphML.",
        discussion: "CSV writes nodes.csv and edges.csv into the folder given with -o, in the shape Neo4j and Kuzu import (docs/EXPORT.md)."
    )

    @Argument(help: "The graph file.")
    var graph: String

    @Option(help: "dot, ntriples, jsonl, csv or graphml.")
    var format: GraphExporter.Format

    @Option(help: "Export only the facts this query matches.")
    var query: String?

    @Option(help: "Export only the neighbourhood of this entity.")
    var entity: String?

    @Option(help: "Hops around --entity.")
    var depth = 1

    @Option(name: .shortAndLong, help: "Output file (a folder for csv); standard output when omitted.")
    var output: String?

    @Option(help: "Base IRI for N-Triples.")
    var base = NTriplesExporter.defaultBase

    @Option(help: "Most nodes in a DOT picture before it is cut down.")
    var maxNodes = 200

    @Flag(help: "In CSV, prefix values starting with = + - @ with ' so spreadsheets do not run them as formulas.")
    var excelSafe = false

    func validate() throws {
        if query != nil && entity != nil { throw ValidationError("give --query or --entity, not both") }
        if format == .csv && output == nil { throw ValidationError("csv export writes nodes.csv and edges.csv: give -o FOLDER") }
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        let opened = try GraphFiles.open(graph)
        let subgraph = try selection(of: opened)
        let rendered = GraphExporter.render(subgraph, format: format,
                                            options: .init(maxNodes: maxNodes, base: base, neutralizingFormulas: excelSafe))
        do {
            try rendered.write(to: output)
        } catch {
            throw CommandFailure("\(output ?? "<stdout>"): cannot write: \(error)")
        }
        let report = rendered.report
        for warning in report.warnings { StandardError.write("warning: \(warning)") }
        if output != nil { StandardError.write("wrote \(report.nodes) nodes and \(report.facts) facts to \(output ?? "")") }
    }

    private func selection(of opened: Graph) throws -> ExportGraph {
        if let query {
            do {
                return try ExportGraph(graph: opened, query: query)
            } catch {
                throw CommandFailure(DiagnosticFormatter.format(error, source: query, fileName: "<query>"))
            }
        }
        if let entity {
            guard let id = opened.entities(matching: entity).first else {
                throw CommandFailure("no entity named '\(entity)' in \(graph)")
            }
            return ExportGraph(graph: opened, neighbourhoodOf: id, depth: depth)
        }
        return ExportGraph(graph: opened)
    }
}

/// The export formats, as `--format` takes them (`dot`, `ntriples`, `jsonl`, `csv`, `graphml`).
extension GraphExporter.Format: ExpressibleByArgument {}
