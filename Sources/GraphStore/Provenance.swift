/// One source of a fact, resolved for display: the sentence it came from and its document.
public struct Provenance: Sendable, Hashable {
    /// The document's index in the graph, or `nil` for a triple imported with a confidence only.
    public var document: Int?
    /// The document's identifier.
    public var documentID: String?
    /// The document's title.
    public var documentTitle: String?
    /// The document's source path or URL.
    public var documentSource: String?
    /// The document's date, if known.
    public var documentDate: String?
    /// The sentence's index within its document.
    public var sentenceIndex: Int
    /// The sentence's text.
    public var sentence: String?
    /// UTF-8 byte range of the evidence within the sentence.
    public var span: Range<Int>
    /// The extractor rule that produced the fact (`import.tsv` for imports).
    public var rule: String
    /// Confidence in 0...1.
    public var confidence: Double
    /// The predicate as written.
    public var surface: String
    /// Time qualifier as written.
    public var time: String?
    /// Place qualifier as written.
    public var place: String?
    /// Negation, hedging and tense flags.
    public var flags: FactFlags
}
