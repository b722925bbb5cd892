import ArgumentParser
import Foundation
import Language

/// `kg nlp …`: train, run and evaluate the English pipeline.
struct NLPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nlp",
        abstract: "Train, run and evaluate the English NLP pipeline.",
        subcommands: [Train.self, Parse.self, Eval.self, Speed.self]
    )

    /// A plain error message.
    struct Message: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }

    /// Loads the bundled models, or those at `path`.
    static func loadPipeline(_ path: String?) throws -> Pipeline {
        do {
            return try path.map { try Pipeline.load(from: URL(fileURLWithPath: $0)) } ?? Pipeline.load()
        } catch {
            throw fail(error)
        }
    }

    /// Prints one line for `error` on stderr and returns the exit code to throw.
    static func fail(_ error: any Error) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        return ExitCode(1)
    }

    /// The `text` field of each line of a JSON Lines file (lines without one are skipped).
    static func readTexts(_ path: String) throws -> [String] {
        try readInput(path).split(separator: "\n").compactMap { line -> String? in
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            return object["text"] as? String
        }
    }

    /// The text of a file, or of stdin for `-` or nil. With a `limit`, input of more bytes fails
    /// with one line: a file is measured before it is read, stdin is read only to one byte past it.
    static func readInput(_ path: String?, limit: Int? = nil) throws -> String {
        let over = limit.map { "over the \(ArticleReader.megabytes($0)) limit for one text (as for an article in kg ingest)" }
        guard let path, path != "-" else {
            let input = FileHandle.standardInput
            guard let limit, let over else { return String(decoding: input.readDataToEndOfFile(), as: UTF8.self) }
            var data = Data()
            while data.count <= limit, let chunk = try? input.read(upToCount: 1 << 20), !chunk.isEmpty {
                data += chunk
            }
            if data.count > limit { throw fail(Message(text: "<stdin>: \(over); split the text")) }
            return String(decoding: data, as: UTF8.self)
        }
        if let limit, let over, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > limit {
            throw fail(Message(text: "\(path): file is \(ArticleReader.megabytes(size)), \(over); split it"))
        }
        do { return try Trainer.readText(URL(fileURLWithPath: path)) } catch { throw fail(error) }
    }

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Train the tagger, lemmatizer and parser on UD English EWT.")

        @Option(help: "Folder with en_ewt-ud-train.conllu and en_ewt-ud-dev.conllu.")
        var treebank = "../shared/data/ud-english-ewt"
        @Option(help: "Random seed (shuffling and exploration).")
        var seed: UInt64 = 1
        @Option(name: .shortAndLong, help: "Output folder (english.kgm is written inside) or file.")
        var output = "Sources/Language/Models"
        @Option(help: "Tagger training passes.")
        var taggerEpochs = 8
        @Option(help: "Parser training passes.")
        var parserEpochs = 15
        @Option(help: "Drop averaged tagger and labeller weights smaller than this from the saved models.")
        var minWeight: Float = 0.5
        @Option(help: "Drop averaged parser move weights smaller than this.")
        var moveMinWeight: Float = 1
        @Option(help: "Jackknife folds for tagging the parser's training data (1 to turn off).")
        var folds = 10
        @Option(help: "JSON Lines file with a \"text\" field per line: raw text for learning word classes.")
        var unlabelled = "../shared/data/news/news.jsonl"
        @Option(help: "Word classes to learn from the raw text and the treebank (0: none).")
        var wordClasses = 256
        @Option(help: "Tagger training runs, differently shuffled, whose weights are averaged.")
        var taggerRuns = 5
        @Option(help: "Parser training runs, differently shuffled, whose weights are averaged.")
        var parserRuns = 3
        @Flag(inversion: .prefixedNo, help: "Train a supertagger (each word's label and head side) for the parser to read.")
        var supertags = true
        @Option(help: "Drop averaged supertagger weights smaller than this.")
        var supertaggerMinWeight: Float = 1

        func run() throws {
            let dir = URL(fileURLWithPath: treebank)
            let texts = wordClasses > 0 ? try NLPCommand.readTexts(unlabelled) : []
            do {
                try Trainer.train(train: dir.appendingPathComponent("en_ewt-ud-train.conllu"),
                                  dev: dir.appendingPathComponent("en_ewt-ud-dev.conllu"), unlabelled: texts, seed: seed,
                                  output: URL(fileURLWithPath: output),
                                  options: .init(taggerEpochs: taggerEpochs, parserEpochs: parserEpochs,
                                                 minWeight: minWeight, moveMinWeight: moveMinWeight, folds: folds,
                                                 wordClasses: wordClasses, taggerRuns: taggerRuns,
                                                 parserRuns: parserRuns, supertags: supertags,
                                                 supertaggerMinWeight: supertaggerMinWeight),
                                  log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
            } catch {
                throw NLPCommand.fail(error)
            }
        }
    }

    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Parse text and print CoNLL-U.")

        @Argument(help: "Text file to parse (at most 4 MB, as an article for kg ingest), or - for standard input.")
        var file: String?
        @Option(help: "Model file or folder (default: the bundled models).")
        var model: String?
        @Flag(help: "Input is one sentence per line, tokens separated by spaces.")
        var pretokenized = false
        @Flag(help: "Input is CoNLL-U: keep its words, spacing and sentences, and tag, lemmatize and parse them anew.")
        var conllu = false

        func validate() throws {
            if pretokenized && conllu { throw ValidationError("--pretokenized and --conllu exclude each other.") }
        }

        func run() throws {
            if conllu {
                let text = try NLPCommand.readInput(file)
                var doc: Document
                do { doc = try CoNLLU.read(text) } catch {
                    throw NLPCommand.fail(Message(text: "\(file.flatMap { $0 == "-" ? nil : $0 } ?? "<stdin>"): \(error)"))
                }
                try NLPCommand.loadPipeline(model).annotate(&doc)
                print(CoNLLU.write(doc), terminator: "")
                return
            }
            let text = try NLPCommand.readInput(file, limit: ArticleReader.textLimit)
            let pipeline = try NLPCommand.loadPipeline(model)
            let doc = pretokenized ? pipeline.parse(pretokenized: text) : pipeline.parse(text)
            print(CoNLLU.write(doc), terminator: "")
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Score the pipeline against a CoNLL-U treebank.")

        @Option(help: "Gold CoNLL-U file.")
        var conllu: String
        @Option(help: "Model file or folder (default: the bundled models).")
        var model: String?

        func run() throws {
            let pipeline = try NLPCommand.loadPipeline(model)
            let gold: Document
            do { gold = try CoNLLU.read(NLPCommand.readInput(conllu)) } catch { throw NLPCommand.fail(Message(text: "\(conllu): \(error)")) }
            let e = Evaluator.evaluate(pipeline, gold: gold)
            print("""
            words        \(e.words)
            UPOS         \(Self.format(e.upos))
            XPOS         \(Self.format(e.xpos))
            lemma        \(Self.format(e.lemma))
            UAS          \(Self.format(e.uas))
            LAS          \(Self.format(e.las))
            tokens F1    \(Self.format(e.tokenF1))
            sentences F1 \(Self.format(e.sentenceF1))
            """)
        }

        static func format(_ v: Double) -> String { String(format: "%.2f %%", v) }
    }

    struct Speed: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure load time and words per second of tokenize+split+tag+lemmatize+parse on a JSON Lines corpus.")

        @Option(help: "JSON Lines file with a \"text\" field per line.")
        var news = "../shared/data/news/news.jsonl"
        @Option(help: "Model file or folder (default: the bundled models).")
        var model: String?
        @Option(help: "Passes over the corpus; the median is reported.")
        var runs = 3

        func run() throws {
            let clock = ContinuousClock()
            let loadStart = clock.now
            let pipeline = try NLPCommand.loadPipeline(model)
            let load = clock.now - loadStart
            let texts = try NLPCommand.readTexts(news)
            let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
            var rates: [Double] = [], cpuRates: [Double] = []
            var tokens = 0
            for _ in 0..<max(1, runs) {
                let start = clock.now
                let cpuStart = Self.cpuSeconds()
                tokens = texts.reduce(0) { $0 + pipeline.parse($1).tokens.count }
                rates.append(Double(words) / ((clock.now - start) / .seconds(1)))
                cpuRates.append(Double(words) / max(1e-9, Self.cpuSeconds() - cpuStart))
            }
            rates.sort()
            cpuRates.sort()
            print("load \(load), \(texts.count) docs, \(words) words, \(tokens) tokens")
            print(String(format: "words/s median %.0f (min %.0f, max %.0f); words/CPU-s median %.0f; %d runs",
                         rates[rates.count / 2], rates[0], rates[rates.count - 1], cpuRates[cpuRates.count / 2], rates.count))
        }

        /// CPU time used by this process so far, in seconds.
        static func cpuSeconds() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
    }
}

