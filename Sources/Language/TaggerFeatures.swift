/// The tagger's feature templates: the word, its affixes and shape, its neighbours, the
/// two previous predicted tags, and the ambiguity classes (the tags seen in training) of the
/// word and the next two words, the word classes (`WordClusters`) of the word and its neighbours,
/// and how often the word and its neighbours are capitalised in running text
/// (`WordInfo.capitalisation`: `Union` mostly is, `Applause` is not).
enum TaggerFeatures {
    /// Fills `out` with the features of word `i` of `words` (with their ambiguity classes and
    /// the sentence's casing style), given the previous two tags (class numbers; -1 before the
    /// sentence start).
    static func extract(_ words: [WordInfo], _ ambiguity: [UInt64], style: UInt64, _ i: Int, prev: Int, prev2: Int,
                        into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let w = words[i]
        let p1 = i >= 1 ? words[i - 1] : .none, p2 = i >= 2 ? words[i - 2] : .none
        let n1 = i + 1 < words.count ? words[i + 1] : .none, n2 = i + 2 < words.count ? words[i + 2] : .none
        let t1 = UInt64(bitPattern: Int64(prev + 2)), t2 = UInt64(bitPattern: Int64(prev2 + 2))
        typealias H = FeatureHash
        out.append(H.feature(1, 0))
        out.append(H.feature(2, w.lower))
        out.append(H.feature(3, w.exact))
        out.append(H.feature(4, w.prefix1))
        out.append(H.feature(5, w.suffix1))
        out.append(H.feature(6, w.suffix2))
        out.append(H.feature(7, w.suffix3))
        out.append(H.feature(8, w.suffix4))
        out.append(H.feature(9, w.shape))
        out.append(H.feature(10, t1))
        out.append(H.feature(11, t2))
        out.append(H.feature(12, t1, t2))
        out.append(H.feature(13, t1, w.lower))
        out.append(H.feature(14, p1.lower))
        out.append(H.feature(15, p1.suffix3))
        out.append(H.feature(16, p2.lower))
        out.append(H.feature(17, n1.lower))
        out.append(H.feature(18, n1.suffix3))
        out.append(H.feature(19, n2.lower))
        out.append(H.feature(20, n1.shape))
        out.append(H.feature(21, p1.shape))
        out.append(H.feature(22, i == 0 ? 1 : 2, w.shape))
        out.append(H.feature(23, p1.lower, w.lower))
        out.append(H.feature(24, w.lower, n1.lower))
        out.append(H.feature(25, t1, w.suffix3))
        out.append(H.feature(26, w.suffix2, n1.suffix2))
        let a0 = ambiguity[i], a1 = i + 1 < words.count ? ambiguity[i + 1] : 1, a2 = i + 2 < words.count ? ambiguity[i + 2] : 1
        out.append(H.feature(27, a0))
        out.append(H.feature(28, a1))
        out.append(H.feature(29, a2))
        out.append(H.feature(30, t1, a0))
        out.append(H.feature(31, a0, a1))
        out.append(H.feature(32, t1, a1))
        out.append(H.feature(33, a0, w.suffix3))
        out.append(H.feature(34, style, w.shape))
        out.append(H.feature(35, style, w.lower))
        out.append(H.feature(36, style, a0, i == 0 ? 1 : 2))
        out.append(H.feature(37, w.fineCluster))
        out.append(H.feature(38, w.coarseCluster))
        out.append(H.feature(39, n1.fineCluster))
        out.append(H.feature(40, p1.fineCluster))
        out.append(H.feature(41, t1, w.fineCluster))
        out.append(H.feature(42, p1.coarseCluster, w.fineCluster))
        out.append(H.feature(43, w.fineCluster, n1.coarseCluster))
        out.append(H.feature(44, n2.fineCluster))
        if w.casing == 0 { out.append(H.feature(45, w.exact, w.spacing)) }
        out.append(H.feature(46, w.capitalisation, UInt64(w.casing) | (i == 0 ? 4 : 0), style))
        out.append(H.feature(47, w.capitalisation, UInt64(w.casing)))
        out.append(H.feature(48, w.capitalisation | UInt64(w.casing) << 4, n1.capitalisation | UInt64(n1.casing) << 4))
        out.append(H.feature(49, p1.capitalisation | UInt64(p1.casing) << 4, w.capitalisation | UInt64(w.casing) << 4))
    }
}
