import ArgumentParser

/// `kg query GRAPH 'QUERY'`: one query (or several), results to standard output.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a query against a graph file and print the results.",
        discussion: "Exit status 1 when a statement fails; the error shows line:column and a caret."
    )

    @Argument(help: "The graph file.")
    var graph: String

    @Argument(help: "The query text (see docs/QUERY.md).")
    var query: String

    @OptionGroup var settings: ShellSettings

    func run() throws {
        let status = try ShellSettings.shell(graph: graph, options: settings.options(interactive: false)).run(query: query)
        if status != 0 { throw ExitCode(status) }
    }
}
