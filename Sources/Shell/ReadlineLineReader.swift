@preconcurrency import CReadline
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Line editing in a terminal with GNU readline: history (kept in a file across sessions),
/// Tab completion through a ``Completer``, and Ctrl-C that clears the line.
///
/// readline calls back into plain C functions, which reach the reader's state through the
/// globals in ``ReadlineState``; the shell runs readline on one thread only.
final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    /// Sets readline up and loads the history file (created with mode 0600 if missing).
    init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("kg"))
        rl_catch_signals = 0
        rl_completer_word_break_characters = UnsafePointer(strdup(Completer.wordBreakCharacters))
        rl_completer_quote_characters = UnsafePointer(strdup(String(Completer.quote)))
        rl_attempted_completion_function = ReadlineState.attemptCompletion
        rl_signal_event_hook = ReadlineState.signalEvent
        rl_variable_bind("completion-ignore-case", "on")
        using_history()
        stifle_history(HistoryFile.limit)
        if let historyPath, HistoryFile.prepare(historyPath) {
            read_history(historyPath)
        }
        InterruptSignal.install()
    }

    func readLine(prompt: String, continuing: Bool) -> String? {
        if !continuing { ReadlineState.primaryPrompt.withLock { $0 = prompt } }
        guard let raw = readline(prompt) else {
            FileDescriptorOutput.standardOutput.write("\n")
            return nil
        }
        defer { free(raw) }
        return String(cString: raw)
    }

    func takeInterrupt() -> Bool {
        ReadlineState.interruptedAtPrompt.exchange(false, ordering: .relaxed)
    }

    func remember(_ line: String) {
        add_history(line)
        if let historyPath { append_history(1, historyPath) }
    }

    func setCompleter(_ completer: Completer) {
        ReadlineState.completer = completer
    }

    var terminalWidth: Int? {
        var rows: Int32 = 0, columns: Int32 = 0
        rl_get_screen_size(&rows, &columns)
        return columns > 0 ? Int(columns) : nil
    }

    func close() {
        guard let historyPath else { return }
        history_truncate_file(historyPath, HistoryFile.limit)
        HistoryFile.prepare(historyPath)
    }
}

/// State the readline C callbacks share with ``ReadlineLineReader``.
enum ReadlineState {
    /// The main prompt, put back when Ctrl-C drops an unfinished statement.
    static let primaryPrompt = Mutex<String>("")
    /// Set when Ctrl-C cleared the line at the prompt.
    static let interruptedAtPrompt = Atomic<Bool>(false)
    /// The completer; readline and its callbacks run on the shell's one thread.
    nonisolated(unsafe) static var completer: Completer?
    /// The candidates of the completion in progress, handed out one per generator call.
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var nextMatch = 0

    /// readline's completion entry: asks the completer about the text before the cursor.
    static let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, end in
        rl_attempted_completion_over = 1
        guard let completer, let buffer = rl_line_buffer, let text else { return nil }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                        count: Int(max(0, end)))
        let before = String(decoding: bytes, as: UTF8.self)
        matches = completer.complete(before: before).candidates
        nextMatch = 0
        if !matches.isEmpty && matches.allSatisfy({ $0.hasSuffix("/") }) { rl_completion_append_character = 0 }
        return rl_completion_matches(text, generateMatch)
    }

    /// readline's generator: one `strdup`'d candidate per call, nil after the last.
    static let generateMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
        if state == 0 { nextMatch = 0 }
        guard nextMatch < matches.count else { return nil }
        nextMatch += 1
        return strdup(matches[nextMatch - 1])
    }

    /// Called by readline when a signal interrupted its read: on Ctrl-C, clear the line and
    /// start again at the main prompt.
    static let signalEvent: @convention(c) () -> Int32 = {
        guard InterruptSignal.take() else { return 0 }
        interruptedAtPrompt.store(true, ordering: .relaxed)
        rl_free_line_state()
        rl_replace_line("", 0)
        using_history()
        rl_crlf()
        rl_on_new_line()
        let prompt = primaryPrompt.withLock { $0 }
        rl_set_prompt(prompt)
        rl_redisplay()
        return 0
    }
}
