/// XML text escaping for the GraphML export.
enum XMLText {
    /// The text with `& < > " '` escaped and characters XML 1.0 forbids (controls other than
    /// tab, LF and CR; U+FFFE and U+FFFF) removed; CR written as `&#13;`, since XML readers turn a
    /// raw CR into LF.
    static func escaped(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&apos;"
            case "\r": "&#13;"
            case "\t", "\n": nil
            default: scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "" : nil
            }
        }
    }
}
