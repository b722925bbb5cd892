import ArgumentParser
import Shell

/// `kg repl GRAPH`: the interactive shell on a graph file (or a script on standard input).
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Open the query shell on a graph file.",
        discussion: "When standard input is not a terminal, statements are read from it and the exit status is 1 if any failed."
    )

    @Argument(help: "The graph file.")
    var graph: String

    @OptionGroup var settings: ShellSettings

    func run() throws {
        let shell = try ShellSettings.shell(graph: graph, options: settings.options())
        let status = shell.run()
        if status != 0 { throw ExitCode(status) }
    }
}
