import ArgumentParser

/// `kg run GRAPH FILE.kgq...`: saved query files, each query printed above its result.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run saved query files (.kgq) against a graph file.",
        discussion: "Lines starting with # or -- are comments. Errors name file:line:column; exit status 1 if any query failed."
    )

    @Argument(help: "The graph file.")
    var graph: String

    @Argument(help: "Query files.")
    var files: [String]

    @OptionGroup var settings: ShellSettings

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one query file") }
    }

    func run() throws {
        let status = try ShellSettings.shell(graph: graph, options: settings.options(interactive: false)).run(files: files)
        if status != 0 { throw ExitCode(status) }
    }
}
