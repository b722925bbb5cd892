import Foundation

/// Counts what an ingest has done and, on a terminal, redraws one status line on standard error
/// at most ten times a second: documents and words per second, facts, elapsed and remaining
/// time. At the end it prints the one-line summary whether or not it drew progress.
struct IngestProgress {
    /// Documents whose facts were added.
    var documents = 0
    /// Words (whitespace-separated) in those documents.
    var words = 0
    /// Sentences in those documents.
    var sentences = 0
    /// Facts extracted from them.
    var facts = 0
    /// Documents skipped because the graph already had one with the same id.
    var sameID = 0
    /// Documents skipped because the graph already had one with the same text under another id.
    var sameText = 0
    /// Documents skipped because the graph already had them.
    var duplicates: Int { sameID + sameText }
    /// Inputs skipped as unreadable, by reason.
    var skipped: [String: Int] = [:]
    /// Input bytes read so far, for the remaining-time estimate.
    var bytesDone = 0
    /// Input bytes in all (0 when unknown: no estimate).
    var bytesTotal = 0

    private let started = Date()
    private var lastDraw = Date.distantPast
    private let live: Bool

    /// - Parameter live: draw the status line (the caller decides: a terminal, or asked for).
    init(live: Bool) {
        self.live = live
    }

    /// Seconds since the ingest started.
    var elapsed: Double { Date().timeIntervalSince(started) }

    /// Redraws the status line if drawing is on and 0.1 s have passed since the last draw.
    mutating func tick() {
        guard live else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        var line = "\r\u{1B}[K" + statusLine()
        if bytesTotal > 0, bytesDone > 0, bytesDone < bytesTotal {
            let remaining = elapsed * Double(bytesTotal - bytesDone) / Double(bytesDone)
            line += ", \(Self.clock(remaining)) left"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The counters as one line: rate, facts and elapsed time.
    func statusLine() -> String {
        let seconds = max(elapsed, 1e-6)
        return "\(documents) documents, \(Int(Double(documents) / seconds)) docs/s, "
            + "\(Int(Double(words) / seconds)) words/s, \(facts) facts"
            + (duplicates > 0 ? ", \(duplicates) already ingested" : "") + ", \(Self.clock(elapsed))"
    }

    /// The closing summary: documents, sentences, facts, entities, skipped input and why.
    func summary(entities: Int) -> String {
        var parts = ["\(documents) documents", "\(sentences) sentences", "\(facts) facts",
                     "\(entities) entities in the graph"]
        if duplicates > 0 {
            let why = [(sameID, "same id"), (sameText, "same text")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            parts.append("\(duplicates) already ingested (\(why.joined(separator: ", ")))")
        }
        let skippedCount = skipped.values.reduce(0, +)
        if skippedCount > 0 {
            let reasons = skipped.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            parts.append("\(skippedCount) skipped (\(reasons))")
        }
        let rate = Int(Double(words) / max(elapsed, 1e-6))
        return parts.joined(separator: ", ") + " in \(Self.clock(elapsed)) (\(rate) words/s)"
    }

    /// Clears the status line before other output goes to standard error.
    func clearLine() {
        guard live else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `m:ss` for short spans, `h:mm:ss` past an hour.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let mmss = String(format: "%02d:%02d", m, s)
        return h > 0 ? "\(h):\(mmss)" : String(format: "%d:%02d", m, s)
    }
}
