import BenchSupport
import Testing

/// Number formatting, argument splitting and medians of the benchmark tools.
struct HelperTests {
    @Test(arguments: [
        (1.5, 2, "1.50"), (0.0004, 3, "0.000"), (-2.25, 1, "-2.3"), (12.0, 0, "12"), (0.1234567, 6, "0.123457"),
    ])
    func fixedFormatting(value: Double, digits: Int, text: String) {
        #expect(NumberText.fixed(value, digits: digits) == text)
    }

    @Test func argumentsSplitOptionsAndFlags() throws {
        let arguments = try Arguments(["file", "data.tsv", "--runs", "7", "--explain"], flags: ["explain"])
        #expect(arguments.positional == ["file", "data.tsv"])
        #expect(try arguments.integer("runs", default: 3) == 7)
        #expect(try arguments.integer("rounds", default: 3) == 3)
        #expect(arguments.flag("explain"))
        #expect(throws: UsageError.self) { try Arguments(["--runs"]) }
        #expect(throws: UsageError.self) { try Arguments(["--runs", "x"]).integer("runs", default: 1) }
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(Timing.median([3, 1, 2]) == 2)
        #expect(Timing.median([4, 1, 3, 2]) == 2.5)
        #expect(Timing.median([]) == 0)
    }
}
