/// The loop every escaper shares: each Unicode scalar either stays or is replaced.
public enum TextEscaping {
    /// The text with every scalar for which `replacement` returns a string replaced by it
    /// (an empty string drops the scalar); the others are kept.
    /// - Complexity: O(n) in the text's length.
    public static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let piece = replacement(scalar) {
                out += piece
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `\u` and four uppercase hex digits, for a scalar below U+10000.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
