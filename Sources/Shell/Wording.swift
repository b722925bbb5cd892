/// Small helpers for the shell's messages.
enum Wording {
    /// A count with its noun, plural unless the count is 1: `1 row`, `3 rows`.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) " + (count == 1 ? noun : noun + "s")
    }

    /// Text broken into lines of at most `width` columns at spaces, each line indented.
    static func wrapped(_ text: String, width: Int = 78, indent: String = "  ") -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
