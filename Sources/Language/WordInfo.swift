/// The hashed, precomputed view of one word that the tagger and parser features read.
struct WordInfo: Sendable {
    /// Lowercased form (numbers collapse to their shape).
    var lower: UInt64
    /// Exact form (keeps capitalisation).
    var exact: UInt64
    var prefix1: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    /// Word shape with runs capped at two: `Blinken` → `Xxx`, `2014` → `dd`.
    var shape: UInt64
    /// 0 no letters, 1 starts lowercase, 2 capitalised, 3 all capitals.
    var casing: UInt8
    /// The word's fine class from `WordClusters` + 1 (0: no class).
    var fineCluster: UInt64 = 0
    /// The word's coarse class from `WordClusters` + 1 (0: no class).
    var coarseCluster: UInt64 = 0
    /// How often the word is capitalised inside sentences of the unlabelled text
    /// (`WordClusters.capitalisationBucket`; 0: unknown).
    var capitalisation: UInt64 = 0
    /// The word's supertag (`Supertagger.feature(of:)`; 0: none).
    var supertag: UInt64 = 0
    /// Whitespace around the token: 1 space before it (or the sentence starts), 2 space
    /// after it, 3 both, 0 neither; a hyphen inside `well-known` reads 0, a spaced dash 3.
    var spacing: UInt64 = 0

    /// The stand-in for positions before the sentence start or after its end.
    static let none = WordInfo(lower: 1, exact: 1, prefix1: 1, suffix1: 1, suffix2: 1, suffix3: 1, suffix4: 1, shape: 1,
                               casing: 0)

    private init(lower: UInt64, exact: UInt64, prefix1: UInt64, suffix1: UInt64, suffix2: UInt64,
                 suffix3: UInt64, suffix4: UInt64, shape: UInt64, casing: UInt8) {
        self.lower = lower
        self.exact = exact
        self.prefix1 = prefix1
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.shape = shape
        self.casing = casing
    }

    /// Computes the view of `form`; PTB escapes (`` `` ``, `''`, `-LRB-`) read as the
    /// characters they stand for.
    init(_ form: String) {
        let normal = WordInfo.ptbEscapes[form] ?? form
        var low: [UInt8] = []
        var shape: [UInt8] = []
        low.reserveCapacity(normal.utf8.count)
        var hasDigit = false
        var upper = 0, lowerCount = 0, firstLetter: UInt8 = 0
        for c in normal.utf8 {
            if Tokenizer.isLetter(c) {
                if firstLetter == 0 { firstLetter = c }
                if c < 0x61 { upper += 1 } else { lowerCount += 1 }
            }
            low.append(Tokenizer.lower(c))
            let s: UInt8
            switch c {
            case 0x41...0x5A: s = UInt8(ascii: "X")
            case 0x61...0x7A: s = UInt8(ascii: "x")
            case 0x30...0x39: s = UInt8(ascii: "d"); hasDigit = true
            case 0x80...0xBF: continue
            case 0xC0...: s = UInt8(ascii: "u")
            default: s = c
            }
            let n = shape.count
            if n >= 2, shape[n - 1] == s, shape[n - 2] == s { continue }
            shape.append(s)
        }
        let shapeHash = FeatureHash.bytes(shape)
        let n = low.count
        lower = hasDigit ? FeatureHash.mix(0xD161, shapeHash) : FeatureHash.bytes(low)
        exact = FeatureHash.bytes(normal.utf8)
        prefix1 = FeatureHash.bytes(low.prefix(1))
        suffix1 = FeatureHash.bytes(low[max(0, n - 1)...])
        suffix2 = FeatureHash.bytes(low[max(0, n - 2)...])
        suffix3 = FeatureHash.bytes(low[max(0, n - 3)...])
        suffix4 = FeatureHash.bytes(low[max(0, n - 4)...])
        self.shape = shapeHash
        casing = firstLetter == 0 ? 0 : lowerCount == 0 && upper > 1 ? 3 : firstLetter < 0x61 ? 2 : 1
    }

    /// The casing style of a sentence: 0 mostly lowercase words, 1 mixed, 2 mostly
    /// capitalised (a headline or title), 3 mostly all capitals.
    static func style(_ words: [WordInfo]) -> UInt64 {
        var letters = 0, caps = 0, allCaps = 0
        for w in words where w.casing > 0 {
            letters += 1
            if w.casing >= 2 { caps += 1 }
            if w.casing == 3 { allCaps += 1 }
        }
        guard letters > 0 else { return 0 }
        if allCaps * 10 > letters * 6 { return 3 }
        return caps * 10 > letters * 6 ? 2 : caps * 10 > letters * 3 ? 1 : 0
    }

    /// PTB bracket and quote escapes as found in CaRB-style pre-tokenised text.
    static let ptbEscapes: [String: String] = [
        "``": "\"", "''": "\"", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
        "-LCB-": "{", "-RCB-": "}",
    ]
}
