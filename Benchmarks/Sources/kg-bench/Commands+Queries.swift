import BenchSupport
import GraphQuery
import GraphStore

extension Commands {
    /// Standalone query timings (median of `runs` after one warm-up run) and, with
    /// `--explain`, each query's plan with estimated and actual rows per step.
    static func queries(_ path: String, format: TripleFormat, runs: Int, only: Set<String>?, explain: Bool) throws(UsageError) {
        report("loadavg_start", loadAverage())
        let runner = WorkloadRunner(graph: try load(path, format: format))
        for id in Workload.ids where only?.contains(id) ?? true {
            guard let text = Workload.queries[id] else { continue }
            do {
                var times: [Double] = []
                var count = try runner.run(text).count
                for _ in 0 ..< runs {
                    let (rows, ms) = try runner.run(text)
                    count = rows
                    times.append(ms)
                }
                report(id, "count \(count) median_ms \(NumberText.fixed(Timing.median(times), digits: 3)) runs_ms "
                    + times.map { NumberText.fixed($0, digits: 2) }.joined(separator: " "))
                if explain {
                    let plan = try runner.engine.execute("explain " + text, options: WorkloadRunner.options)
                    for row in plan.rows {
                        report("  ", row.values.map { $0.map { "\($0)" } ?? "-" }.joined(separator: " | "))
                    }
                }
            } catch {
                report(id, "error " + "\(error)")
            }
        }
        report("loadavg_end", loadAverage())
    }
}
