/// Checks the cancellation token, the deadline and the row limit while a statement runs.
///
/// Not thread-safe: one guard belongs to one running statement.
final class ExecutionGuard {
    private let token: CancellationToken?
    private let deadline: ContinuousClock.Instant?
    private let timeout: Duration?
    let maxRows: Int?
    private var ticks = 0

    init(options: EvaluationOptions) {
        token = options.cancellation
        timeout = options.limits.timeout
        deadline = options.limits.timeout.map { ContinuousClock.now.advanced(by: $0) }
        maxRows = options.limits.maxRows
    }

    /// Called once per triple visited or row produced: throws when cancelled or out of time.
    @inline(__always)
    func tick() throws(QueryError) {
        if let token, token.isCancelled { throw QueryError(.cancelled) }
        ticks &+= 1
        if ticks & 1023 == 0, let deadline, let timeout, ContinuousClock.now > deadline {
            throw QueryError(.timeLimitExceeded(timeout))
        }
    }

    /// ``tick()`` with the counter kept by the caller (in a struct it owns), which spares the hot
    /// loops a class-property access per triple.
    @inline(__always)
    func tick(_ counter: inout Int) throws(QueryError) {
        if let token, token.isCancelled { throw QueryError(.cancelled) }
        counter &+= 1
        if counter & 1023 == 0, let deadline, let timeout, ContinuousClock.now > deadline {
            throw QueryError(.timeLimitExceeded(timeout))
        }
    }

    /// Throws when `count` rows exceed the row limit.
    @inline(__always)
    func checkRows(_ count: Int) throws(QueryError) {
        if let maxRows, count > maxRows { throw QueryError(.rowLimitExceeded(maxRows)) }
    }
}
