/// Levenshtein distance over Characters, for "did you mean …" suggestions.
public enum EditDistance {
    /// The edit distance between `a` and `b` (insertions, deletions, substitutions), case-sensitive.
    ///
    /// - Complexity: O(`a.count` × `b.count`) time, O(`b.count`) space.
    public static func between(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var row = [Int](repeating: 0, count: right.count + 1)
        for (i, l) in left.enumerated() {
            row[0] = i + 1
            for (j, r) in right.enumerated() {
                row[j + 1] = min(previous[j + 1] + 1, row[j] + 1, previous[j] + (l == r ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[right.count]
    }

    /// Up to `limit` candidates closest to `word` ignoring case, nearest first, ties by name;
    /// only those within a distance of about a third of the word's length (at least 2).
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let threshold = max(2, lowered.count / 3)
        var scored: [(Int, String)] = []
        for candidate in candidates {
            let distance = between(lowered, candidate.lowercased())
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var seen: Set<String> = []
        return Array(scored.map(\.1).filter { seen.insert($0).inserted }.prefix(limit))
    }
}
