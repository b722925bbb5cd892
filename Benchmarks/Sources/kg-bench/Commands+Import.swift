import BenchSupport
import GraphStore

extension Commands {
    /// Import rate and resident bytes per triple.
    ///
    /// The first import keeps its graph while the resident-set growth is read (VmRSS after −
    /// before, divided by the triples), so it is done before anything else allocates; then
    /// `runs` further imports, each into a fresh graph, give the median time.
    static func importRate(_ path: String, format: TripleFormat, runs: Int) throws(UsageError) {
        report("loadavg_start", loadAverage())
        let before = ProcessMemory.residentBytes ?? 0
        let (first, firstSeconds) = try Timing.measure { () throws(UsageError) -> Graph in try load(path, format: format) }
        let after = ProcessMemory.residentBytes ?? 0
        ProcessMemory.releaseFreeMemory()
        let trimmed = ProcessMemory.residentBytes ?? 0
        let loadPeak = ProcessMemory.peakResidentBytes ?? 0
        let triples = first.tripleCount
        report("triples", "\(triples)")
        report("first_import_s", NumberText.fixed(firstSeconds, digits: 3))
        report("rss_before_mb", NumberText.fixed(Double(before) / 1_048_576, digits: 1))
        report("rss_after_mb", NumberText.fixed(Double(after) / 1_048_576, digits: 1))
        report("rss_after_trim_mb", NumberText.fixed(Double(trimmed) / 1_048_576, digits: 1))
        report("resident_bytes_per_triple", NumberText.fixed(Double(after - before) / Double(max(triples, 1)), digits: 1))
        report("resident_bytes_per_triple_trimmed", NumberText.fixed(Double(trimmed - before) / Double(max(triples, 1)), digits: 1))
        report("peak_rss_first_import_mb", NumberText.fixed(Double(loadPeak) / 1_048_576, digits: 1))
        report("peak_bytes_per_triple_first_import", NumberText.fixed(Double(loadPeak - before) / Double(max(triples, 1)), digits: 1))
        withExtendedLifetime(first) {}
        var times: [Double] = []
        for _ in 0 ..< runs {
            let (graph, seconds) = try Timing.measure { () throws(UsageError) -> Graph in try load(path, format: format) }
            withExtendedLifetime(graph) {}
            times.append(seconds)
        }
        let median = Timing.median(times)
        let bytes = TextFile.size(path) ?? 0
        report("format", format.rawValue)
        report("input_bytes_per_triple", NumberText.fixed(Double(bytes) / Double(max(triples, 1)), digits: 1))
        report("import_runs_s", times.map { NumberText.fixed($0, digits: 3) }.joined(separator: " "))
        report("import_median_s", NumberText.fixed(median, digits: 3))
        report("triples_per_s", NumberText.fixed(Double(triples) / median, digits: 0))
        report("input_mb_per_s", NumberText.fixed(Double(bytes) / median / 1_048_576, digits: 1))
        report("peak_rss_mb", NumberText.fixed(Double(ProcessMemory.peakResidentBytes ?? 0) / 1_048_576, digits: 1))
        report("loadavg_end", loadAverage())
    }
}
