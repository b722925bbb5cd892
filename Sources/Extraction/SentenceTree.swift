import Language

/// One sentence of a `Document` as a dependency tree with sentence-local indices, children lists
/// built once, and defensive access: heads outside the sentence and cycles are treated as roots.
/// What the rules read of every token (relation, tag, lowercased form and lemma) is read once here.
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
    /// Every token's children in text order, one token's after another (`children(of:)`
    /// slices it: one array for the sentence instead of one per token).
    private let childList: [Int]
    /// Where each token's children start in `childList`, plus the end.
    private let childStart: [Int]
    /// UTF-8 offset of the sentence's first byte in the document text.
    let textStart: Int
    /// Each token's form, lowercased once.
    let lowerForms: [String]
    /// Each token's lemma, lowercased once.
    let lowerLemmas: [String]
    /// Each token's dependency relation, read from its label once.
    let relations: [Relation]
    /// Each token's part of speech.
    let tags: [UPOS]

    /// Builds the tree of sentence `index`.
    /// - Complexity: O(n) in the sentence length.
    init(document: Document, index: Int) {
        self.document = document
        self.index = index
        let range = document.sentences[index].clamped(to: 0..<document.tokens.count)
        base = range.lowerBound
        count = range.count
        var heads = [Int?](repeating: nil, count: range.count)
        for local in 0..<range.count {
            guard let head = document.tokens[range.lowerBound + local].head else { continue }
            let headLocal = head - range.lowerBound
            if headLocal >= 0, headLocal < range.count, headLocal != local { heads[local] = headLocal }
        }
        // Break cycles: a token whose head chain never reaches a root becomes a root.
        var state = [UInt8](repeating: 0, count: range.count)  // 0 new, 1 on path, 2 done
        var path: [Int] = []
        for start in 0..<range.count where state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var current: Int? = start
            while let node = current, state[node] == 0 {
                state[node] = 1
                path.append(node)
                current = heads[node]
            }
            if let node = current, state[node] == 1 { heads[node] = nil }
            for node in path { state[node] = 2 }
        }
        // Children counted per head, the counts summed into start offsets, then filled in.
        var childStart = [Int](repeating: 0, count: range.count + 1)
        for case let head? in heads { childStart[head + 1] += 1 }
        for i in 0..<range.count { childStart[i + 1] += childStart[i] }
        var childList = [Int](repeating: 0, count: childStart[range.count])
        var filled = childStart
        for local in 0..<range.count {
            guard let head = heads[local] else { continue }
            childList[filled[head]] = local
            filled[head] += 1
        }
        self.heads = heads
        self.childList = childList
        self.childStart = childStart
        textStart = range.isEmpty ? 0 : document.tokens[range.lowerBound].start
        let lowerForms = range.map { document.tokens[$0].form.lowercased() }
        self.lowerForms = lowerForms
        // Most lemmas are written as their form (`the`, `of`, `talks`): they share its lowercasing.
        lowerLemmas = range.map { k in
            let token = document.tokens[k]
            return token.lemma == token.form ? lowerForms[k - range.lowerBound] : token.lemma.lowercased()
        }
        relations = range.map { Relation(label: document.tokens[$0].deprel) }
        tags = range.map { document.tokens[$0].upos }
    }

    /// The token at local index `i` (a copy of the whole token: for a single field, the
    /// accessors below are cheaper).
    func token(_ i: Int) -> Token { document.tokens[base + i] }

    /// The form of token `i` as written.
    func form(_ i: Int) -> String { document.tokens[base + i].form }

    /// The lemma of token `i`.
    func lemma(_ i: Int) -> String { document.tokens[base + i].lemma }

    /// The Penn Treebank tag of token `i`.
    func xpos(_ i: Int) -> String { document.tokens[base + i].xpos }

    /// The part of speech of token `i`.
    func upos(_ i: Int) -> UPOS { tags[i] }

    /// Whether the form of token `i` starts with an uppercase letter (`form.first?.isUppercase`;
    /// an ASCII first byte decides without building a Character, whose case lookup is slow).
    func isCapitalized(_ i: Int) -> Bool {
        let form = self.form(i)
        guard let byte = form.utf8.first else { return false }
        guard byte >= 0x80 else { return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        return form.first?.isUppercase == true
    }

    /// Whether the form of token `i` has a letter (`%`, `#`, `4.25` have none).
    func hasLetter(_ i: Int) -> Bool { form(i).unicodeScalars.contains { $0.properties.isAlphabetic } }

    /// The lowercased form of token `i`.
    func lower(_ i: Int) -> String { lowerForms[i] }

    /// The lowercased lemma of token `i`.
    func lowerLemma(_ i: Int) -> String { lowerLemmas[i] }

    /// The dependency relation of token `i`.
    func rel(_ i: Int) -> Relation { relations[i] }

    /// The dependency label of token `i` as written (`nmod:tmod`, which `rel` calls `.other`).
    func label(_ i: Int) -> String { document.tokens[base + i].deprel }

    /// The children of `i`, in text order.
    func children(of i: Int) -> ArraySlice<Int> {
        childList[childStart[i]..<childStart[i + 1]]
    }

    /// The children of `i` whose relation is one of `relations`.
    func children(of i: Int, _ relations: [Relation]) -> [Int] {
        children(of: i).filter { relations.contains(self.relations[$0]) }
    }

    /// The first child of `i` with one of the relations.
    func child(of i: Int, _ relations: [Relation]) -> Int? {
        children(of: i).first { relations.contains(self.relations[$0]) }
    }

    /// Token `i` and its descendants, in text order, skipping the subtrees of children for
    /// which `prune` is true.
    /// - Complexity: O(s log s) for a subtree of s tokens; one allocation for a leaf (most calls).
    func subtree(of i: Int, prune: (Int) -> Bool = { _ in false }) -> [Int] {
        guard !children(of: i).isEmpty else { return [i] }
        var result: [Int] = []
        var stack = [i]
        while let node = stack.popLast() {
            result.append(node)
            for child in children(of: node) where !prune(child) { stack.append(child) }
        }
        result.sort()
        return result
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
        for child in children(of: i) where child < i {
            guard relations[child] == .case || relations[child] == .mark else { continue }
            let words = subtreeWords(child)
            phrase = phrase.map { $0 + " " + words } ?? words
        }
        return phrase
    }

    /// The words of a small subtree (`because of`), lowercased and space-joined.
    private func subtreeWords(_ i: Int) -> String {
        children(of: i).isEmpty ? lower(i) : subtree(of: i).map { lower($0) }.joined(separator: " ")
    }

    /// Text of tokens (sorted local indices) as written: original spacing between neighbours, one
    /// space across gaps.
    /// - Complexity: O(bytes): written into one buffer of the final size, then made a string once
    ///   (appending to a growing string reallocates and copies it).
    func text(_ tokens: [Int]) -> String {
        var size = 0
        for i in tokens { size += document.tokens[base + i].form.utf8.count + 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        for (k, i) in tokens.enumerated() {
            bytes.append(contentsOf: document.tokens[base + i].form.utf8)
            if k + 1 < tokens.count {
                let next = tokens[k + 1]
                if next != i + 1 || document.tokens[base + i].spaceAfter { bytes.append(UInt8(ascii: " ")) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 range within the sentence text covered by the tokens (sorted local indices).
    func span(_ tokens: [Int]) -> Range<Int> {
        guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
        let lo = document.tokens[base + first].start - textStart
        let hi = document.tokens[base + last].end - textStart
        return lo <= hi ? lo..<hi : lo..<lo
    }
}
