import Dispatch
import Synchronization

/// Runs two pieces of work at once, so that loading a model uses two cores.
enum Parallel {
    /// Runs `a` and `b` concurrently and returns both results once both are done.
    static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let first = Mutex<A?>(nil), second = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                let v = a()
                first.withLock { $0 = v }
            } else {
                let v = b()
                second.withLock { $0 = v }
            }
        }
        guard let x = first.withLock({ $0 }), let y = second.withLock({ $0 }) else {
            preconditionFailure("concurrentPerform returned before running every iteration")
        }
        return (x, y)
    }
}
