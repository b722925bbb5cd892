import Foundation

/// Runs a transform on several threads while delivering results in input order, with a bounded
/// number of inputs in flight, so a corpus streams through in constant memory and the output
/// (and so the graph built from it) is the same whatever the number of workers.
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let workers: Int
    private let window: Int
    private let transform: @Sendable (Input) -> Output

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(Int, Input)] = []
    private var pendingHead = 0
    private var finished: [Int: Output] = [:]
    private var closed = false

    /// - Parameters:
    ///   - workers: threads running `transform` (at least 1).
    ///   - window: most inputs submitted but not yet consumed (at least `workers`).
    init(workers: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? self.workers * 4)
        self.transform = transform
    }

    /// Feeds every input that `produce` submits through the workers and hands each output to
    /// `consume` on the calling thread, in submission order. `produce` is called once; it
    /// submits inputs by calling its argument, which blocks while the window is full.
    func run(produce: (_ submit: (Input) -> Void) throws -> Void, consume: (Output) throws -> Void) throws {
        try withoutActuallyEscaping(consume) { consume in
            try runEscaping(produce: produce, consume: consume)
        }
    }

    private func runEscaping(produce: ((Input) -> Void) throws -> Void,
                             consume: @escaping (Output) throws -> Void) throws {
        if workers == 1 {
            return try runInline(produce: produce, consume: consume)
        }
        var threads: [Thread] = []
        for _ in 0..<workers {
            let thread = Thread { [self] in workLoop() }
            thread.stackSize = 8 << 20
            threads.append(thread)
            thread.start()
        }
        var submitted = 0
        var consumed = 0
        var failure: Error?
        func drain(waitingForAll: Bool) {
            while consumed < submitted {
                condition.lock()
                let mustWait = waitingForAll || submitted - consumed >= window
                while finished[consumed] == nil && mustWait { condition.wait() }
                let output = finished.removeValue(forKey: consumed)
                condition.unlock()
                guard let output else { return }
                consumed += 1
                if failure == nil {
                    do { try consume(output) } catch { failure = error }
                }
            }
        }
        defer {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }
        do {
            try produce { input in
                guard failure == nil else { return }
                condition.lock()
                pending.append((submitted, input))
                condition.signal()
                condition.unlock()
                submitted += 1
                drain(waitingForAll: false)
            }
        } catch {
            failure = failure ?? error
        }
        drain(waitingForAll: true)
        if let failure { throw failure }
    }

    private func runInline(produce: ((Input) -> Void) throws -> Void,
                           consume: @escaping (Output) throws -> Void) throws {
        var failure: Error?
        try produce { input in
            guard failure == nil else { return }
            do { try consume(transform(input)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func workLoop() {
        while true {
            condition.lock()
            while pendingHead == pending.count && !closed { condition.wait() }
            if pendingHead == pending.count {
                condition.unlock()
                return
            }
            let (index, input) = pending[pendingHead]
            pendingHead += 1
            if pendingHead > 1024 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let output = transform(input)
            condition.lock()
            finished[index] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}
