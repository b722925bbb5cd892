import Foundation
import Synchronization
import Testing
@testable import kg

@Suite struct OrderedParallelMapTests {
    @Test(arguments: [1, 2, 4, 7])
    func outputsArriveInInputOrderWhateverTheWorkerCount(workers: Int) throws {
        let map = OrderedParallelMap<Int, Int>(workers: workers, window: 3) { value in
            // Uneven work so later inputs often finish first.
            if value % 3 == 0 { Thread.sleep(forTimeInterval: 0.001) }
            return value * value
        }
        var seen: [Int] = []
        try map.run(produce: { submit in (0..<200).forEach(submit) }, consume: { seen.append($0) })
        #expect(seen == (0..<200).map { $0 * $0 })
    }

    @Test func inFlightInputsStayWithinTheWindow() throws {
        let inFlight = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        let map = OrderedParallelMap<Int, Int>(workers: 2, window: 4) { value in
            let now = inFlight.add(1, ordering: .sequentiallyConsistent).newValue
            _ = most.max(now, ordering: .sequentiallyConsistent)
            Thread.sleep(forTimeInterval: 0.0005)
            inFlight.subtract(1, ordering: .sequentiallyConsistent)
            return value
        }
        var submitted = 0
        var consumed = 0
        var largestGap = 0
        try map.run(produce: { submit in
            for i in 0..<100 {
                submit(i)
                submitted += 1
                largestGap = max(largestGap, submitted - consumed)
            }
        }, consume: { _ in consumed += 1 })
        #expect(consumed == 100)
        #expect(largestGap <= 4)
        #expect(most.load(ordering: .sequentiallyConsistent) <= 2)
    }

    struct Stop: Error {}

    @Test func aConsumerErrorStopsTheRunAndIsRethrown() {
        let map = OrderedParallelMap<Int, Int>(workers: 2) { $0 }
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try map.run(produce: { submit in (0..<50).forEach(submit) }, consume: { value in
                if value == 10 { throw Stop() }
                consumed.append(value)
            })
        }
        #expect(consumed == Array(0..<10))
    }
}
