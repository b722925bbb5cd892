/// A greedy left-to-right averaged-perceptron tagger of each word's place in the tree: its
/// dependency label (without subtype) and the side its head is on (`nsubj>`: a subject whose
/// head is to its right; `obj<`; `root`). It runs after the POS tagger, and the parser reads
/// its guesses as features: a greedy parser decides with only a few words of the buffer in
/// view, and a supertag says what a word further on is likely to attach to.
struct Supertagger: Sendable {
    /// The name of each class (`nsubj>`, `obj<`, `root`).
    let names: [String]
    /// The weights.
    let model: SparseModel

    /// The class of each word of one sentence, given its words and POS tag classes; `coarse`
    /// maps a tag class to its UPOS raw value.
    /// - Complexity: O(n) in the sentence length.
    func classes(_ words: [WordInfo], tags: [Int], coarse: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(words.count)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: model.classes)
        let context = SupertaggerFeatures.Context(words, tags: tags, coarse: coarse)
        for i in words.indices {
            SupertaggerFeatures.extract(context, i, prev: i >= 1 ? out[i - 1] : -1, prev2: i >= 2 ? out[i - 2] : -1,
                                        into: &features)
            model.score(features, into: &scores)
            out.append(Tagger.argmax(scores))
        }
        return out
    }

    /// Writes each word's class into its `WordInfo.supertag` (`Supertagger.feature(of:)`).
    func assign(_ words: inout [WordInfo], tags: [Int], coarse: [Int]) {
        for (i, c) in classes(words, tags: tags, coarse: coarse).enumerated() { words[i].supertag = Self.feature(of: c) }
    }

    /// The value a class takes in `WordInfo.supertag`: above the parser's stand-ins for
    /// positions outside the sentence (0 means no supertag).
    static func feature(of cls: Int) -> UInt64 { UInt64(cls + 4) }

    /// The class name of a treebank word: its label without subtype, then `>` when its head
    /// is to its right, `<` when to its left; `root` for the root.
    static func name(deprel: String, head: Int?, at index: Int) -> String {
        guard let head else { return "root" }
        let base = deprel.prefix { $0 != ":" }
        return base + (head > index ? ">" : "<")
    }
}
