import ArgumentParser
import Foundation
import GraphStore

/// `kg` with no command: builds `graph-data/seeds.kg` from `seeds/` when it is missing or older
/// than any seed article, then opens the shell on it.
struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Build graph-data/seeds.kg from seeds/ if needed, then open the shell on it (the default)."
    )

    @Option(help: "Folder of seed articles.")
    var seeds = "seeds"

    @Option(help: "The graph built from them.")
    var graph = "graph-data/seeds.kg"

    @OptionGroup var settings: ShellSettings

    func run() throws {
        try SeedGraph(seeds: seeds, graph: graph).refresh()
        let status = try ShellSettings.shell(graph: graph, options: settings.options()).run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// The default graph: rebuilt from the seed articles whenever one of them is newer than it.
struct SeedGraph {
    let seeds: String
    let graph: String

    /// Whether the graph is missing or older than a seed article.
    func isStale() throws -> Bool {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: seeds, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("\(seeds): no such folder; run kg from the repository root, or give --seeds and --graph")
        }
        guard let built = (try? fm.attributesOfItem(atPath: graph))?[.modificationDate] as? Date else { return true }
        let articles = (fm.enumerator(atPath: seeds)?.allObjects as? [String] ?? []).filter(ArticleReader.isArticleFile)
        return articles.contains { name in
            let date = (try? fm.attributesOfItem(atPath: seeds + "/" + name))?[.modificationDate] as? Date
            return (date ?? .distantFuture) > built
        }
    }

    /// Rebuilds the graph from the seeds when it is stale; says so on standard error.
    func refresh() throws {
        guard try isStale() else { return }
        let folder = (graph as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var built = Graph()
        let outcome = try Ingestor().ingest([seeds], into: &built)
        try GraphFiles.save(built, to: graph)
        StandardError.write("built \(graph) from \(seeds)/: \(outcome.summary)")
    }
}
