import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The kg shell: a REPL on a graph when a person is at a terminal, a script runner when
/// standard input is a file or pipe, and the runner of saved `.kgq` query files.
///
/// ```swift
/// let shell = try Shell(graphPath: "graph-data/seeds.kg", options: ShellOptions(), ingester: ingest)
/// exit(shell.run())
/// ```
public final class Shell {
    private let session: ShellSession
    private let options: ShellOptions

    /// Makes a shell over an engine; output goes to standard output and standard error.
    public convenience init(engine: any ShellEngine, options: ShellOptions = ShellOptions()) {
        self.init(engine: engine, options: options, screen: FileDescriptorOutput.standardOutput,
                  errors: FileDescriptorOutput.standardError, cancellation: InterruptSignal.cancellation,
                  resetCancellation: { InterruptSignal.take() })
    }

    /// Opens a graph file and makes a shell on it; throws a one-line ``StatementError`` naming
    /// the file when it cannot be opened. `ingester` makes `.ingest` work.
    public convenience init(graphPath: String, options: ShellOptions = ShellOptions(),
                            ingester: ShellIngester? = nil) throws {
        self.init(engine: try GraphEngine(contentsOfFile: graphPath, ingester: ingester), options: options)
    }

    /// Makes a shell writing to the given outputs, with the given Ctrl-C check (for tests).
    init(engine: any ShellEngine, options: ShellOptions, screen: ShellOutput, errors: ShellOutput,
         cancellation: Cancellation, resetCancellation: @escaping () -> Void) {
        self.options = options
        session = ShellSession(engine: engine, options: options, screen: screen, errors: errors,
                               cancellation: cancellation, resetCancellation: resetCancellation)
    }

    /// Runs the REPL (standard input a terminal) or the script on standard input, and returns
    /// the exit status: 0 for the REPL (`.quit`, `.exit`, Ctrl-D); for a script, 1 when a
    /// statement failed, else 0.
    public func run() -> Int32 {
        let interactive = options.interactive ?? (isatty(STDIN_FILENO) == 1)
        if interactive {
            let environment = ProcessInfo.processInfo.environment
            let path = HistoryFile.path(explicit: options.historyPath, environment: environment)
            session.colorErrors = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
                && environment["TERM"] != "dumb"
            return run(reader: ReadlineLineReader(historyPath: path), interactive: true)
        }
        InterruptSignal.install()
        return run(reader: PlainLineReader(), interactive: false)
    }

    /// Reads statements from a line reader until it ends or `.quit`.
    func run(reader: LineReader, interactive: Bool) -> Int32 {
        reader.setCompleter(completer)
        session.terminalWidth = { [reader] in reader.terminalWidth }
        if interactive {
            session.screen.write("kg shell on \(session.engine.graphName). Enter \".help\" for usage hints.\n")
        }
        _ = session.consume(reader, source: .init(origin: nil, interactive: interactive, echo: false))
        reader.close()
        return !interactive && session.failures > 0 ? 1 : 0
    }

    /// Runs saved query files (`kg run GRAPH FILE.kgq...`): each query printed above its
    /// result, errors as `file:line:column`, comments (`#`, `--`) skipped. Returns 0, or 1 when
    /// a file was unreadable or a query failed; with ``ShellOptions/bail`` stops at the first.
    public func run(files: [String]) -> Int32 {
        for path in files {
            let lines: [String]
            do {
                lines = try ShellSession.lines(ofFile: path)
            } catch {
                session.report(error, origin: nil, line: nil)
                if options.bail { break }
                continue
            }
            let flow = session.consume(PlainLineReader(lines: lines), source: .init(origin: path, interactive: false, echo: true))
            if flow != .endOfInput { break }
        }
        return session.failures > 0 ? 1 : 0
    }

    /// Runs query text given on the command line (`kg query GRAPH 'QUERY'`): one or more
    /// statements, results in the options' mode, errors located in the text. Returns 0, or 1
    /// when a statement failed.
    public func run(query: String) -> Int32 {
        let lines = query.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        _ = session.consume(PlainLineReader(lines: lines), source: .init(origin: nil, interactive: false, echo: false))
        return session.failures > 0 ? 1 : 0
    }

    /// Completion over the session's commands and current engine.
    private var completer: Completer {
        Completer(commands: session.commands, keywords: session.engine.keywords,
                  entityNames: { [session] in session.engine.entityNames(prefix: $0, limit: Completer.nameLimit) },
                  predicateNames: { [session] in session.engine.predicateNames(prefix: $0, limit: Completer.nameLimit) })
    }
}
