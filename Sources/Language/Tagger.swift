/// A greedy left-to-right averaged-perceptron tagger that predicts UPOS and XPOS together
/// (one class per pair seen in training).
///
/// Frequent words that the treebank always tags the same way skip the model.
public struct Tagger: Sendable {
    /// The UPOS of each class.
    let upos: [UPOS]
    /// The XPOS of each class.
    let xpos: [String]
    /// The weights.
    let model: SparseModel
    /// Frequent unambiguous words: exact-form hash → class.
    let known: [UInt64: Int]
    /// Ambiguity classes: lowercased-form hash → a hash of the set of tags seen in training.
    let ambiguity: [UInt64: UInt64]

    /// The ambiguity class of each word (0 for words not seen often enough).
    func ambiguityClasses(_ words: [WordInfo]) -> [UInt64] {
        words.map { ambiguity[$0.lower] ?? 0 }
    }

    /// The class of each word of one sentence.
    /// - Complexity: O(n) in the sentence length.
    func classes(_ words: [WordInfo]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(words.count)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: model.classes)
        let ambiguity = ambiguityClasses(words)
        let style = WordInfo.style(words)
        for i in words.indices {
            if let c = known[words[i].exact] {
                out.append(c)
                continue
            }
            TaggerFeatures.extract(words, ambiguity, style: style, i, prev: i >= 1 ? out[i - 1] : -1, prev2: i >= 2 ? out[i - 2] : -1, into: &features)
            model.score(features, into: &scores)
            out.append(Self.argmax(scores))
        }
        return out
    }

    /// Sets `upos` and `xpos` of the tokens `range` of `tokens` (one sentence).
    func tag(_ tokens: inout [Token], _ range: Range<Int>, words: [WordInfo]) -> [Int] {
        let classes = classes(words)
        for (k, i) in range.enumerated() {
            tokens[i].upos = upos[classes[k]]
            tokens[i].xpos = xpos[classes[k]]
        }
        return classes
    }

    /// The index of the largest score (the first on ties).
    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for c in scores.indices where scores[c] > scores[best] { best = c }
        return best
    }
}
