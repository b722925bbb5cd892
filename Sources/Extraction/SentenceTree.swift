import Language

/// One sentence of a `Document` as a dependency tree with sentence-local indices, children lists
/// built once, and defensive access: heads outside the sentence and cycles are treated as roots.
struct SentenceTree {
    /// The document the sentence belongs to.
    let document: Document
    /// Index of the sentence in `document.sentences`.
    let index: Int
    /// Index in `document.tokens` of the sentence's first token.
    let base: Int
    /// Number of tokens.
    let count: Int
    /// Local head of each token, `nil` for roots (and for heads that would leave the sentence).
    let heads: [Int?]
    /// Local children of each token, in text order.
    let children: [[Int]]
    /// UTF-8 offset of the sentence's first byte in the document text.
    let textStart: Int
    /// Each token's form, lowercased once.
    let lowerForms: [String]

    /// Builds the tree of sentence `index`.
    /// - Complexity: O(n) in the sentence length.
    init(document: Document, index: Int) {
        self.document = document
        self.index = index
        let range = document.sentences[index].clamped(to: 0..<document.tokens.count)
        base = range.lowerBound
        count = range.count
        var heads = [Int?](repeating: nil, count: range.count)
        var children = [[Int]](repeating: [], count: range.count)
        for local in 0..<range.count {
            guard let head = document.tokens[range.lowerBound + local].head else { continue }
            let headLocal = head - range.lowerBound
            if headLocal >= 0, headLocal < range.count, headLocal != local { heads[local] = headLocal }
        }
        // Break cycles: a token whose head chain never reaches a root becomes a root.
        var state = [UInt8](repeating: 0, count: range.count)  // 0 new, 1 on path, 2 done
        for start in 0..<range.count where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let node = current, state[node] == 0 {
                state[node] = 1
                path.append(node)
                current = heads[node]
            }
            if let node = current, state[node] == 1 { heads[node] = nil }
            for node in path { state[node] = 2 }
        }
        for local in 0..<range.count {
            if let head = heads[local] { children[head].append(local) }
        }
        self.heads = heads
        self.children = children
        textStart = range.isEmpty ? 0 : document.tokens[range.lowerBound].start
        lowerForms = range.map { document.tokens[$0].form.lowercased() }
    }

    /// The token at local index `i`.
    func token(_ i: Int) -> Token { document.tokens[base + i] }

    /// The lowercased form of token `i`.
    func lower(_ i: Int) -> String { lowerForms[i] }

    /// The dependency relation of token `i`.
    func rel(_ i: Int) -> String { token(i).deprel }

    /// The children of `i` whose relation is one of `relations` (exact labels; a short list is
    /// searched faster than a set is built).
    func children(of i: Int, _ relations: [String]) -> [Int] {
        children[i].filter { relations.contains(token($0).deprel) }
    }

    /// The first child of `i` with one of the relations.
    func child(of i: Int, _ relations: [String]) -> Int? {
        children[i].first { relations.contains(token($0).deprel) }
    }

    /// Token `i` and its descendants, in text order, skipping the subtrees of children for
    /// which `prune` is true.
    /// - Complexity: O(size of the subtree).
    func subtree(of i: Int, prune: (Int) -> Bool = { _ in false }) -> [Int] {
        var result: [Int] = []
        var stack = [i]
        while let node = stack.popLast() {
            result.append(node)
            for child in children[node] where !prune(child) { stack.append(child) }
        }
        return result.sorted()
    }

    /// Whether `ancestor` dominates `i` (a proper ancestor: not `i` itself).
    /// - Complexity: O(depth of `i`).
    func isAncestor(_ ancestor: Int, of i: Int) -> Bool {
        var node = heads[i]
        for _ in 0..<count {
            guard let current = node else { return false }
            if current == ancestor { return true }
            node = heads[current]
        }
        return false
    }

    /// The preposition or subordinator introducing nominal `i` (`on` in `on Friday`), lowercased.
    /// - Complexity: O(c) for c children, plus the marks' subtrees; no allocation for a nominal
    ///   without marks (most calls).
    func casePhrase(of i: Int) -> String? {
        var phrase: String?
        for child in children[i] where child < i {
            let rel = token(child).deprel
            guard rel == "case" || rel == "mark" else { continue }
            let words = subtreeWords(child)
            phrase = phrase.map { $0 + " " + words } ?? words
        }
        return phrase
    }

    /// The words of a small subtree (`because of`), lowercased and space-joined.
    private func subtreeWords(_ i: Int) -> String {
        children[i].isEmpty ? lower(i) : subtree(of: i).map { lower($0) }.joined(separator: " ")
    }

    /// Text of tokens (sorted local indices) as written: original spacing between neighbours, one
    /// space across gaps.
    func text(_ tokens: [Int]) -> String {
        var out = ""
        for (k, i) in tokens.enumerated() {
            out += token(i).form
            if k + 1 < tokens.count {
                let next = tokens[k + 1]
                if next != i + 1 || token(i).spaceAfter { out += " " }
            }
        }
        return out
    }

    /// The UTF-8 range within the sentence text covered by the tokens (sorted local indices).
    func span(_ tokens: [Int]) -> Range<Int> {
        guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
        let lo = token(first).start - textStart
        let hi = token(last).end - textStart
        return lo <= hi ? lo..<hi : lo..<lo
    }
}
