import ArgumentParser
import Extraction
import Foundation
import Language

/// `kg extract`: the facts of an article (or of one sentence a line) without building a graph.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the facts of an article without building a graph.",
        discussion: """
            --format jsonl prints one JSON object a fact (entities, predicate, qualifiers, flags, \
            confidence, sentence, spans). --sentences --format openie reads one pre-tokenised \
            sentence a line and writes the tab-separated lines that ../shared/eval/carb_score.py \
            scores. --conllu reads sentences already parsed (CoNLL-U, as `kg nlp parse` writes) \
            instead of text.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case openie, jsonl
    }

    @Argument(help: "The article to read, or - for standard input.")
    var file: String = "-"

    @Flag(help: "Read one sentence a line (pre-tokenised input: tokens separated by spaces).")
    var sentences = false

    @Option(help: "Output format: openie or jsonl.")
    var format: Format = .jsonl

    @Flag(help: "The input is parsed CoNLL-U rather than text.")
    var conllu = false

    @Option(help: "An alias table to add (alias<TAB>canonical name lines).")
    var aliases: String?

    @Option(help: "A predicate synonym table to add (phrase<TAB>canonical predicate lines).")
    var synonyms: String?

    func run() throws {
        let input = try readInput()
        let lexicon = try Lexicon.standard.adding(aliasFile: aliases.map { URL(fileURLWithPath: $0) },
                                                  synonymFile: synonyms.map { URL(fileURLWithPath: $0) })
        let extractor = FactExtractor(lexicon: lexicon)
        let document = try parse(input)
        // In --sentences mode each sentence is one input line: facts (and pronouns) stay within it.
        let units: [Document] = sentences ? document.sentences.indices.map { single(document, $0) } : [document]
        var out = ""
        for unit in units {
            let facts = extractor.extract(unit)
            for fact in format == .openie ? FactFormatter.rankedForOpenIE(facts) : facts {
                let sentence = String(unit.sentenceText(fact.sentence))
                switch format {
                case .openie:
                    if let line = FactFormatter.openIE(fact, sentence: sentence) { out += line + "\n" }
                case .jsonl:
                    out += FactFormatter.json(fact, sentence: sentence) + "\n"
                }
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// The parsed input: CoNLL-U as given, or text through the bundled models (pre-tokenised, one
    /// sentence a line, with `--sentences`).
    private func parse(_ input: String) throws -> Document {
        if conllu {
            do {
                return try CoNLLU.read(input)
            } catch {
                throw ExtractError(message: "\(file): \(error)")
            }
        }
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline.load()
        } catch {
            throw ExtractError(message: "cannot load the language models: \(error)")
        }
        return sentences ? pipeline.parse(pretokenized: input) : pipeline.parse(input)
    }

    /// Sentence `s` of a document as a document of its own.
    private func single(_ document: Document, _ s: Int) -> Document {
        let range = document.sentences[s]
        guard let first = range.first else { return Document(text: "", tokens: [], sentences: []) }
        let offset = document.tokens[first].start
        let text = String(document.sentenceText(s))
        let tokens = range.map { i in
            var token = document.tokens[i]
            token.start -= offset
            token.end -= offset
            token.head = token.head.map { $0 - first }
            token.sentence = 0
            return token
        }
        return Document(text: text, tokens: tokens, sentences: [0..<tokens.count])
    }

    private func readInput() throws -> String {
        if file == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        do {
            return try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
        } catch {
            throw ExtractError(message: "cannot read \(file): \(error.localizedDescription)")
        }
    }
}

/// An input error of `kg extract`: its message goes to standard error, exit status 1.
struct ExtractError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
