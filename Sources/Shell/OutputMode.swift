/// How the shell prints results (`.mode NAME`).
public enum OutputMode: String, Sendable, CaseIterable {
    /// ASCII table with `+`, `-` and `|` borders.
    case table
    /// Table drawn with Unicode box characters.
    case box
    /// RFC 4180 CSV with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// One `column = value` line per cell, records separated by a blank line.
    case line
}
