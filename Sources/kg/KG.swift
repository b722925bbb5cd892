import ArgumentParser

/// The `kg` command: builds knowledge graphs from news articles and answers pattern queries.
@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph from news articles and ask it questions.",
        version: "0.1.0",
        subcommands: [NLPCommand.self, ExtractCommand.self]
    )
}
