import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C: a SIGINT handler that only sets an atomic flag. At the prompt the line reader
/// clears the line; during a query the flag is the engine's ``Cancellation``.
public enum InterruptSignal {
    /// Set by the signal handler, cleared before each query.
    public static let flag = Atomic<Bool>(false)

    /// Installs the handler, without SA_RESTART so a blocked read returns to readline.
    public static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.flag.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// The flag as a cancellation check.
    public static let cancellation = Cancellation { flag.load(ordering: .relaxed) }

    /// Clears the flag; returns whether it was set.
    @discardableResult
    public static func take() -> Bool {
        flag.exchange(false, ordering: .relaxed)
    }
}
