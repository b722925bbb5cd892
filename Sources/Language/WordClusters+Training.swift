import Foundation

/// Learning word classes with the exchange algorithm (Kneser & Ney 1993; Martin, Liermann &
/// Ney 1998): start from a round-robin assignment and move each word to the class that most
/// raises the likelihood of a class bigram model of the text, until few words move. The fine
/// classes are then grouped into coarse ones by the same algorithm run over the classes.
extension WordClusters {
    /// Learns classes from `sentences` (each a list of `WordInfo.lower` hashes): words seen at
    /// least `minCount` times get one of `fine` classes and one of `coarse` groups of them.
    /// Deterministic: words are visited by falling frequency, ties by hash. `names` (hash →
    /// a form) only serves the log, which lists the most frequent words of some classes.
    static func train(_ sentences: [[UInt64]], names: [UInt64: String] = [:], fine: Int = 256, coarse: Int = 32,
                      minCount: Int = 3, iterations: Int = 12, log: (String) -> Void = { _ in }) -> WordClusters {
        var counts: [UInt64: Int] = [:]
        for s in sentences { for w in s { counts[w, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minCount }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        guard vocabulary.count > fine, fine > coarse, coarse > 1, fine < 0xFFFF, coarse < 0xFF else { return .empty }
        // Items 0 and 1 are the sentence boundary and all rare words; they keep classes of their own.
        var id: [UInt64: Int32] = [:]
        for (n, w) in vocabulary.enumerated() { id[w] = Int32(n + 2) }
        var pairs: [UInt64: Int] = [:]
        for s in sentences {
            var previous: Int32 = 0
            for w in s {
                let current = id[w] ?? 1
                pairs[UInt64(UInt32(previous)) << 32 | UInt64(UInt32(current)), default: 0] += 1
                previous = current
            }
            pairs[UInt64(UInt32(previous)) << 32, default: 0] += 1
        }
        let graph = BigramGraph(items: vocabulary.count + 2, pairs: pairs.map { (Int($0.key >> 32), Int($0.key & 0xFFFF_FFFF), $0.value) })
        let fineOf = graph.exchange(classes: fine, fixed: 2, iterations: iterations, log: { log("word classes: \($0)") })
        // Group the fine classes: the same algorithm over the class bigram counts.
        var classPairs: [Int: Int] = [:]
        let classCount = fine + 2
        for (a, b, n) in graph.edges { classPairs[fineOf[a] * classCount + fineOf[b], default: 0] += n }
        let classGraph = BigramGraph(items: classCount, pairs: classPairs.map { ($0.key / classCount, $0.key % classCount, $0.value) },
                                     order: [fine, fine + 1] + Array(0..<fine))
        let coarseOf = classGraph.exchange(classes: coarse, fixed: 2, iterations: iterations,
                                           log: { log("class groups: \($0)") })
        var classes: [UInt64: UInt32] = [:]
        for (n, w) in vocabulary.enumerated() {
            let f = fineOf[n + 2]
            classes[w] = UInt32(f + 1) | UInt32(coarseOf[f] + 1) << 16
        }
        log("word classes: \(vocabulary.count) words in \(fine) classes, \(coarse) groups")
        if !names.isEmpty {
            for f in stride(from: 0, to: fine, by: max(1, fine / 8)) {
                let members = vocabulary.indices.filter { fineOf[$0 + 2] == f }.prefix(8).map { names[vocabulary[$0]] ?? "?" }
                log("  class \(f + 1) (group \(coarseOf[f] + 1)): \(members.joined(separator: " "))")
            }
        }
        return WordClusters(classes: classes)
    }

    /// These classes with each word's capitalisation bucket (`capitalisationBucket`) counted
    /// over `sentences` (each a list of `WordInfo`s): only words after a word with letters in a
    /// sentence that is not a headline (`WordInfo.style` below 2) count, so sentence starts,
    /// words after quotes and titles in capitals say nothing.
    func withCapitalisation(of sentences: [[WordInfo]]) -> WordClusters {
        var counts: [UInt64: (capitalised: Int, lowercase: Int)] = [:]
        for words in sentences where WordInfo.style(words) < 2 {
            for i in words.indices.dropFirst() where words[i].casing > 0 && words[i - 1].casing > 0 {
                guard classes[words[i].lower] != nil else { continue }
                if words[i].casing >= 2 {
                    counts[words[i].lower, default: (0, 0)].capitalised += 1
                } else {
                    counts[words[i].lower, default: (0, 0)].lowercase += 1
                }
            }
        }
        var marked = classes
        for (word, n) in counts {
            guard let c = marked[word] else { continue }
            marked[word] = c & 0x00FF_FFFF | Self.capitalisationBucket(capitalised: n.capitalised, lowercase: n.lowercase) << 24
        }
        return WordClusters(classes: marked)
    }
}

/// Items (words or classes) with bigram counts between them, for the exchange algorithm.
private struct BigramGraph {
    /// (left item, right item, count), one per distinct pair.
    let edges: [(Int, Int, Int)]
    /// Right neighbours of each item (CSR: `rightStart[i]..<rightStart[i + 1]` into `right`).
    private var rightStart: [Int], right: [(item: Int, count: Int)]
    /// Left neighbours of each item.
    private var leftStart: [Int], left: [(item: Int, count: Int)]
    /// Count of item i as the left / right member of a pair.
    private var outCount: [Int], inCount: [Int]
    /// Position of each outside identifier (items are renumbered by `order`).
    private var position: [Int]

    /// `pairs` use outside identifiers 0..<items; `order` lists them with the fixed items first
    /// (identity when nil).
    init(items: Int, pairs: [(Int, Int, Int)], order: [Int]? = nil) {
        var position = [Int](repeating: 0, count: items)
        for (n, o) in (order ?? Array(0..<items)).enumerated() { position[o] = n }
        self.position = position
        let renamed = pairs.map { (position[$0.0], position[$0.1], $0.2) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        edges = pairs
        outCount = [Int](repeating: 0, count: items)
        inCount = [Int](repeating: 0, count: items)
        rightStart = [Int](repeating: 0, count: items + 1)
        leftStart = [Int](repeating: 0, count: items + 1)
        for (a, b, n) in renamed {
            outCount[a] += n; inCount[b] += n
            rightStart[a + 1] += 1; leftStart[b + 1] += 1
        }
        for i in 0..<items { rightStart[i + 1] += rightStart[i]; leftStart[i + 1] += leftStart[i] }
        right = [(item: Int, count: Int)](repeating: (0, 0), count: renamed.count)
        left = right
        var r = rightStart, l = leftStart
        for (a, b, n) in renamed {
            right[r[a]] = (b, n); r[a] += 1
            left[l[b]] = (a, n); l[b] += 1
        }
    }

    /// The class of each item (indexed by outside identifier): items at internal positions
    /// below `fixed` get classes `classes`, `classes + 1`, …; the others one of `classes`.
    func exchange(classes: Int, fixed: Int, iterations: Int, log: (String) -> Void) -> [Int] {
        let items = outCount.count
        let k = classes + fixed
        var cls = [Int](repeating: 0, count: items)
        for i in 0..<items { cls[i] = i < fixed ? classes + i : (i - fixed) % classes }
        var m = [Int](repeating: 0, count: k * k)
        var nOut = [Int](repeating: 0, count: k), nIn = [Int](repeating: 0, count: k)
        for a in 0..<items {
            nOut[cls[a]] += outCount[a]; nIn[cls[a]] += inCount[a]
            for e in rightStart[a]..<rightStart[a + 1] { m[cls[a] * k + cls[right[e].item]] += right[e].count }
        }
        let g = XLogX(limit: 1 << 20)
        var rw = [Int](repeating: 0, count: k), lw = [Int](repeating: 0, count: k)
        var touchedR: [Int] = [], touchedL: [Int] = []
        for iteration in 1...max(1, iterations) {
            var moved = 0
            for w in fixed..<items {
                let a = cls[w]
                var selfCount = 0
                for e in rightStart[w]..<rightStart[w + 1] {
                    let (v, n) = right[e]
                    if v == w { selfCount = n; continue }
                    if rw[cls[v]] == 0 { touchedR.append(cls[v]) }
                    rw[cls[v]] += n
                }
                for e in leftStart[w]..<leftStart[w + 1] {
                    let (u, n) = left[e]
                    if u == w { continue }
                    if lw[cls[u]] == 0 { touchedL.append(cls[u]) }
                    lw[cls[u]] += n
                }
                let wOut = outCount[w], wIn = inCount[w]
                // Take w out of its class.
                for d in touchedR { m[a * k + d] -= rw[d] }
                for c in touchedL { m[c * k + a] -= lw[c] }
                m[a * k + a] -= selfCount
                nOut[a] -= wOut; nIn[a] -= wIn
                var best = a, bestGain = -Double.infinity
                for b in 0..<classes {
                    var gain = 0.0
                    for d in touchedR where d != b {
                        let x = m[b * k + d]
                        gain += g[x + rw[d]] - g[x]
                    }
                    for c in touchedL where c != b {
                        let x = m[c * k + b]
                        gain += g[x + lw[c]] - g[x]
                    }
                    let diagonal = m[b * k + b]
                    gain += g[diagonal + rw[b] + lw[b] + selfCount] - g[diagonal]
                    gain -= g[nOut[b] + wOut] - g[nOut[b]] + g[nIn[b] + wIn] - g[nIn[b]]
                    if gain > bestGain + 1e-9 || (b == a && gain >= bestGain - 1e-9) { best = b; bestGain = gain }
                }
                // Put it into the best class.
                for d in touchedR { m[best * k + d] += rw[d]; rw[d] = 0 }
                for c in touchedL { m[c * k + best] += lw[c]; lw[c] = 0 }
                m[best * k + best] += selfCount
                nOut[best] += wOut; nIn[best] += wIn
                touchedR.removeAll(keepingCapacity: true)
                touchedL.removeAll(keepingCapacity: true)
                if best != a { cls[w] = best; moved += 1 }
            }
            log("pass \(iteration): \(moved) of \(items - fixed) moved")
            if moved * 200 < items { break }
        }
        return position.map { cls[$0] }
    }
}

/// x·ln x for counts, tabulated below a limit.
private struct XLogX {
    private let table: [Double]

    init(limit: Int) {
        table = (0..<limit).map { $0 > 0 ? Double($0) * log(Double($0)) : 0 }
    }

    subscript(x: Int) -> Double {
        x < table.count ? (x > 0 ? table[x] : 0) : Double(x) * log(Double(x))
    }
}
