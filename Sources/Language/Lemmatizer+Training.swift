/// Learning the lemmatizer's exceptions and suffix rules from a treebank.
extension Lemmatizer {
    /// Learns from every token of `gold`.
    static func train(_ gold: Document) -> Lemmatizer {
        var exact: [UInt64: [String: Int]] = [:]
        var ruleCounts: [UInt64: [Rule: Int]] = [:]
        for t in gold.tokens where t.lemma != "_" && !t.lemma.isEmpty {
            let tag = FeatureHash.string(t.xpos)
            exact[exactKey(tag, t.form), default: [:]][t.lemma, default: 0] += 1
            let lower = t.form.lowercased()
            exact[lowerKey(tag, lower), default: [:]][t.lemma, default: 0] += 1
            let f = Array(lower), l = Array(t.lemma.lowercased())
            guard f.count > 1 else { continue }
            let r = rule(from: f, to: l)
            for n in 1...min(maxSuffix, f.count - 1) where n >= r.strip {
                ruleCounts[ruleKey(tag, String(f[(f.count - n)...])), default: [:]][r, default: 0] += 1
            }
        }
        let exceptions = exact.compactMapValues { Self.mostFrequent($0) }
        var rules: [UInt64: Rule] = [:]
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            guard total >= 2, let best = Self.mostFrequent(counts), counts[best, default: 0] * 2 > total else { continue }
            rules[key] = best
        }
        return Lemmatizer(exceptions: exceptions, rules: rules)
    }

    /// The most frequent key, ties broken by the key's description, for determinism.
    private static func mostFrequent<K: Hashable>(_ counts: [K: Int]) -> K? {
        counts.max { ($0.value, String(describing: $1.key)) < ($1.value, String(describing: $0.key)) }?.key
    }
}
