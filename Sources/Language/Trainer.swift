import Foundation

/// Trains the pipeline's models on a CoNLL-U treebank, deterministically for a given seed.
public enum Trainer {
    /// How long to train each model.
    public struct Options: Sendable {
        /// Passes over the training set for the tagger.
        public var taggerEpochs: Int
        /// Passes over the training set for the parser.
        public var parserEpochs: Int
        /// Averaged weights smaller than this in magnitude are dropped from the saved tagger
        /// and labeller.
        public var minWeight: Float
        /// The same for the parser's move weights (pruning them harder loses no accuracy on
        /// dev and makes the model smaller and faster).
        public var moveMinWeight: Float
        /// Folds for jackknife tagging of the parser's training data (1: tag with the final tagger).
        public var folds: Int
        /// Fine word classes learned from the unlabelled text and the treebank (0: none).
        public var wordClasses: Int
        /// Tagger training runs (differently shuffled) whose weights are averaged.
        public var taggerRuns: Int
        /// Parser training runs (differently shuffled and explored) whose weights are averaged.
        public var parserRuns: Int
        /// Whether to train a supertagger (`Supertagger`) whose guesses the parser reads.
        public var supertags: Bool
        /// Averaged supertagger weights smaller than this are dropped (its 62 classes on EWT make
        /// a dense model; pruning it harder than the tagger makes it faster at no loss on dev).
        public var supertaggerMinWeight: Float

        /// The settings of the committed models, except that those were trained with
        /// `taggerRuns: 5, parserRuns: 3` (`kg nlp train`'s defaults); one run each keeps tests fast.
        public init(taggerEpochs: Int = 8, parserEpochs: Int = 15, minWeight: Float = 0.5, moveMinWeight: Float = 1,
                    folds: Int = 10, wordClasses: Int = 256, taggerRuns: Int = 1,
                    parserRuns: Int = 1, supertags: Bool = true, supertaggerMinWeight: Float = 1) {
            self.taggerEpochs = taggerEpochs
            self.parserEpochs = parserEpochs
            self.minWeight = minWeight
            self.moveMinWeight = moveMinWeight
            self.folds = folds
            self.wordClasses = wordClasses
            self.taggerRuns = taggerRuns
            self.parserRuns = parserRuns
            self.supertags = supertags
            self.supertaggerMinWeight = supertaggerMinWeight
        }
    }

    /// Trains on the treebank `train` (and raw `unlabelled` texts, for word classes) and
    /// writes the model file to `output` (a directory gets `english.kgm` inside it); `dev` is
    /// evaluated at the end and logged.
    /// - Returns: the trained pipeline and its evaluation on `dev`.
    /// - Throws: `CoNLLUError` for a malformed treebank, `ModelError` when writing fails.
    @discardableResult
    public static func train(train: URL, dev: URL, unlabelled: [String] = [], seed: UInt64, output: URL,
                             options: Options = Options(), log: (String) -> Void = { _ in }) throws -> (Pipeline, Evaluation) {
        let gold = try CoNLLU.read(readText(train))
        let devGold = try CoNLLU.read(readText(dev))
        log("read \(gold.sentences.count) training sentences, \(gold.tokens.count) words; \(unlabelled.count) unlabelled texts")
        let pipeline = trainModels(gold, unlabelled: unlabelled, seed: seed, options: options, log: log)
        var file = output
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), isDirectory.boolValue {
            file = output.appendingPathComponent(Pipeline.modelFileName)
        }
        try pipeline.save(to: file)
        let sizes = pipeline.modelFile().sections.map { "\($0.tag) \($0.payload.count)" }.joined(separator: ", ")
        log("wrote \(file.path): \(sizes)")
        let evaluation = Evaluator.evaluate(pipeline, gold: devGold)
        log("dev: \(evaluation)")
        return (pipeline, evaluation)
    }

    /// Trains all models on the sentences of `gold`, with word classes learned from them and
    /// the raw `unlabelled` texts.
    public static func trainModels(_ gold: Document, unlabelled: [String] = [], seed: UInt64, options: Options = Options(),
                                   log: (String) -> Void = { _ in }) -> Pipeline {
        let sentences = gold.sentences.map { r in Array(gold.tokens[r]) }
        let clusters = wordClusters(sentences, unlabelled: unlabelled, classes: options.wordClasses, log: log)
        let tagger = Tagger.train(sentences, clusters: clusters, epochs: options.taggerEpochs, seed: seed,
                                  minWeight: options.minWeight, runs: options.taggerRuns, log: log)
        let lemmatizer = Lemmatizer.train(gold)
        let words = sentences.map { clusters.words($0) }
        var tags = words.map { tagger.classes($0) }
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let rest = sentences.indices.filter { $0 % options.folds != fold }.map { sentences[$0] }
                let foldTagger = Tagger.train(rest, clusters: clusters, epochs: options.taggerEpochs, seed: seed &+ UInt64(fold),
                                              minWeight: options.minWeight, log: { _ in })
                let classOf = Dictionary(zip(tagger.upos.indices.map { tagger.upos[$0].name + "\t" + tagger.xpos[$0] },
                                             tagger.upos.indices), uniquingKeysWith: { a, _ in a })
                for s in sentences.indices where s % options.folds == fold {
                    tags[s] = foldTagger.classes(words[s]).map {
                        classOf[foldTagger.upos[$0].name + "\t" + foldTagger.xpos[$0]] ?? 0
                    }
                }
                log("jackknife fold \(fold + 1)/\(options.folds) tagged")
            }
        }
        let coarse = tagger.upos.map { Int($0.rawValue) }
        var parserWords = words
        let supertagger = options.supertags
            ? trainSupertagger(gold, words: words, tags: tags, coarse: coarse, seed: seed, options: options, into: &parserWords, log: log)
            : nil
        let parser = Parser.train(gold, words: parserWords, tags: tags, coarse: coarse, epochs: options.parserEpochs, seed: seed &+ 1,
                                  minWeight: options.minWeight, moveMinWeight: options.moveMinWeight,
                                  runs: options.parserRuns, log: log)
        return Pipeline(tagger: tagger, lemmatizer: lemmatizer, parser: parser, clusters: clusters, supertagger: supertagger)
    }

    /// Trains the supertagger on the treebank's words with their predicted (`tags`, jackknifed)
    /// POS tags, and writes into `parserWords` the supertags the parser trains on: jackknifed
    /// over the same folds, so that they are as wrong as at parse time.
    static func trainSupertagger(_ gold: Document, words: [[WordInfo]], tags: [[Int]], coarse: [Int], seed: UInt64,
                                 options: Options, into parserWords: inout [[WordInfo]],
                                 log: (String) -> Void) -> Supertagger {
        let truth = Supertagger.goldNames(gold)
        let supertagger = Supertagger.train(words: words, tags: tags, truth: truth, coarse: coarse, epochs: options.taggerEpochs,
                                            seed: seed &+ 7, minWeight: options.supertaggerMinWeight, runs: options.taggerRuns, log: log)
        let folds = max(1, options.folds)
        for fold in 0..<folds {
            var part = supertagger
            if folds > 1 {
                let rest = words.indices.filter { $0 % folds != fold }
                part = Supertagger.train(words: rest.map { words[$0] }, tags: rest.map { tags[$0] }, truth: rest.map { truth[$0] },
                                         coarse: coarse, names: supertagger.names, epochs: options.taggerEpochs,
                                         seed: seed &+ 7 &+ UInt64(fold), minWeight: options.supertaggerMinWeight, log: { _ in })
            }
            for s in words.indices where s % folds == fold { part.assign(&parserWords[s], tags: tags[s], coarse: coarse) }
            if folds > 1 { log("supertagger jackknife fold \(fold + 1)/\(folds) tagged") }
        }
        return supertagger
    }

    /// Word classes from the treebank's sentences and the sentences of `unlabelled` (tokenized
    /// and split by the pipeline's own rules); none when `classes` is 0.
    static func wordClusters(_ sentences: [[Token]], unlabelled: [String], classes: Int,
                             log: (String) -> Void) -> WordClusters {
        guard classes > 0 else { return .empty }
        var corpus = sentences.map { $0.map { WordInfo($0.form) } }
        var names: [UInt64: String] = [:]
        let tokenizer = Tokenizer(), splitter = SentenceSplitter()
        for text in unlabelled {
            var tokens = tokenizer.tokenize(text)
            for range in splitter.split(text, tokens: &tokens) {
                corpus.append(range.map { i in
                    let word = WordInfo(tokens[i].form)
                    if names[word.lower] == nil { names[word.lower] = tokens[i].form }
                    return word
                })
            }
        }
        return WordClusters.train(corpus.map { $0.map(\.lower) }, names: names, fine: classes, coarse: max(2, classes / 8),
                                  minCount: 2, log: log)
            .withCapitalisation(of: corpus)
    }

    /// The UTF-8 text of a file.
    /// - Throws: `ModelError.io` when it cannot be read.
    public static func readText(_ url: URL) throws(ModelError) -> String {
        do { return String(decoding: try Data(contentsOf: url), as: UTF8.self) } catch {
            throw .io(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
    }
}
