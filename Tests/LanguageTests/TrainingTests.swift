import Foundation
import Testing
@testable import Language

@Suite struct TrainingTests {
    /// The first `count` sentences of a document, as a document of their own.
    static func slice(_ doc: Document, _ count: Int) -> Document {
        let sentences = Array(doc.sentences.prefix(count))
        let end = sentences.last?.upperBound ?? 0
        let tokens = Array(doc.tokens[0..<end])
        let textEnd = tokens.last?.end ?? 0
        let utf8 = Array(doc.text.utf8)
        return Document(text: String(decoding: utf8[0..<textEnd], as: UTF8.self), tokens: tokens, sentences: sentences)
    }

    @Test func smallSliceBeatsBaselinesByAWideMargin() throws {
        guard let trainText = SharedData.treebankText("en_ewt-ud-train.conllu"),
              let devText = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let train = Self.slice(try CoNLLU.read(trainText), 300)
        let dev = Self.slice(try CoNLLU.read(devText), 200)
        let pipeline = Trainer.trainModels(train, seed: 3, options: .init(taggerEpochs: 4, parserEpochs: 4, folds: 1))
        let e = Evaluator.evaluate(pipeline, gold: dev)

        var tagCounts: [UPOS: Int] = [:]
        for t in train.tokens { tagCounts[t.upos, default: 0] += 1 }
        let majority = tagCounts.max { $0.value < $1.value }?.key ?? .NOUN
        let majorityAccuracy = Percent(dev.tokens.filter { $0.upos == majority }.count, dev.tokens.count).value
        let previousWordHead = dev.sentences.reduce(0) { sum, r in
            sum + r.filter { i in dev.tokens[i].head == (i > r.lowerBound ? i - 1 : nil) }.count
        }
        let nextWordHead = dev.sentences.reduce(0) { sum, r in
            sum + r.filter { i in dev.tokens[i].head == (i + 1 < r.upperBound ? i + 1 : nil) }.count
        }
        let baselineUAS = Percent(max(previousWordHead, nextWordHead), dev.tokens.count).value
        print("slice: \(e); majority UPOS \(majorityAccuracy), adjacent-word UAS \(baselineUAS)")
        #expect(e.upos > majorityAccuracy + 50)
        #expect(e.uas > baselineUAS + 20)
        #expect(e.las > 40)
        #expect(e.lemma > 85)
    }

    @Test func trainingIsDeterministicAndModelFilesRoundTrip() throws {
        guard let trainText = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let train = Self.slice(try CoNLLU.read(trainText), 60)
        let a = Trainer.trainModels(train, seed: 9, options: .init(taggerEpochs: 2, parserEpochs: 2))
        let b = Trainer.trainModels(train, seed: 9, options: .init(taggerEpochs: 2, parserEpochs: 2))
        let bytes = a.modelFile().encoded()
        #expect(bytes == b.modelFile().encoded())
        let loaded = try Pipeline(modelFile: ModelFile(decoding: bytes))
        #expect(loaded.modelFile().encoded() == bytes)
        let text = "The minister met his counterpart in Geneva on Friday. Talks will resume."
        let reloaded = try Pipeline(modelFile: ModelFile(decoding: bytes))
        #expect(CoNLLU.write(loaded.parse(text)) == CoNLLU.write(reloaded.parse(text)))
    }

    @Test func averagedRunsAreDeterministicAndDifferFromOneRun() throws {
        guard let trainText = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let train = Self.slice(try CoNLLU.read(trainText), 60)
        let options = Trainer.Options(taggerEpochs: 2, parserEpochs: 2, taggerRuns: 3, parserRuns: 2)
        let a = Trainer.trainModels(train, seed: 9, options: options), b = Trainer.trainModels(train, seed: 9, options: options)
        let one = Trainer.trainModels(train, seed: 9, options: .init(taggerEpochs: 2, parserEpochs: 2))
        #expect(a.modelFile().encoded() == b.modelFile().encoded())
        #expect(a.tagger.model != one.tagger.model)
        #expect(a.parser.moves != one.parser.moves)
    }
}
