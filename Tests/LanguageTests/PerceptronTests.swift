import Testing
@testable import Language

@Suite struct PerceptronTests {
    /// A perceptron given `updates` random updates over a small feature and class space.
    static func trained(seed: UInt64, updates: Int, classes: Int = 4) -> Perceptron {
        var rng = SplitMix64(seed: seed)
        var model = Perceptron(classes: classes)
        for _ in 0..<updates {
            let features = (0..<3).map { _ in UInt64.random(in: 1...40, using: &rng) }
            let truth = Int.random(in: 0..<classes, using: &rng), guess = Int.random(in: 0..<classes, using: &rng)
            model.update(features, truth: truth, guess: guess)
            model.tick()
        }
        return model
    }

    static func scores(_ model: SparseModel, _ features: [UInt64]) -> [Float] {
        var out = [Float](repeating: 0, count: model.classes)
        model.score(features, into: &out)
        return out
    }

    @Test func theMeanOfOneRunIsThatRun() {
        let run = Self.trained(seed: 1, updates: 300)
        let single = run.averaged(minWeight: 0.3), mean = Perceptron.averaged([run], minWeight: 0.3)
        #expect(single == mean)
    }

    /// Property: with no pruning, the mean model scores every feature set with the mean of the
    /// runs' scores.
    @Test(arguments: [UInt64(2), 3, 4, 5, 6])
    func theMeanOfRunsScoresTheMeanOfTheirScores(seed: UInt64) {
        let runs = (0..<3).map { Self.trained(seed: seed &* 10 &+ UInt64($0), updates: 200 + 50 * $0) }
        let mean = Perceptron.averaged(runs, minWeight: 0)
        var rng = SplitMix64(seed: seed)
        for _ in 0..<50 {
            let features = (0..<4).map { _ in UInt64.random(in: 1...45, using: &rng) }
            let expected = runs.map { Self.scores($0.averaged(minWeight: 0), features) }
                .reduce([Float](repeating: 0, count: 4)) { zip($0, $1).map { $0 + $1 / 3 } }
            for (a, b) in zip(Self.scores(mean, features), expected) { #expect(abs(a - b) < 1e-4) }
        }
    }

    @Test func theMeanIsPrunedAfterAveraging() {
        var a = Perceptron(classes: 2), b = Perceptron(classes: 2)
        a.update([7], truth: 0, guess: 1)
        b.update([7], truth: 1, guess: 0)
        a.tick()
        b.tick()
        // Each run alone has weight ±0.5 (averaged over two instances); the two cancel.
        #expect(Self.scores(a.averaged(minWeight: 0.1), [7]) == [0.5, -0.5])
        #expect(Perceptron.averaged([a, b], minWeight: 0.1).featureKeys.isEmpty)
    }
}
