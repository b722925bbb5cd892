/// Where pre-tokenised text (Penn Treebank style, as CaRB's sentences are: every token
/// between spaces) had whitespace before it was tokenised, so that the tagger's spacing
/// feature reads `stock - index` as `stock-index` (a hyphen, `HYPH`) and not as a spaced dash,
/// and `` `` `` as an opening quote. The rules are those of PTB detokenisation: closing
/// punctuation and clitics join the word before, opening brackets, quotes and currency signs
/// the word after, and a single hyphen or slash both.
enum PTBSpacing {
    /// Whether each of `forms` was followed by whitespace in the original text; the last is.
    /// - Complexity: O(n) in the number of forms.
    static func spaceAfter(_ forms: [String]) -> [Bool] {
        var out = [Bool](repeating: true, count: forms.count)
        for i in forms.indices.dropLast() {
            let here = forms[i], next = forms[i + 1]
            if joinsNext.contains(here) || joinsPrevious.contains(next) || joinsBoth.contains(here)
                || joinsBoth.contains(next) || isClitic(next) {
                out[i] = false
            }
        }
        return out
    }

    /// Tokens written against the word after them: opening brackets and quotes, currency.
    static let joinsNext: Set<String> = ["(", "[", "{", "-LRB-", "-LSB-", "-LCB-", "``", "$", "#", "£", "€", "US$", "C$", "A$"]

    /// Tokens written against the word before them: closing punctuation, brackets and quotes.
    static let joinsPrevious: Set<String> = [
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "-RRB-", "-RSB-", "-RCB-", "''", "...", "'",
    ]

    /// Tokens written against both neighbours: a hyphen inside a compound, a slash.
    static let joinsBoth: Set<String> = ["-", "/"]

    /// PTB's split-off clitics (`n't`, `'s`, `'re`, …), written against the word before.
    static func isClitic(_ form: String) -> Bool {
        let lower = form.lowercased()
        return lower == "n't" || lower == "'s" || lower == "'re" || lower == "'ve" || lower == "'ll" || lower == "'d"
            || lower == "'m"
    }
}
