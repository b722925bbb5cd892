import Foundation

/// The state of one shell run — engine, output settings, last result — and the loop that
/// turns lines into statements and dot-commands. Used for the REPL, piped scripts, `.read`
/// and `.kgq` files alike.
final class ShellSession {
    /// How a run over a line source ended.
    enum Flow: Equatable {
        /// The input ran out.
        case endOfInput
        /// `.quit` or `.exit`.
        case quit
        /// A statement failed with bail on.
        case bailed
    }

    /// Where lines come from and how to treat them.
    struct Source {
        /// The file name for error locations, or nil for the prompt and standard input.
        var origin: String?
        /// Whether a person is typing (prompts, blank lines do not end statements).
        var interactive: Bool
        /// Whether to print each query above its result (`.kgq` files).
        var echo: Bool
    }

    /// The engine answering queries.
    var engine: any ShellEngine
    /// The commands this shell knows.
    let commands = DotCommand.all
    /// How results are printed.
    var renderer: ResultRenderer
    /// Where results go (`.output`).
    var results: ShellOutput
    /// The terminal or standard output: messages and help.
    let screen: ShellOutput
    /// Standard error.
    let errors: ShellOutput
    /// Whether to print each query's time.
    var timerOn = false
    /// Whether scripts stop at the first error.
    var bail: Bool
    /// The last successful query's result, for `.why` and `.dot`.
    var lastResult: ShellResult?
    /// How many statements and commands failed.
    private(set) var failures = 0
    /// How deep `.read` files are nested.
    var readDepth = 0
    /// Most nodes `.dot` draws.
    let dotMaxNodes: Int
    /// The Ctrl-C check handed to the engine.
    let cancellation: Cancellation
    /// Clears a Ctrl-C before a new query.
    let resetCancellation: () -> Void
    /// The terminal's width in columns, when a person is at one.
    var terminalWidth: () -> Int? = { nil }
    /// Whether the first line of each error is shown in red (a person at a colour terminal).
    var colorErrors = false

    /// Makes a session.
    init(engine: any ShellEngine, options: ShellOptions, screen: ShellOutput, errors: ShellOutput,
         cancellation: Cancellation, resetCancellation: @escaping () -> Void) {
        self.engine = engine
        self.renderer = ResultRenderer(mode: options.mode, maxRows: options.maxRows)
        self.results = screen
        self.screen = screen
        self.errors = errors
        self.bail = options.bail
        self.dotMaxNodes = options.dotMaxNodes
        self.cancellation = cancellation
        self.resetCancellation = resetCancellation
    }

    /// The prompt naming the graph: `kg seeds> `.
    var prompt: String { "kg \(engine.graphName)> " }
    /// The prompt for the next line of an unfinished statement, as wide as ``prompt``.
    var continuationPrompt: String {
        String(repeating: " ", count: max(0, DisplayWidth.of(prompt) - 5)) + "...> "
    }

    /// Reads lines until the input ends, `.quit`, or (with bail, outside a terminal) an error.
    ///
    /// A query ends when the engine finds it complete; in files and scripts a blank line also
    /// ends it, and the next line is read ahead in case it continues the query (`where …`).
    /// Text pasted at the prompt arrives as one line holding line breaks: its lines are taken
    /// one by one, with the same look-ahead.
    func consume(_ reader: LineReader, source: Source) -> Flow {
        var pending: [String] = []
        var startLine = 0
        var lineNumber = 0
        var queued: [String] = []
        func read(continuing: Bool) -> String? {
            guard let line = reader.readLine(prompt: continuing ? continuationPrompt : prompt, continuing: continuing) else {
                return nil
            }
            queued += line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            return queued.isEmpty ? line : queued.removeFirst()
        }
        func nextLine() -> String? {
            queued.isEmpty ? read(continuing: !pending.isEmpty) : queued.removeFirst()
        }
        func peek() -> String? {
            if let first = queued.first { return first }
            guard !source.interactive, let line = read(continuing: true) else { return nil }
            queued.insert(line, at: 0)
            return line
        }
        func runPending() {
            runStatements(ShellStatement(text: pending.joined(separator: "\n"), origin: source.origin,
                                         line: source.interactive ? 1 : startLine), source: source)
            pending = []
        }
        while let line = nextLine() {
            lineNumber += 1
            if reader.takeInterrupt() { pending = [] }
            let trimmed = Substring(line).trimmingWhitespace()
            if !trimmed.isEmpty { reader.remember(line) }
            let before = failures
            if pending.isEmpty {
                if trimmed.isEmpty || Self.isComment(trimmed) { continue }
                if trimmed.hasPrefix(".") {
                    if runCommand(line, origin: source.origin, line: lineNumber) == .exit { return .quit }
                    if shouldBail(since: before, source) { return .bailed }
                    continue
                }
                startLine = lineNumber
            }
            if trimmed.isEmpty && !source.interactive {
                runPending()
            } else {
                pending.append(Self.isComment(trimmed) ? "" : line)
                let text = pending.joined(separator: "\n")
                if engine.isComplete(text) {
                    if let following = peek(), engine.continues(text, with: following) { continue }
                    runPending()
                }
            }
            if shouldBail(since: before, source) { return .bailed }
        }
        if !pending.isEmpty {
            let before = failures
            runPending()
            if shouldBail(since: before, source) { return .bailed }
        }
        return .endOfInput
    }

    /// Runs each statement of a complete text, stopping at a failure when bailing.
    private func runStatements(_ text: ShellStatement, source: Source) {
        for statement in engine.split(text) {
            let ok = runStatement(statement, echo: source.echo)
            if !ok && bail && !source.interactive { return }
        }
    }

    private func shouldBail(since before: Int, _ source: Source) -> Bool {
        bail && !source.interactive && failures > before
    }

    /// Whether a line is a comment: it starts with `#` or `--`.
    static func isComment(_ line: String) -> Bool {
        line.hasPrefix("#") || line.hasPrefix("--")
    }

    /// Runs one query and prints its result (under the query itself with `echo`).
    @discardableResult
    func runStatement(_ statement: ShellStatement, echo: Bool) -> Bool {
        if echo { results.write(statement.text + "\n") }
        resetCancellation()
        let start = ContinuousClock.now
        do {
            let result = try engine.execute(statement, cancellation: cancellation)
            lastResult = result
            show(result)
            for note in result.notes { errors.write(note.hasSuffix("\n") ? note : note + "\n") }
            if timerOn { results.write("Run Time: \(Self.seconds(ContinuousClock.now - start)) s\n") }
            if echo { results.write("\n") }
            return true
        } catch {
            report(cancellation.isCancelled ? StatementError("interrupted") : error, origin: nil, line: nil)
            resetCancellation()
            if echo { results.write("\n") }
            return false
        }
    }

    /// Runs one dot-command line; nil when it failed (the error is reported).
    @discardableResult
    func runCommand(_ line: String, origin: String?, line number: Int) -> DotCommand.Outcome? {
        do {
            let (name, invocation) = try DotCommand.parse(line)
            guard let command = DotCommand.find(name, in: commands) else {
                throw StatementError(unknownCommandMessage(name))
            }
            guard command.arity.contains(invocation.arguments.count) else {
                throw StatementError("usage: \(command.synopsis)")
            }
            return try command.run(self, invocation)
        } catch {
            report(error, origin: origin, line: number)
            return nil
        }
    }

    /// Prints a result where results go; tables on the screen are fitted to the terminal.
    func show(_ result: ShellResult) {
        renderer.maxTableWidth = results === screen ? terminalWidth() : nil
        results.write(renderer.render(result))
    }

    /// "unknown command" with a "did you mean" when a command name is close.
    func unknownCommandMessage(_ name: String) -> String {
        var message = "unknown command \".\(name)\""
        if let close = TypoDistance.suggestion(for: name, among: commands.flatMap { [$0.name] + $0.aliases }) {
            message += "; did you mean \".\(close)\"?"
        } else {
            message += "; .help lists the commands"
        }
        return message
    }

    /// Prints an error on standard error and counts it. Query errors come formatted by the
    /// engine (location and caret); other errors get one `error:` line, prefixed with
    /// `file:line:` when they come from a file.
    func report(_ error: any Error, origin: String?, line: Int?) {
        failures += 1
        var text = (error as? StatementError)?.message ?? String(describing: error)
        if !(error is StatementError) || !text.contains("error:") {
            text = "error: " + text
            if let origin, let line { text = "\(origin):\(line): " + text }
        }
        if colorErrors {
            let end = text.firstIndex(of: "\n") ?? text.endIndex
            text = "\u{1B}[31m" + text[..<end] + "\u{1B}[0m" + text[end...]
        }
        errors.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// A duration as seconds with three decimals.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
