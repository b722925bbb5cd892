/// The parser's feature templates (after Zhang & Nivre 2011, adapted to arc-hybrid): words
/// and tags of the top three stack items and the first three buffer items, the tags and
/// labels of their outermost dependents, valencies, distance, word classes (`WordClusters`)
/// of the top of the stack and the buffer, and combinations.
enum ParserFeatures {
    /// Per word, the number of commas and semicolons before it (one more entry than words),
    /// for the "punctuation between" features.
    static func punctuationBefore(_ words: [WordInfo]) -> [Int] {
        var out = [0]
        out.reserveCapacity(words.count + 1)
        for w in words { out.append(out[out.count - 1] + (w.lower == comma || w.lower == semicolon ? 1 : 0)) }
        return out
    }

    private static let comma = FeatureHash.string(",")
    private static let semicolon = FeatureHash.string(";")

    /// Fills `out` with the features of `state` over the sentence's `words` and tag classes;
    /// `punctuation` is `punctuationBefore(words)`.
    static func extract(_ state: ParserState, _ words: [WordInfo], _ tags: [Int], _ punctuation: [Int],
                        coarse: [Int], into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        @inline(__always) func w(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].lower : (i < 0 ? 1 : 3) }
        @inline(__always) func t(_ i: Int) -> UInt64 { i >= 0 && i < tags.count ? UInt64(tags[i] + 2) : (i < 0 ? 1 : 0) }
        @inline(__always) func c(_ i: Int) -> UInt64 {
            i >= 0 && i < tags.count && tags[i] < coarse.count ? UInt64(coarse[tags[i]] + 2) : (i < 0 ? 1 : 0)
        }
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(state.labels[i] + 2) : 1 }
        @inline(__always) func at(_ a: [Int], _ i: Int) -> Int { i >= 0 ? a[i] : -1 }
        @inline(__always) func fc(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].fineCluster : (i < 0 ? 1 : 3) }
        @inline(__always) func cc(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].coarseCluster : (i < 0 ? 1 : 3) }
        @inline(__always) func st(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].supertag : (i < 0 ? 1 : 3) }
        typealias H = FeatureHash
        let s0 = state.s(0), s1 = state.s(1), s2 = state.s(2)
        let b0 = state.b(0), b1 = state.b(1), b2 = state.b(2)
        let s0l1 = at(state.left1, s0), s0l2 = at(state.left2, s0)
        let s0r1 = at(state.right1, s0), s0r2 = at(state.right2, s0)
        let b0l1 = at(state.left1, b0), b0l2 = at(state.left2, b0)
        let s1r1 = at(state.right1, s1)
        let ws0 = w(s0), ts0 = t(s0), ws1 = w(s1), ts1 = t(s1), wb0 = w(b0), tb0 = t(b0)
        let wb1 = w(b1), tb1 = t(b1), tb2 = t(b2), ts2 = t(s2)
        var dist: UInt64 = 0
        if s0 >= 0, b0 >= 0 { dist = UInt64(min(b0 - s0, 6) + (b0 - s0 > 9 ? 2 : b0 - s0 > 6 ? 1 : 0)) }
        let s0v = UInt64(s0 >= 0 ? state.leftCount[s0] * 8 + min(state.rightCount[s0], 7) : 255)
        let b0v = UInt64(b0 >= 0 ? state.leftCount[b0] : 255)

        out.append(H.feature(1, 0))
        out.append(H.feature(2, ws0))
        out.append(H.feature(3, ts0))
        out.append(H.feature(4, ws0, ts0))
        out.append(H.feature(5, ws1))
        out.append(H.feature(6, ts1))
        out.append(H.feature(7, ws1, ts1))
        out.append(H.feature(8, wb0))
        out.append(H.feature(9, tb0))
        out.append(H.feature(10, wb0, tb0))
        out.append(H.feature(11, wb1))
        out.append(H.feature(12, tb1))
        out.append(H.feature(13, wb1, tb1))
        out.append(H.feature(14, w(b2), tb2))
        out.append(H.feature(15, ts2))
        out.append(H.feature(16, ws0, ts0, wb0))
        out.append(H.feature(17, ws0, ts0, tb0))
        out.append(H.feature(18, ws0, wb0, tb0))
        out.append(H.feature(19, ts0, wb0, tb0))
        out.append(H.feature(20, ws0, wb0))
        out.append(H.feature(21, ts0, tb0))
        out.append(H.feature(22, tb0, tb1))
        out.append(H.feature(23, ws0, ts0, ts1))
        out.append(H.feature(24, ts0, ws1, ts1))
        out.append(H.feature(25, ws0, ws1))
        out.append(H.feature(26, ts0, ts1))
        out.append(H.feature(27, tb0, tb1, tb2))
        out.append(H.feature(28, ts0, tb0, tb1))
        out.append(H.feature(29, ts1, ts0, tb0))
        out.append(H.feature(30, ts2, ts1, ts0))
        out.append(H.feature(31, ts0, t(s0l1), tb0))
        out.append(H.feature(32, ts0, t(s0r1), tb0))
        out.append(H.feature(33, ts0, tb0, t(b0l1)))
        out.append(H.feature(34, ts0, t(s0l1), t(s0l2)))
        out.append(H.feature(35, ts0, t(s0r1), t(s0r2)))
        out.append(H.feature(36, tb0, t(b0l1), t(b0l2)))
        out.append(H.feature(37, ts1, ts0, t(s1r1)))
        out.append(H.feature(38, ws0, dist))
        out.append(H.feature(39, wb0, dist))
        out.append(H.feature(40, ts0, tb0, dist))
        out.append(H.feature(41, ws0, s0v))
        out.append(H.feature(42, ts0, s0v))
        out.append(H.feature(43, wb0, b0v))
        out.append(H.feature(44, tb0, b0v))
        out.append(H.feature(45, ts0, l(s0l1), l(s0r1)))
        out.append(H.feature(46, ws0, l(s0l1), l(s0l2)))
        out.append(H.feature(47, ws0, l(s0r1), l(s0r2)))
        out.append(H.feature(48, wb0, l(b0l1), l(b0l2)))
        out.append(H.feature(49, tb0, l(b0l1)))
        out.append(H.feature(50, ts1, l(s1r1)))
        out.append(H.feature(51, w(s0l1), ts0))
        out.append(H.feature(52, w(s0r1), ts0))
        out.append(H.feature(53, w(b0l1), tb0))
        let cs0 = c(s0), cs1 = c(s1), cb0 = c(b0), cb1 = c(b1)
        out.append(H.feature(59, cs0, cb0))
        out.append(H.feature(60, cs1, cs0, cb0))
        out.append(H.feature(61, cs0, cb0, cb1))
        out.append(H.feature(62, ws0, cb0))
        out.append(H.feature(63, cs0, wb0))
        out.append(H.feature(64, cs1, cs0, dist))
        out.append(H.feature(65, cs0, c(s0l1), c(s0r1)))
        out.append(H.feature(66, cb0, c(b0l1), cs0))
        let fs0 = fc(s0), fb0 = fc(b0)
        out.append(H.feature(67, fs0, fb0))
        out.append(H.feature(68, fs0, tb0))
        out.append(H.feature(69, ts0, fb0))
        out.append(H.feature(70, fs0))
        out.append(H.feature(71, fb0))
        out.append(H.feature(72, cc(s0), cc(b0), dist))
        if words.first?.supertag ?? 0 > 0 {
            let sts0 = st(s0), stb0 = st(b0), sts1 = st(s1), stb1 = st(b1)
            out.append(H.feature(73, sts0))
            out.append(H.feature(74, stb0))
            out.append(H.feature(75, sts1))
            out.append(H.feature(76, stb1))
            out.append(H.feature(77, sts0, stb0))
            out.append(H.feature(78, sts1, sts0))
            out.append(H.feature(79, sts0, tb0))
            out.append(H.feature(80, ts0, stb0))
            out.append(H.feature(81, sts0, stb0, dist))
            out.append(H.feature(82, stb0, stb1))
            out.append(H.feature(83, sts1, sts0, stb0))
        }
        if s1 >= 0 {
            let gap = UInt64(min(s0 - s1, 8))
            let between = UInt64(min(punctuation[s0] - punctuation[s1 + 1], 2))
            out.append(H.feature(54, gap, ts1, ts0))
            out.append(H.feature(55, gap, ws1, ts0))
            out.append(H.feature(56, between, ts1, ts0))
        }
        if s0 >= 0, b0 >= 0 {
            let between = UInt64(min(punctuation[min(b0, words.count)] - punctuation[s0 + 1], 2))
            out.append(H.feature(57, between, ts0, tb0))
            out.append(H.feature(58, between, ws0, dist))
        }
    }
}

extension ParserFeatures {
    /// Fills `out` with the features for labelling the arc `head` → `dep` (the dependent's
    /// own dependents are all attached by now).
    static func label(_ state: ParserState, dep d: Int, head h: Int, _ words: [WordInfo], _ tags: [Int],
                      into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        @inline(__always) func w(_ i: Int) -> UInt64 { i >= 0 && i < words.count ? words[i].lower : 1 }
        @inline(__always) func t(_ i: Int) -> UInt64 { i >= 0 && i < tags.count ? UInt64(tags[i] + 2) : 1 }
        @inline(__always) func l(_ i: Int) -> UInt64 { i >= 0 ? UInt64(state.labels[i] + 2) : 1 }
        @inline(__always) func at(_ a: [Int], _ i: Int) -> Int { i >= 0 ? a[i] : -1 }
        typealias H = FeatureHash
        let dir: UInt64 = d < h ? 1 : 2
        let wd = w(d), td = t(d), wh = w(h), th = t(h)
        let dl1 = at(state.left1, d), dl2 = at(state.left2, d), dr1 = at(state.right1, d)
        let hl1 = at(state.left1, h), hr1 = at(state.right1, h)
        let gap = UInt64(h >= 0 ? min(abs(h - d), 8) : 0)
        out.append(H.feature(101, dir))
        out.append(H.feature(102, wd, dir))
        out.append(H.feature(103, td, dir))
        out.append(H.feature(104, wh, dir))
        out.append(H.feature(105, th, dir))
        out.append(H.feature(106, td, th, dir))
        out.append(H.feature(107, wd, th, dir))
        out.append(H.feature(108, td, wh, dir))
        out.append(H.feature(109, wd, wh, dir))
        out.append(H.feature(110, gap, td, th))
        out.append(H.feature(111, l(dl1), l(dr1), td))
        out.append(H.feature(112, t(dl1), td, dir))
        out.append(H.feature(113, t(dr1), td, dir))
        out.append(H.feature(114, l(hl1), th, dir))
        out.append(H.feature(115, l(hr1), th, dir))
        out.append(H.feature(116, t(d - 1), td, t(d + 1)))
        out.append(H.feature(117, w(dl1), td, th))
        out.append(H.feature(118, w(dl2), w(dl1), td))
        out.append(H.feature(119, UInt64(state.leftCount[d] * 8 + min(state.rightCount[d], 7)), td, dir))
        out.append(H.feature(120, t(h - 1), th, t(h + 1)))
        out.append(H.feature(121, words[d].suffix3, td, dir))
        out.append(H.feature(122, l(dl1), w(dl1), th))
        let fd = words[d].fineCluster, fh = h >= 0 && h < words.count ? words[h].fineCluster : 1
        out.append(H.feature(123, fd, fh, dir))
        out.append(H.feature(124, fd, th, dir))
        out.append(H.feature(125, td, fh, dir))
        if words[d].supertag > 0 {
            out.append(H.feature(126, words[d].supertag, dir))
            out.append(H.feature(127, words[d].supertag, td, th))
        }
    }
}
