/// JSON string quoting shared by the JSON Lines export and the shell's json modes.
public enum JSONText {
    /// The string as a JSON string literal, quotes included (RFC 8259: `"` `\` and control
    /// characters escaped, U+2028 and U+2029 too for JavaScript; the rest written as UTF-8).
    public static func quoted(_ text: String) -> String {
        "\"" + TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default:
                scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
                    ? TextEscaping.unicodeEscape(scalar) : nil
            }
        } + "\""
    }
}
