/// Accuracy figures of the pipeline against a gold treebank, as percentages.
public struct Evaluation: Sendable, CustomStringConvertible {
    /// Number of gold words scored.
    public var words = 0
    /// UPOS accuracy with gold tokenisation.
    public var upos = 0.0
    /// XPOS accuracy with gold tokenisation.
    public var xpos = 0.0
    /// Lemma accuracy with gold tokenisation.
    public var lemma = 0.0
    /// Unlabelled attachment score with gold tokenisation (punctuation included).
    public var uas = 0.0
    /// Labelled attachment score with gold tokenisation (full UD labels).
    public var las = 0.0
    /// F1 of token spans from the raw text.
    public var tokenF1 = 0.0
    /// F1 of sentence spans from the raw text.
    public var sentenceF1 = 0.0

    /// Makes an empty evaluation.
    public init() {}

    /// One line: `words N  UPOS x  XPOS x  lemma x  UAS x  LAS x  tokens F1 x  sentences F1 x`.
    public var description: String {
        func p(_ v: Double) -> String { Percent(Int((v * 100).rounded()), 10000).description }
        return "words \(words)  UPOS \(p(upos))  XPOS \(p(xpos))  lemma \(p(lemma))  UAS \(p(uas))  LAS \(p(las))"
            + "  tokens F1 \(p(tokenF1))  sentences F1 \(p(sentenceF1))"
    }
}
