/// Word classes learned from unlabelled text (`WordClusters.train`): words that occur in
/// similar contexts share a class, so the tagger and parser can generalise from words seen in
/// the treebank to words seen only in raw text (`Kyiv` behaves like `Berlin`).
///
/// Each known word has a fine class and a coarse class (a grouping of the fine classes); the
/// classes are stored in the model file and written into each word's `WordInfo`.
struct WordClusters: Sendable {
    /// Lowercased-form hash (`WordInfo.lower`) → fine class + 1 (low 16 bits), coarse class
    /// + 1 (bits 16–23) and capitalisation bucket (bits 24–31, `capitalisationBucket`; 0 in
    /// models trained before it).
    let classes: [UInt64: UInt32]

    /// No classes: every word reads as unknown (class 0).
    static let empty = WordClusters(classes: [:])

    /// The `WordInfo` of each token of one sentence, with its classes and spacing. With
    /// `pretokenized`, the tokens' whitespace says nothing (every token was between spaces), so
    /// the spacing is the one PTB detokenisation gives (`PTBSpacing`).
    func words(_ tokens: some Collection<Token>, pretokenized: Bool = false) -> [WordInfo] {
        var words = tokens.map { WordInfo($0.form) }
        let guessed = pretokenized ? PTBSpacing.spaceAfter(tokens.map(\.form)) : nil
        var spaceBefore = true
        for (i, token) in zip(words.indices, tokens) {
            let spaceAfter = guessed?[i] ?? token.spaceAfter
            words[i].spacing = (spaceBefore ? 1 : 0) | (spaceAfter ? 2 : 0)
            spaceBefore = spaceAfter
        }
        assign(&words)
        return words
    }

    /// Sets the cluster fields of `words` (0 for words without a class).
    func assign(_ words: inout [WordInfo]) {
        guard !classes.isEmpty else { return }
        for i in words.indices {
            guard let c = classes[words[i].lower] else { continue }
            words[i].fineCluster = UInt64(c & 0xFFFF)
            words[i].coarseCluster = UInt64((c >> 16) & 0xFF)
            words[i].capitalisation = UInt64(c >> 24)
        }
    }

    /// How often a word is written capitalised inside a sentence of ordinary casing, as a
    /// bucket: 0 never seen there, then 1 (under 5 % of the time) to 5 (95 % or more).
    static func capitalisationBucket(capitalised: Int, lowercase: Int) -> UInt32 {
        let total = capitalised + lowercase
        guard total > 0 else { return 0 }
        let percent = capitalised * 100 / total
        return percent < 5 ? 1 : percent < 35 ? 2 : percent < 65 ? 3 : percent < 95 ? 4 : 5
    }

    /// Whether `lowercased` (a lowercased word without digits) has a class, i.e. was seen in
    /// the text the classes were learned from.
    func contains(_ lowercased: String) -> Bool {
        classes[FeatureHash.bytes(lowercased.utf8)] != nil
    }

    /// Writes the classes (keys sorted, so output is deterministic).
    func encode(into w: inout BinaryWriter) {
        let keys = classes.keys.sorted()
        w.array(keys)
        w.array(keys.map { classes[$0] ?? 0 })
    }

    /// Reads classes written by `encode(into:)`.
    /// - Throws: `ModelError` when the section is truncated or its lists differ in length.
    init(decoding r: inout BinaryReader) throws(ModelError) {
        let keys = try r.array(of: UInt64.self), values = try r.array(of: UInt32.self)
        guard keys.count == values.count else {
            throw .malformed(section: "WCLS", reason: "word and class lists differ")
        }
        self.init(classes: Dictionary(zip(keys, values), uniquingKeysWith: { a, _ in a }))
    }

    init(classes: [UInt64: UInt32]) {
        self.classes = classes
    }
}
