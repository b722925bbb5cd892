/// The supertagger's feature templates: the word and its neighbours with their POS tags, tag
/// n-grams around it, the two previous supertags, word classes, and where the nearest verbs
/// are.
enum SupertaggerFeatures {
    /// What the templates read of one sentence, computed once for all its words.
    struct Context {
        /// The words.
        let words: [WordInfo]
        /// Tag class + 2 of each word.
        let tags: [UInt64]
        /// For each word, the distance to the nearest verb or auxiliary on its left (bucketed;
        /// 0 none) and on its right.
        let verbLeft: [UInt64], verbRight: [UInt64]

        /// Reads `words` with their tag classes; `coarse` maps a tag class to its UPOS raw value.
        init(_ words: [WordInfo], tags: [Int], coarse: [Int]) {
            self.words = words
            self.tags = tags.map { UInt64($0 + 2) }
            let verb = Int(UPOS.VERB.rawValue), aux = Int(UPOS.AUX.rawValue)
            let isVerb = words.indices.map { i in
                i < tags.count && tags[i] >= 0 && tags[i] < coarse.count && (coarse[tags[i]] == verb || coarse[tags[i]] == aux)
            }
            func bucket(_ d: Int) -> UInt64 { d <= 0 ? 0 : d == 1 ? 1 : d <= 3 ? 2 : d <= 6 ? 3 : 4 }
            var left = [UInt64](repeating: 0, count: words.count), right = left
            var last = -1
            for i in words.indices {
                left[i] = last < 0 ? 0 : bucket(i - last)
                if isVerb[i] { last = i }
            }
            last = -1
            for i in words.indices.reversed() {
                right[i] = last < 0 ? 0 : bucket(last - i)
                if isVerb[i] { last = i }
            }
            verbLeft = left
            verbRight = right
        }
    }

    /// Fills `out` with the features of word `i`, given the previous two supertags (class
    /// numbers; -1 before the sentence start).
    static func extract(_ c: Context, _ i: Int, prev: Int, prev2: Int, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let words = c.words
        @inline(__always) func t(_ k: Int) -> UInt64 { k < 0 ? 1 : k < c.tags.count ? c.tags[k] : 0 }
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : .none
        let n1 = i + 1 < words.count ? words[i + 1] : .none
        let s1 = UInt64(bitPattern: Int64(prev + 2)), s2 = UInt64(bitPattern: Int64(prev2 + 2))
        let t0 = t(i), tp1 = t(i - 1), tp2 = t(i - 2), tn1 = t(i + 1), tn2 = t(i + 2), tn3 = t(i + 3)
        let edge = UInt64((i == 0 ? 1 : 0) | (i + 1 == words.count ? 2 : 0))
        typealias H = FeatureHash
        out.append(H.feature(1, 0))
        out.append(H.feature(2, w.lower))
        out.append(H.feature(3, t0))
        out.append(H.feature(4, w.lower, t0))
        out.append(H.feature(5, tp1, t0))
        out.append(H.feature(6, t0, tn1))
        out.append(H.feature(7, tp1, t0, tn1))
        out.append(H.feature(8, t0, tn1, tn2))
        out.append(H.feature(9, tp2, tp1, t0))
        out.append(H.feature(10, p1.lower, t0))
        out.append(H.feature(11, n1.lower, t0))
        out.append(H.feature(12, s1))
        out.append(H.feature(13, s1, t0))
        out.append(H.feature(14, s2, s1, t0))
        out.append(H.feature(15, w.fineCluster, t0))
        out.append(H.feature(16, n1.fineCluster, t0, tn1))
        out.append(H.feature(17, w.suffix3, t0))
        out.append(H.feature(18, t0, tn1, tn2 << 16 | tn3))
        out.append(H.feature(19, tp1, s1, t0))
        out.append(H.feature(20, p1.fineCluster, t0))
        out.append(H.feature(21, w.lower, n1.lower))
        out.append(H.feature(22, w.lower, tn1))
        out.append(H.feature(23, t0, c.verbLeft[i], c.verbRight[i]))
        out.append(H.feature(24, w.lower, c.verbLeft[i], c.verbRight[i]))
        out.append(H.feature(25, t0, edge, s1))
    }
}
