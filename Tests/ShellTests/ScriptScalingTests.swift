#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Shell

/// The script runner's work grows linearly with the script (issue 7: each statement used to be
/// lexed again padded with one newline per line and one space per column before it, so 4,000
/// statements took 15 s and 8,000 took 69 s in a debug build).
///
/// Measured as the CPU time of the thread that reads the script (queries run on worker threads
/// and are not counted) for N and 4N statements: linear work gives a ratio near 4, quadratic
/// work near 16, and the test allows 8. A thread's CPU time does not include what other
/// processes do on a busy machine, and the best of three runs of each size smooths the rest.
@Suite struct ScriptScalingTests {
    /// Seconds of CPU time the calling thread spends in `work`.
    static func threadSeconds(_ work: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        work()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    /// The least thread CPU time of three runs of `lines` as a `.kgq` file on a real engine.
    static func bestSeconds(for lines: [String]) -> Double {
        (0 ..< 3).map { _ in
            let shell = Shell(engine: GraphEngine(graph: GraphEngineTests.graph()), options: ShellOptions(interactive: false),
                              screen: StringOutput(), errors: StringOutput(), cancellation: .never, resetCancellation: {})
            return threadSeconds {
                let status = shell.run(reader: PlainLineReader(lines: lines), interactive: false)
                #expect(status == 0)
            }
        }.min() ?? 0
    }

    /// Statements on one line, and on lines of their own with nine comment lines after each (as
    /// saved queries have comments): the old padding grew with the columns, and with the lines.
    @Test(arguments: ["; ", "\n" + String(repeating: "# a comment\n", count: 9)])
    func fourTimesTheStatementsTakeAboutFourTimesTheWork(separator: String) {
        func script(_ count: Int) -> [String] {
            Array(repeating: "Blinken meet ?who", count: count).joined(separator: separator)
                .split(separator: "\n").map(String.init)
        }
        let small = Self.bestSeconds(for: script(500))
        let large = Self.bestSeconds(for: script(2_000))
        let figures = "500 statements: \(small) s, 2,000: \(large) s of CPU time, ratio \(large / small)"
        print("script scaling, statements separated by \(separator == "; " ? "'; '" : "lines with comments"): \(figures)")
        #expect(large / small < 8, "\(figures)")
    }

    /// One statement over many lines (a generated filter chain): the shell asks after every
    /// line whether the statement is complete and whether the next line continues it, which
    /// lexed (and parsed, twice) the whole statement so far: 2,000 lines took 122 s in a debug
    /// build. Each line is now lexed once.
    @Test func aStatementOfFourTimesTheLinesTakesAboutFourTimesTheWork() {
        func script(_ count: Int) -> [String] {
            ["?x meet ?who"] + Array(repeating: "  filter ?who != Lavrov", count: count)
        }
        let small = Self.bestSeconds(for: script(500))
        let large = Self.bestSeconds(for: script(2_000))
        let figures = "500 lines: \(small) s, 2,000: \(large) s of CPU time, ratio \(large / small)"
        print("script scaling, one statement over many lines: \(figures)")
        #expect(large / small < 8, "\(figures)")
    }
}
