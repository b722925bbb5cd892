import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// Runs tmux and waits for it. Output goes to a temporary file, not a pipe: the server
    /// that `new-session` starts inherits the client's descriptors and would hold a pipe open.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("kgtmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // The test runner may block or ignore SIGINT; the program under test must get Ctrl-C
        // as it would from a login shell, so reset the mask and SIGINT's disposition.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), interrupt = sigset_t()
        sigemptyset(&none)
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &interrupt)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([tmux] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxError.spawnFailed(errno: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why a terminal-driven test could not go on.
enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case spawnFailed(errno: Int32)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case .notInstalled: "tmux is not installed"
        case .spawnFailed(let code): "cannot start tmux: \(String(cString: strerror(code)))"
        case .timedOut(let what, let screen): "timed out waiting for \(what); screen:\n\(screen)"
        }
    }
}
