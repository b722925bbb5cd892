import BenchSupport
import GraphStore

extension Commands {
    /// File bytes per triple, save time, and open time against reading the file's bytes.
    ///
    /// Imports `path`, saves the graph to `graphPath`, then alternates `runs` rounds of (read
    /// the saved file's bytes into a fresh buffer, stream them through a reused buffer, open the
    /// saved graph), page cache warm after an untimed first round; reports the medians, their
    /// ratios and the median of the per-round open/read ratios.
    static func fileAndOpen(_ path: String, format: TripleFormat, runs: Int, graphPath: String) throws(UsageError) {
        report("loadavg_start", loadAverage())
        let graph = try load(path, format: format)
        let triples = graph.tripleCount
        let saveSeconds: Double
        do {
            saveSeconds = try Timing.measure { () throws(GraphFileError) in try graph.save(to: graphPath) }.seconds
        } catch {
            throw UsageError(message: "\(error)")
        }
        let size = TextFile.size(graphPath) ?? 0
        report("triples", "\(triples)")
        report("graph_file", graphPath)
        report("save_s", NumberText.fixed(saveSeconds, digits: 3))
        report("file_bytes", "\(size)")
        report("file_bytes_per_triple", NumberText.fixed(Double(size) / Double(max(triples, 1)), digits: 1))
        var reads: [Double] = [], streams: [Double] = [], opens: [Double] = [], ratios: [Double] = []
        for round in 0 ... runs {
            let read = Timing.measure { FileBytes.readFresh(graphPath) }
            let stream = Timing.measure { FileBytes.readStreaming(graphPath) }
            let opened: (value: Graph, seconds: Double)
            do {
                opened = try Timing.measure { () throws(GraphFileError) -> Graph in try Graph(contentsOfFile: graphPath) }
            } catch {
                throw UsageError(message: "\(error)")
            }
            guard read.value != nil, stream.value != nil, opened.value.tripleCount == triples else {
                throw UsageError(message: "\(graphPath): read or reopen gave a different graph")
            }
            if round == 0 { continue }  // warms the page cache
            reads.append(read.seconds)
            streams.append(stream.seconds)
            opens.append(opened.seconds)
            ratios.append(opened.seconds / read.seconds)
        }
        report("read_runs_s", reads.map { NumberText.fixed($0, digits: 4) }.joined(separator: " "))
        report("stream_runs_s", streams.map { NumberText.fixed($0, digits: 4) }.joined(separator: " "))
        report("open_runs_s", opens.map { NumberText.fixed($0, digits: 4) }.joined(separator: " "))
        report("read_median_s", NumberText.fixed(Timing.median(reads), digits: 4))
        report("stream_median_s", NumberText.fixed(Timing.median(streams), digits: 4))
        report("open_median_s", NumberText.fixed(Timing.median(opens), digits: 4))
        report("open_to_read_ratio_of_medians", NumberText.fixed(Timing.median(opens) / Timing.median(reads), digits: 2))
        report("open_to_stream_ratio_of_medians", NumberText.fixed(Timing.median(opens) / Timing.median(streams), digits: 2))
        report("open_to_read_median_ratio", NumberText.fixed(Timing.median(ratios), digits: 2))
        let reopened = try firstQueryAfterOpen(graphPath)
        report("open_plus_first_query_s", NumberText.fixed(reopened, digits: 4))
        report("loadavg_end", loadAverage())
    }

    /// Seconds to open the graph and answer Q01 (name tables included), the time a user waits.
    static func firstQueryAfterOpen(_ graphPath: String) throws(UsageError) -> Double {
        do {
            return try Timing.measure { () throws -> Void in
                let runner = WorkloadRunner(graph: try Graph(contentsOfFile: graphPath))
                _ = try runner.run(Workload.queries["Q01"] ?? Workload.warmUp)
            }.seconds
        } catch {
            throw UsageError(message: "\(error)")
        }
    }
}
