import Testing
@testable import Language

@Suite struct SupertaggerTests {
    @Test(arguments: [
        ("nsubj:pass", 5 as Int?, 2, "nsubj>"), ("obj", 1, 3, "obj<"), ("root", nil, 0, "root"), ("compound:prt", 0, 1, "compound<"),
    ])
    func classNames(deprel: String, head: Int?, index: Int, name: String) {
        #expect(Supertagger.name(deprel: deprel, head: head, at: index) == name)
    }

    @Test func classesSitAboveTheParsersStandIns() {
        // The parser reads 1 before the sentence, 3 for the root position, 0 for no supertag.
        #expect(Supertagger.feature(of: 0) > 3)
    }

    /// The UPOS of each token as its tag class, with the identity as the class → UPOS map.
    static func uposClasses(_ doc: Document) -> [[Int]] {
        doc.sentences.map { r in r.map { Int(doc.tokens[$0].upos.rawValue) } }
    }

    @Test func aSliceOfTheTreebankBeatsTheMostFrequentClassOfEachTag() throws {
        guard let trainText = SharedData.treebankText("en_ewt-ud-train.conllu"),
              let devText = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let train = TrainingTests.slice(try CoNLLU.read(trainText), 1_000)
        let dev = TrainingTests.slice(try CoNLLU.read(devText), 300)
        let coarse = UPOS.allCases.map { Int($0.rawValue) }
        let words = train.sentences.map { r in WordClusters.empty.words(train.tokens[r]) }
        let truth = Supertagger.goldNames(train)
        let supertagger = Supertagger.train(words: words, tags: Self.uposClasses(train), truth: truth, coarse: coarse,
                                            epochs: 5, seed: 1, minWeight: 0, log: { _ in })

        var byTag: [Int: [String: Int]] = [:]
        for (s, r) in train.sentences.enumerated() {
            for (k, i) in r.enumerated() { byTag[Int(train.tokens[i].upos.rawValue), default: [:]][truth[s][k], default: 0] += 1 }
        }
        let devTruth = Supertagger.goldNames(dev), devTags = Self.uposClasses(dev)
        var right = 0, baseline = 0, total = 0
        for (s, r) in dev.sentences.enumerated() {
            let words = WordClusters.empty.words(dev.tokens[r])
            let guess = supertagger.classes(words, tags: devTags[s], coarse: coarse)
            for k in r.indices.map({ $0 - r.lowerBound }) {
                total += 1
                if supertagger.names[guess[k]] == devTruth[s][k] { right += 1 }
                let frequent = byTag[devTags[s][k]]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
                if frequent == devTruth[s][k] { baseline += 1 }
            }
        }
        let accuracy = Percent(right, total).value, baselineAccuracy = Percent(baseline, total).value
        print("supertags on 300 dev sentences: \(accuracy) %, most frequent class of the tag \(baselineAccuracy) %")
        #expect(accuracy > baselineAccuracy + 10)
    }

    @Test func assignWritesEveryWordsClass() {
        // Every word leans to `root`; the word `cat` (template 2 reads the lowercased form) to `nsubj>`.
        let features = [(FeatureHash.feature(1, 0), [(UInt8(2), Float(1))]),
                        (FeatureHash.feature(2, WordInfo("cat").lower), [(UInt8(1), Float(5))])]
        let supertagger = Supertagger(names: ["det>", "nsubj>", "root"],
                                      model: SparseModel(classes: 3, features: features.map { (key: $0.0, entries: $0.1) }))
        var words = ["The", "cat", "sleeps"].map(WordInfo.init)
        supertagger.assign(&words, tags: [0, 1, 2], coarse: [5, 7, 15])
        #expect(words.map(\.supertag) == [2, 1, 2].map(Supertagger.feature(of:)))
    }
}
