/// A parsed text: the original string, one flat array of tokens, and the sentences as ranges
/// of token indices. The text round-trips exactly from the tokens' offsets.
public struct Document: Sendable {
    /// The text exactly as given.
    public let text: String
    /// Every token of the text, in order.
    public var tokens: [Token]
    /// Each sentence as a range of indices into `tokens`, in order, covering every token once.
    public var sentences: [Range<Int>]

    /// Makes a document from already segmented tokens.
    public init(text: String, tokens: [Token], sentences: [Range<Int>]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The dependents of token `i`, in text order.
    /// - Complexity: O(n) in the length of the token's sentence.
    public func children(of i: Int) -> [Int] {
        let sentence = sentences[tokens[i].sentence]
        return sentence.filter { tokens[$0].head == i }
    }

    /// Token `i` and all its descendants, in text order.
    /// - Complexity: O(n · depth) in the length of the token's sentence.
    public func subtree(of i: Int) -> [Int] {
        let sentence = sentences[tokens[i].sentence]
        return sentence.filter { j in
            var k: Int? = j
            var steps = 0
            while let current = k, steps <= sentence.count {
                if current == i { return true }
                k = tokens[current].head
                steps += 1
            }
            return false
        }
    }

    /// The text of sentence `s`, exactly as it appears in the document.
    public func sentenceText(_ s: Int) -> Substring {
        let range = sentences[s]
        guard let first = range.first, let last = range.last else { return "" }
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: tokens[first].start)
        let hi = utf8.index(utf8.startIndex, offsetBy: tokens[last].end)
        return text[lo..<hi]
    }
}
