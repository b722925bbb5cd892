import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `kg` command: builds knowledge graphs from news articles and answers pattern queries.
///
/// Exit codes: 0 ok, 1 a query or input error, 2 a usage error.
@main
struct KG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kg",
        abstract: "Build a knowledge graph from news articles and ask it questions.",
        version: "0.1.0",
        subcommands: [StartCommand.self, ReplCommand.self, IngestCommand.self, QueryCommand.self, RunCommand.self,
                      ExportCommand.self, StatsCommand.self, MergeCommand.self, ExtractCommand.self, NLPCommand.self],
        defaultSubcommand: StartCommand.self
    )

    /// Runs the command line, mapping usage errors to exit status 2 as DESIGN.md promises.
    static func main() {
        // Past a file-size limit, let writes fail with EFBIG (reported, old file kept) instead
        // of the default SIGXFSZ, which would kill kg mid-save.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error))
                Glibc.exit(2)
            }
            exit(withError: error)
        }
    }
}
