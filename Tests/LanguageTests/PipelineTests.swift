import Foundation
import Testing
@testable import Language

/// Tests of the committed models, loaded once.
@Suite struct PipelineTests {
    static let pipeline = Result { try Pipeline.load() }

    @Test func bundledModelLoadsAndParsesNews() throws {
        let nlp = try Self.pipeline.get()
        let doc = nlp.parse("""
            Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday. \
            He was not optimistic. The minister met his counterpart in Geneva.
            """)
        #expect(doc.sentences.count == 3)
        let met = try #require(doc.tokens.firstIndex { $0.form == "met" })
        #expect(doc.tokens[met].lemma == "meet")
        #expect(doc.tokens[met].upos == .VERB)
        #expect(doc.tokens[met].head == nil)
        let was = try #require(doc.tokens.firstIndex { $0.form == "was" })
        #expect(doc.tokens[was].lemma == "be")
        let met2 = try #require(doc.tokens.lastIndex { $0.form == "met" })
        let subject = try #require(doc.children(of: met2).first { doc.tokens[$0].deprel == "nsubj" })
        let object = try #require(doc.children(of: met2).first { doc.tokens[$0].deprel == "obj" })
        #expect(doc.tokens[subject].form == "minister" && doc.tokens[object].form == "counterpart")
        for s in doc.sentences.indices {
            #expect(doc.sentences[s].filter { doc.tokens[$0].head == nil }.count == 1)
            #expect(doc.sentences[s].allSatisfy { i in doc.tokens[i].head.map { doc.sentences[s].contains($0) } ?? true })
        }
    }

    @Test func pretokenizedInputKeepsTokensAndLines() throws {
        let nlp = try Self.pipeline.get()
        let text = "`` We will win , '' he said .\nThe U.S. agreed ."
        let doc = nlp.parse(pretokenized: text)
        #expect(doc.sentences.count == 2)
        #expect(doc.tokens.map(\.form) == text.split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(doc.tokens[0].upos == .PUNCT && doc.tokens[5].upos == .PUNCT)
        #expect(doc.sentenceText(1) == "The U.S. agreed .")
    }

    @Test func punctuationReadsItsSpacing() throws {
        let nlp = try Self.pipeline.get()
        let xpos = { (doc: Document, form: String) in doc.tokens.first { $0.form == form }?.xpos }
        #expect(xpos(nlp.parse("He bought a stock-index fund."), "-") == "HYPH")
        #expect(xpos(nlp.parse("He bought a fund - an index fund."), "-") != "HYPH")
        // Pre-tokenised text has a space between all tokens: a hyphen is still read as one.
        #expect(xpos(nlp.parse(pretokenized: "He bought a stock - index fund ."), "-") == "HYPH")
    }

    @Test func badInputIsHandled() throws {
        let nlp = try Self.pipeline.get()
        #expect(nlp.parse("").tokens.isEmpty)
        #expect(nlp.parse(" \n\n\t ").sentences.isEmpty)
        #expect(nlp.parse(pretokenized: "\n\n").tokens.isEmpty)
        var rng = SplitMix64(seed: 5)
        let garbage = String(decoding: (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
        #expect(nlp.parse(garbage).tokens.count > 0)
        let caps = nlp.parse("RUSSIA MASSES TROOPS ON UKRAINE BORDER AS TALKS STALL")
        #expect(caps.sentences.count == 1 && caps.tokens.count == 9)
        let emoji = nlp.parse("Talks 🤝 resumed in Genève 東京 today 🎉.")
        #expect(emoji.tokens.map(\.form).contains("🤝"))
        let clock = ContinuousClock()
        let start = clock.now
        let long = nlp.parse(String(repeating: "talks ", count: 170_000))
        #expect(long.tokens.count == 170_000)
        #expect(long.sentences.allSatisfy { $0.count <= 250 })
        print("1 MB without punctuation parsed in \(clock.now - start)")
    }

    /// The committed model's accuracy on EWT dev (gold tokenisation), against floors set a
    /// little below the figures measured when the model was trained.
    @Test func committedModelAccuracyOnDev() throws {
        guard let text = SharedData.treebankText("en_ewt-ud-dev.conllu") else { return }
        let nlp = try Self.pipeline.get()
        let e = Evaluator.evaluate(nlp, gold: try CoNLLU.read(text))
        print("dev: \(e)")
        #expect(e.upos >= Floors.upos)
        #expect(e.xpos >= Floors.xpos)
        #expect(e.lemma >= Floors.lemma)
        #expect(e.uas >= Floors.uas)
        #expect(e.las >= Floors.las)
        #expect(e.tokenF1 >= Floors.tokenF1)
        #expect(e.sentenceF1 >= Floors.sentenceF1)
    }

    /// Floors for the dev figures (percent).
    enum Floors {
        static let upos = 95.1, xpos = 94.5, lemma = 97.0, uas = 85.4, las = 82.0, tokenF1 = 98.5, sentenceF1 = 82.5
    }
}
