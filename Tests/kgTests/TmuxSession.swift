import Foundation

/// Drives the real `kg` binary in a terminal, as a person would: a private tmux server per
/// session, keys sent with `send-keys`, the screen read with `capture-pane` and polled for the
/// text expected (../shared/FACTS.md: never fixed sleeps).
final class TmuxSession {
    /// Whether tmux is installed; tests that need it skip with a printed reason otherwise.
    static var isAvailable: Bool { executable != nil }

    private static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private let name: String
    private let tmux: String

    /// Starts `command` (an argument list, quoted for tmux's shell) in a 120×40 pane that
    /// stays open after the program exits and then shows `EXIT=<status>`.
    init(command: [String], directory: URL, environment: [String: String]) throws {
        guard let tmux = TmuxSession.executable else { throw TmuxError.notInstalled }
        self.tmux = tmux
        name = "kgtest\(UInt32.random(in: 0...UInt32.max))"
        let exports = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let line = "cd \(TmuxSession.quote(directory.path)) && env \(exports) "
            + command.map(TmuxSession.quote).joined(separator: " ") + "; echo EXIT=$?; sleep 60"
        try run(["-L", name, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "120", "-y", "40", line])
    }

    deinit {
        _ = try? run(["-L", name, "kill-server"])
    }

    /// Types literal text (no Enter).
    func type(_ text: String) throws {
        try run(["-L", name, "send-keys", "-t", name, "-l", text])
    }

    /// Sends named keys: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try run(["-L", name, "send-keys", "-t", name] + keys)
    }

    /// The whole pane, scroll-back included.
    func screen() throws -> String {
        try run(["-L", name, "capture-pane", "-p", "-t", name, "-S", "-"])
    }

    /// Polls the screen every 0.1 s until `predicate` holds, or throws after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 10, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timedOut(waitingFor: what, screen: last)
    }

    /// Waits until `text` appears on screen `count` times.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 10) throws -> String {
        try waitFor(timeout: timeout, text) { $0.components(separatedBy: text).count - 1 >= count }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why a terminal-driven test could not go on.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled: "tmux is not installed"
        case .timedOut(let what, let screen): "timed out waiting for \(what); screen:\n\(screen)"
        }
    }
}
