import Testing
@testable import Language

@Suite struct WordClustersTests {
    static let nouns = ["cat", "dog", "bird", "horse", "fish", "goat", "mouse", "sheep"]
    static let verbs = ["sees", "likes", "follows", "feeds", "chases", "hears"]
    static let adjectives = ["big", "small", "old", "young", "brown"]

    /// Sentences of a toy language: `the [adjective] noun verb a [adjective] noun`, drawn
    /// with a fixed generator.
    static func corpus(sentences: Int, seed: UInt64) -> [[String]] {
        var rng = SplitMix64(seed: seed)
        func pick(_ words: [String]) -> String { words[Int(rng.next() % UInt64(words.count))] }
        return (0..<sentences).map { _ in
            var s = ["the"]
            if rng.next() % 2 == 0 { s.append(pick(adjectives)) }
            s += [pick(nouns), pick(verbs), "a"]
            if rng.next() % 2 == 0 { s.append(pick(adjectives)) }
            s.append(pick(nouns))
            return s
        }
    }

    static func train(_ corpus: [[String]]) -> WordClusters {
        WordClusters.train(corpus.map { $0.map { WordInfo($0).lower } }, fine: 4, coarse: 2, minCount: 1)
    }

    static func fine(_ clusters: WordClusters, _ word: String) -> UInt32? {
        clusters.classes[WordInfo(word).lower].map { $0 & 0xFFFF }
    }

    @Test func wordsOfTheSameRoleShareAClass() {
        let clusters = Self.train(Self.corpus(sentences: 2_000, seed: 7))
        let nounClasses = Set(Self.nouns.compactMap { Self.fine(clusters, $0) })
        let verbClasses = Set(Self.verbs.compactMap { Self.fine(clusters, $0) })
        let adjectiveClasses = Set(Self.adjectives.compactMap { Self.fine(clusters, $0) })
        #expect(nounClasses.count == 1)
        #expect(verbClasses.count == 1)
        #expect(adjectiveClasses.count == 1)
        #expect(nounClasses.isDisjoint(with: verbClasses))
        #expect(nounClasses.isDisjoint(with: adjectiveClasses))
        #expect(verbClasses.isDisjoint(with: adjectiveClasses))
    }

    @Test func classesAreDeterministicAndEveryWordGetsOne() {
        let corpus = Self.corpus(sentences: 500, seed: 11)
        let a = Self.train(corpus), b = Self.train(corpus)
        #expect(a.classes == b.classes)
        for word in Self.nouns + Self.verbs + Self.adjectives + ["the", "a"] {
            let c = a.classes[WordInfo(word).lower]
            #expect(c.map { $0 & 0xFFFF }.map { (1...4).contains($0) } == true, "\(word)")
            #expect(c.map { $0 >> 16 }.map { (1...2).contains($0) } == true, "\(word)")
        }
    }

    @Test func containsAnswersForLowercasedWordsWithAClass() {
        let clusters = Self.train(Self.corpus(sentences: 500, seed: 11))
        for word in Self.nouns + Self.verbs { #expect(clusters.contains(word), "\(word)") }
        #expect(!clusters.contains("zebra"))
        #expect(!WordClusters.empty.contains(Self.nouns[0]))
    }

    @Test func tooSmallAVocabularyGivesNoClasses() {
        let clusters = WordClusters.train([[WordInfo("one").lower, WordInfo("two").lower]], fine: 4, coarse: 2, minCount: 1)
        #expect(clusters.classes.isEmpty)
        var words = [WordInfo("one")]
        clusters.assign(&words)
        #expect(words[0].fineCluster == 0 && words[0].coarseCluster == 0)
    }

    @Test func assignWritesTheClassesIntoWords() {
        let clusters = Self.train(Self.corpus(sentences: 500, seed: 3))
        var words = ["the", "dog", "zebra"].map(WordInfo.init)
        clusters.assign(&words)
        #expect(words[1].fineCluster == UInt64(Self.fine(clusters, "dog") ?? 99))
        #expect(words[1].coarseCluster > 0)
        #expect(words[2].fineCluster == 0, "a word never seen has no class")
    }

    @Test func encodingRoundTrips() throws {
        let clusters = Self.train(Self.corpus(sentences: 300, seed: 5))
        var w = BinaryWriter()
        clusters.encode(into: &w)
        var r = BinaryReader(w.bytes, section: "WCLS")
        let decoded = try WordClusters(decoding: &r)
        #expect(decoded.classes == clusters.classes)
        var truncated = BinaryReader(Array(w.bytes.dropLast(3)), section: "WCLS")
        #expect(throws: ModelError.self) { try WordClusters(decoding: &truncated) }
    }

    @Test(arguments: [
        (0, 0, UInt32(0)), (0, 40, 1), (1, 39, 1), (2, 38, 2), (10, 10, 3), (30, 10, 4), (39, 1, 5), (7, 0, 5),
    ])
    func capitalisationBuckets(capitalised: Int, lowercase: Int, bucket: UInt32) {
        #expect(WordClusters.capitalisationBucket(capitalised: capitalised, lowercase: lowercase) == bucket)
    }

    @Test func capitalisationIsCountedInsideOrdinarySentencesOnly() {
        let corpus = Self.corpus(sentences: 500, seed: 3)
        // `dog` is written `Dog` inside sentences, `cat` only at their start or in headlines,
        // `bird` both ways as often.
        var sentences = corpus.map { $0.map { $0 == "dog" ? "Dog" : $0 } }
        sentences.append(["Cat", "sees", "a", "bird"])
        sentences.append(["The", "Big", "Cat", "Sees", "A", "Dog"])
        sentences += Array(repeating: ["the", "Bird", "sees", "a", "bird"], count: 3)
        let clusters = Self.train(corpus).withCapitalisation(of: sentences.map { $0.map(WordInfo.init) })
        var words = ["the", "dog", "cat", "bird", "zebra"].map(WordInfo.init)
        clusters.assign(&words)
        #expect(words[1].capitalisation == 5)
        #expect(words[2].capitalisation == 1, "sentence starts and headlines say nothing; inside sentences it is lowercase")
        #expect(words[3].capitalisation == 1, "3 capitalised in about 130")
        #expect(words[4].capitalisation == 0, "a word without a class has no bucket")
        #expect(words[1].fineCluster == UInt64(Self.fine(clusters, "dog") ?? 99), "the classes are kept")
        #expect(words[1].coarseCluster > 0 && words[1].coarseCluster < 256)
    }
}
