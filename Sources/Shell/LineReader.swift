/// Reads the user's input a line at a time. ``ReadlineLineReader`` edits lines in a terminal;
/// ``PlainLineReader`` reads standard input with no prompt, echo or editing.
protocol LineReader: AnyObject {
    /// The next line without its newline, or nil at the end of input (Ctrl-D); `continuing`
    /// says the prompt is the continuation prompt of an unfinished statement.
    func readLine(prompt: String, continuing: Bool) -> String?
    /// Whether Ctrl-C was pressed at the prompt since the last call (the pending statement is
    /// then dropped); reading it clears it.
    func takeInterrupt() -> Bool
    /// Keeps a line for Up-arrow recall (and the history file).
    func remember(_ line: String)
    /// Sets what Tab completes against.
    func setCompleter(_ completer: Completer)
    /// Saves what must outlive the session (history) before the shell exits.
    func close()
    /// The terminal's width in columns, or nil when not reading from a terminal.
    var terminalWidth: Int? { get }
}

/// Reads plain lines from standard input (used when it is not a terminal) or from a list.
final class PlainLineReader: LineReader {
    private var lines: [String]?
    private var next = 0

    /// Reads standard input.
    init() {}

    /// Reads the given lines, for tests and `.read`.
    init(lines: [String]) {
        self.lines = lines
    }

    func readLine(prompt: String, continuing: Bool) -> String? {
        guard let lines else { return Swift.readLine(strippingNewline: true) }
        guard next < lines.count else { return nil }
        next += 1
        return lines[next - 1]
    }

    func takeInterrupt() -> Bool { false }
    func remember(_ line: String) {}
    func setCompleter(_ completer: Completer) {}
    func close() {}
    var terminalWidth: Int? { nil }
}
