import Foundation
import Synchronization

/// Runs work on a new thread with a chosen stack size and waits for it, as the prompt runs a
/// statement on a worker thread (independent of the test runner's task pool).
enum OnThread {
    static func run<T: Sendable>(stackSize: Int, _ work: @escaping @Sendable () throws -> T) throws -> Result<T, any Error> {
        let outcome = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let result = Result { try work() }
            outcome.withLock { $0 = result }
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return try outcome.withLock { state in
            guard let state else { throw QueryErrorMissing() }
            return state
        }
    }

    /// The worker ended without a result.
    struct QueryErrorMissing: Error {}
}
