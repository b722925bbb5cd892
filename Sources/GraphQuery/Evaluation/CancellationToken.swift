import Synchronization

/// A flag another thread sets to stop a running statement (the prompt's Ctrl-C handler).
///
/// The evaluator reads it inside every scan and join, so a statement stops within one index
/// step of ``cancel()`` and throws ``QueryError/Kind/cancelled``.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Makes a token that is not cancelled.
    public init() {}

    /// Asks the statement using this token to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the flag so the token can be used for the next statement.
    public func reset() { flag.store(false, ordering: .relaxed) }

    /// Whether ``cancel()`` has been called since the last ``reset()``.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
