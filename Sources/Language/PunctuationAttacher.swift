/// Re-attaches the punctuation of a parsed sentence the way UD English EWT attaches it.
///
/// EWT's punctuation arcs were made by a deterministic rule (udapi's `ud.FixPunct` block), so
/// the parser's guesses can be replaced by the rule's answer. In order:
/// 1. Punctuation has no children: a word whose head is punctuation climbs to the nearest
///    ancestor that is not.
/// 2. Paired marks (quotes, brackets) both attach inside the pair, the opening one to the
///    first word whose head lies outside the pair, the closing one to the last such word.
/// 3. Every other punctuation mark attaches on the path up from its nearest non-punctuation
///    neighbour on the left (or on the right; a final `.`, `?`, `!` looks left only), climbing
///    while the arc stays projective; of the two candidates the lower one wins. A mark whose
///    head is already on either path keeps it, as does a pair of commas around a phrase.
/// 4. A sentence left with several roots keeps one (the one labelled `root`).
///
/// Only heads of punctuation change, except in steps 1 and 4. Never creates a cycle: any move
/// that would is skipped.
enum PunctuationAttacher {
    /// The marks the rule tells apart: udapi's paired marks, the PTB quotes of pre-tokenised
    /// text, and the final marks (`.?!` and its substrings).
    static let symbols = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "“", "”", "„", "«", "»", "‹", "›", "《", "》", "「", "」",
        "『", "』", "¿", "?", "¡", "!", "``", "''", ".", ".?", "?!", ".?!",
    ]
    /// Mark number (index in `symbols` + 1) of each symbol; 0 is any other form.
    static let markNumbers = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($1, $0 + 1) })
    /// By mark number, the mark number of the closing mark if it is an opening one, else 0.
    static let closingMarks: [Int] = {
        var out = [Int](repeating: 0, count: symbols.count + 1)
        for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("\"", "\""), ("'", "'"), ("“", "”"), ("„", "“"),
                              ("«", "»"), ("‹", "›"), ("《", "》"), ("「", "」"), ("『", "』"), ("¿", "?"), ("¡", "!"),
                              ("``", "''")] {
            out[mark(open)] = mark(close)
        }
        return out
    }()
    /// By mark number, whether it is a final mark (`.?!` or a part of it), which never looks right.
    static let finalMarks: [Bool] = (0...symbols.count).map { $0 > 0 && ".?!".contains(symbols[$0 - 1]) }
    static let period = mark("."), apostrophe = mark("'")

    /// The mark number of `form`: only short forms that do not start with an ASCII letter or
    /// digit are looked up.
    static func mark(_ form: String) -> Int {
        let utf8 = form.utf8
        guard utf8.count <= 3, let first = utf8.first else { return 0 }
        if (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) { return 0 }
        return markNumbers[form] ?? 0
    }

    /// Re-attaches the punctuation of the sentence `range` of `tokens` (absolute heads, `nil`
    /// for the root), setting `deprel` to `punct` on the marks it places. A sentence with no
    /// word tagged PUNCT, or with a head outside the sentence or a cycle, is left as it is.
    /// - Complexity: O(p · n · d) for p punctuation marks, n words and tree depth d.
    static func attach(_ tokens: inout [Token], _ range: Range<Int>) {
        guard range.count > 1, range.contains(where: { tokens[$0].upos == .PUNCT }),
              range.allSatisfy({ tokens[$0].head.map(range.contains) ?? true }) else { return }
        let base = range.lowerBound
        var tree = Tree(
            heads: range.map { i in tokens[i].head.map { $0 - base } ?? -1 },
            words: range.map { i in
                Tree.Word(punct: tokens[i].upos == .PUNCT, mark: mark(tokens[i].form), rootLabelled: tokens[i].deprel == "root")
            })
        tree.run()
        for (k, i) in range.enumerated() {
            let h = tree.heads[k]
            tokens[i].head = h >= 0 ? base + h : nil
            switch tree.words[k].relabel {
            case .none: break
            case .punct: tokens[i].deprel = "punct"
            case .root: tokens[i].deprel = "root"
            }
        }
    }

    /// One sentence being fixed: heads are indices within it, -1 for the root.
    struct Tree {
        var heads: [Int]
        private(set) var words: [Word]
        /// Scratch space for the climbing paths of one mark.
        private var leftPath: [Int] = [], rightPath: [Int] = []

        /// What the rule needs to know of a word, and what it decides about it.
        struct Word {
            /// Whether the word is tagged PUNCT.
            let punct: Bool
            /// Its mark number (`PunctuationAttacher.mark`).
            let mark: Int
            /// Whether its label is `root`.
            var rootLabelled: Bool
            /// `opening` or `closing` for the marks of a fixed pair.
            var role = PairRole.none
            /// Its new label, if it changes.
            var relabel = Relabel.none
        }

        enum PairRole { case none, opening, closing }
        enum Relabel { case none, punct, root }

        init(heads: [Int], words: [Word]) {
            self.heads = heads
            self.words = words
        }

        var count: Int { heads.count }

        /// Runs the four steps.
        mutating func run() {
            guard heads.allSatisfy({ $0 >= -1 && $0 < count }), !hasCycle else { return }
            for i in 0..<count {
                var steps = 0
                while heads[i] >= 0, words[heads[i]].punct, steps < count {
                    heads[i] = heads[heads[i]]
                    steps += 1
                }
            }
            for i in 0..<count where words[i].role != .closing {
                let closing = PunctuationAttacher.closingMarks[words[i].mark]
                if closing > 0, words[i].mark != PunctuationAttacher.apostrophe || words[i].punct {
                    fixPair(opening: i, closing)
                }
            }
            for i in 0..<count where words[i].punct && words[i].role == .none { fixSubordinate(i) }
            keepOneRoot()
        }

        /// Whether some word does not reach the root.
        private var hasCycle: Bool {
            (0..<count).contains { i in
                var k = heads[i], steps = 0
                while k >= 0, steps <= count {
                    k = heads[k]
                    steps += 1
                }
                return k >= 0
            }
        }

        /// Whether `a` is `b` or one of its ancestors (-1, the root, dominates everything).
        func dominates(_ a: Int, _ b: Int) -> Bool {
            var k = b, steps = 0
            while k >= 0, steps <= count {
                if k == a { return true }
                k = heads[k]
                steps += 1
            }
            return a == -1
        }

        /// The leftmost and rightmost words of the subtree of `x`, and its size.
        func span(of x: Int) -> (lo: Int, hi: Int, size: Int) {
            var lo = x, hi = x, size = 0
            for k in 0..<count where dominates(x, k) {
                lo = min(lo, k)
                hi = max(hi, k)
                size += 1
            }
            return (lo, hi, size)
        }

        /// Whether the subtree of `x` has a word right of `limit` (`rightwards`) or left of it.
        func subtree(of x: Int, reachesPast limit: Int, rightwards: Bool) -> Bool {
            rightwards ? (limit + 1..<count).contains { dominates(x, $0) } : (0..<limit).contains { dominates(x, $0) }
        }

        /// Whether a word between `x` and its head is not dominated by the head (arcs from
        /// the root are projective).
        func isNonprojective(_ x: Int) -> Bool {
            let h = heads[x]
            guard h >= 0 else { return false }
            let lo = min(x, h), hi = max(x, h)
            return (lo + 1..<hi).contains { !dominates(h, $0) }
        }

        /// Whether `x` lies under an arc whose head does not dominate it.
        func isInGap(_ x: Int) -> Bool {
            guard x >= 0 else { return false }
            return (0..<count).contains { c in
                let h = heads[c]
                return h >= 0 && (c < x && x < h || h < x && x < c) && !dominates(h, x)
            }
        }

        /// Whether `x` is in a gap its head is not in.
        func causesGap(_ x: Int) -> Bool {
            isInGap(x) && !isInGap(heads[x])
        }

        /// Attaches `x` to `head` unless that would make a cycle; returns whether it did.
        @discardableResult
        mutating func setHead(_ x: Int, _ head: Int) -> Bool {
            guard !dominates(x, head) else { return false }
            heads[x] = head
            return true
        }

        /// Finds the mark closing the pair opened at `i` (same-form nesting counted) and
        /// attaches both marks inside.
        private mutating func fixPair(opening i: Int, _ closing: Int) {
            var nested = 0
            for j in i + 1..<count {
                if words[j].mark == closing {
                    if nested == 0 {
                        attachPair(i, j)
                        return
                    }
                    nested -= 1
                } else if words[j].mark == words[i].mark {
                    nested += 1
                }
            }
        }

        private mutating func attachPair(_ i: Int, _ j: Int) {
            var inner: [Int] = [], innerPunct: [Int] = []
            for k in i + 1..<j where heads[k] < i || heads[k] > j {
                if words[k].punct { innerPunct.append(k) } else { inner.append(k) }
            }
            let candidates = inner.isEmpty ? innerPunct : inner
            guard let first = candidates.first, let last = candidates.last else { return }
            setHead(i, first)
            setHead(j, last)
            words[i].role = .opening
            words[j].role = .closing
            if causesGap(i) {
                let saved = heads[i]
                var h = i + 1
                while h < j - 1, words[h].punct || !setHead(i, h) || isNonprojective(i) || causesGap(i) { h += 1 }
                if !setHead(i, h) { heads[i] = saved }
            }
            if causesGap(j) {
                let saved = heads[j]
                var h = j - 1
                while h > i + 1, words[h].punct || !setHead(j, h) || isNonprojective(j) || causesGap(j) { h -= 1 }
                if !setHead(j, h) { heads[j] = saved }
            }
        }

        /// Places a non-paired mark `x`.
        private mutating func fixSubordinate(_ x: Int) {
            if words[x].mark == PunctuationAttacher.period, heads[x] == x - 1 { return }
            let p = heads[x]
            if p >= 0 {
                let s = span(of: p)
                if x == s.lo || x == s.hi, s.size == s.hi - s.lo + 1, words[s.lo].punct, words[s.hi].punct,
                   heads[s.lo] == p, heads[s.hi] == p {
                    return
                }
            }
            var left: Int? = x - 1
            var right: Int? = PunctuationAttacher.finalMarks[words[x].mark] ? nil : x + 1
            while let l = left, l >= 0, words[l].punct {
                left = words[l].role == .opening && heads[l] != x ? nil : l - 1
            }
            if let l = left, l < 0 { left = nil }
            while let r = right, r < count, words[r].punct {
                right = words[r].role == .closing && heads[r] != x ? nil : r + 1
            }
            if let r = right, r >= count { right = nil }

            leftPath.removeAll(keepingCapacity: true)
            rightPath.removeAll(keepingCapacity: true)
            if var l = left {
                leftPath.append(l)
                while heads[l] >= 0, heads[l] < x, !subtree(of: l, reachesPast: x, rightwards: true) {
                    l = heads[l]
                    leftPath.append(l)
                }
            }
            if var r = right {
                rightPath.append(r)
                while heads[r] >= 0, heads[r] > x, !subtree(of: r, reachesPast: x, rightwards: false) {
                    r = heads[r]
                    rightPath.append(r)
                }
            }
            // The highest allowed candidate on each path; the head is kept if it is an allowed
            // candidate on the chosen path (both paths when neither candidate is below the other).
            let leftPath = leftPath, rightPath = rightPath
            let l = leftPath.last { staysProjective(x, $0) }, r = rightPath.last { staysProjective(x, $0) }
            let chosen: Int, onPath: Bool
            if let l, let r, l != r, dominates(r, l) {
                (chosen, onPath) = (l, leftPath.contains(p))
            } else if let l, let r, l != r, dominates(l, r) {
                (chosen, onPath) = (r, rightPath.contains(p))
            } else if let c = l ?? r {
                (chosen, onPath) = (c, leftPath.contains(p) || rightPath.contains(p))
            } else {
                return
            }
            if !(onPath && (p == l || p == r || staysProjective(x, p))) { heads[x] = chosen }
            words[x].relabel = .punct
            words[x].rootLabelled = false
        }

        /// Whether attaching `x` to `candidate` is allowed and keeps it projective and out of
        /// a gap of its own (the head of `x` is left as it was).
        private mutating func staysProjective(_ x: Int, _ candidate: Int) -> Bool {
            let saved = heads[x]
            defer { heads[x] = saved }
            return setHead(x, candidate) && !isNonprojective(x) && !causesGap(x)
        }

        /// Hangs every extra root under the one labelled `root` (or the first), which is then
        /// labelled `root`; any other word labelled `root` becomes `punct`.
        private mutating func keepOneRoot() {
            guard let kept = (0..<count).first(where: { heads[$0] < 0 && words[$0].rootLabelled })
                ?? heads.firstIndex(of: -1) else { return }
            for r in 0..<count where r != kept && heads[r] < 0 { heads[r] = kept }
            if !words[kept].rootLabelled {
                words[kept].relabel = .root
                for k in 0..<count where k != kept && words[k].rootLabelled { words[k].relabel = .punct }
            }
        }
    }
}
