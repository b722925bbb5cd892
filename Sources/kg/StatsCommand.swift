import ArgumentParser
import Foundation
import GraphStore

/// `kg stats GRAPH`: counts, top entities and predicates, and facts about the file.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show counts, the top entities and predicates, and file facts of a graph."
    )

    @Argument(help: "The graph file.")
    var graph: String

    @Option(help: "How many top entities and predicates to list.")
    var top = 10

    func run() throws {
        let started = Date()
        let opened = try GraphFiles.open(graph)
        let openSeconds = Date().timeIntervalSince(started)
        let stats = opened.stats(top: top)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: graph)[.size] as? Int) ?? 0
        var lines: [String] = []
        lines.append("graph      \(graph)")
        lines.append("file       \(bytes) bytes, \(stats.triples > 0 ? bytes / stats.triples : 0) bytes/triple, opened in \(Int(openSeconds * 1000)) ms")
        lines.append("documents  \(stats.documents)")
        lines.append("triples    \(stats.triples) (\(stats.sources) sources)")
        let byType = EntityType.allCases.map { "\($0.name) \(stats.entitiesByType[$0] ?? 0)" }.joined(separator: ", ")
        lines.append("entities   \(stats.entities) (\(byType); \(stats.aliases) aliases)")
        lines.append("predicates \(stats.predicates)")
        lines.append("literals   \(stats.literals)")
        if !stats.topEntities.isEmpty {
            lines.append("")
            lines.append("top entities (facts)")
            for entry in stats.topEntities { lines.append("  \(entry.degree)\t\(entry.name)") }
        }
        if !stats.topPredicates.isEmpty {
            lines.append("")
            lines.append("top predicates (facts)")
            for entry in stats.topPredicates { lines.append("  \(entry.count)\t\(entry.name)") }
        }
        print(lines.joined(separator: "\n"))
    }
}
