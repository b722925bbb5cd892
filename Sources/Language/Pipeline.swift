import Foundation

/// The English pipeline: tokenize, split sentences, tag, lemmatize and parse (then re-attach
/// punctuation by rule, `PunctuationAttacher`).
///
/// ```swift
/// let nlp = try Pipeline.load()
/// let doc = nlp.parse("Blinken met Lavrov in Geneva.")
/// ```
public struct Pipeline: Sendable {
    /// The tokenizer (rules and data, no model).
    public let tokenizer = Tokenizer()
    /// The sentence splitter.
    public let splitter = SentenceSplitter()
    let tagger: Tagger
    let lemmatizer: Lemmatizer
    let parser: Parser
    /// Word classes learned from raw text, read by the tagger's and parser's features.
    let clusters: WordClusters
    /// Guesses each word's label and head side for the parser's features (nil in models
    /// trained without it).
    let supertagger: Supertagger?

    /// The model file name inside a model directory and in the bundle.
    public static let modelFileName = "english.kgm"

    init(tagger: Tagger, lemmatizer: Lemmatizer, parser: Parser, clusters: WordClusters, supertagger: Supertagger? = nil) {
        self.tagger = tagger
        self.lemmatizer = lemmatizer
        self.parser = parser
        self.clusters = clusters
        self.supertagger = supertagger
    }

    /// Loads the models that ship with the module.
    /// - Throws: `ModelError` when the bundled file is missing or damaged.
    public static func load() throws(ModelError) -> Pipeline {
        guard let url = Bundle.module.url(forResource: "english", withExtension: "kgm", subdirectory: "Models") else {
            throw .io(path: "Models/\(modelFileName)", reason: "the bundled model is missing")
        }
        return try load(from: url)
    }

    /// Loads a model file, or `english.kgm` inside a directory.
    /// - Throws: `ModelError` when the file is missing, of another version, or damaged.
    public static func load(from url: URL) throws(ModelError) -> Pipeline {
        var isDirectory: ObjCBool = false
        let file = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? url.appendingPathComponent(modelFileName) : url
        return try Pipeline(modelFile: ModelFile.read(file))
    }

    /// Tokenizes, splits, tags, lemmatizes and parses `text`.
    /// - Complexity: O(n) in the length of the text.
    public func parse(_ text: String) -> Document {
        var tokens = tokenizer.tokenize(text)
        let sentences = splitter.split(text, tokens: &tokens)
        var doc = Document(text: text, tokens: tokens, sentences: sentences)
        annotate(&doc)
        return doc
    }

    /// Parses pre-tokenised text: one sentence per line, tokens separated by spaces (PTB
    /// escapes such as `` `` `` and `''` are read as quotes by the models but kept as forms).
    public func parse(pretokenized text: String) -> Document {
        var tokens: [Token] = []
        var sentences: [Range<Int>] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let first = tokens.count
            var at = offset
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let n = word.utf8.count
                if n > 0, !word.allSatisfy(\.isWhitespace) {
                    tokens.append(Token(start: at, end: at + n, form: String(word), spaceAfter: true, sentence: sentences.count))
                }
                at += n + 1
            }
            if tokens.count > first {
                tokens[tokens.count - 1].spaceAfter = at - 1 < text.utf8.count
                let cap = splitter.maxTokens
                for lo in stride(from: first, to: tokens.count, by: cap) {
                    let range = lo..<min(tokens.count, lo + cap)
                    for i in range { tokens[i].sentence = sentences.count }
                    sentences.append(range)
                }
            }
            offset += line.utf8.count + 1
        }
        var doc = Document(text: text, tokens: tokens, sentences: sentences)
        annotate(&doc, pretokenized: true)
        return doc
    }

    /// Tags, lemmatizes and parses an already tokenized and split document in place. With
    /// `pretokenized`, the tokens' `spaceAfter` flags are not the original text's (PTB-style
    /// input puts a space between all tokens), and the models read the spacing PTB
    /// detokenisation would give instead.
    /// - Complexity: O(n) in the number of tokens.
    public func annotate(_ document: inout Document, pretokenized: Bool = false) {
        for range in document.sentences where !range.isEmpty {
            var words = clusters.words(document.tokens[range], pretokenized: pretokenized)
            let tags = tagger.tag(&document.tokens, range, words: words)
            supertagger?.assign(&words, tags: tags, coarse: parser.coarse)
            lemmatizer.lemmatize(&document.tokens, range, isWord: clusters.contains)
            parser.parse(&document.tokens, range, words: words, tags: tags)
            PunctuationAttacher.attach(&document.tokens, range)
        }
    }
}
