/// An entity as an extractor or importer names it, before it has an id.
public struct EntityRecord: Sendable, Hashable {
    /// The canonical name (`Antony Blinken`): entities with the same canonical name are one node.
    public var name: String
    /// The entity's type.
    public var type: EntityType
    /// Other names the entity goes by (`Blinken`, `Secretary Blinken`).
    public var aliases: [String]

    /// Makes an entity record.
    public init(name: String, type: EntityType = .other, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

/// The object of a fact: another entity or a literal.
public enum ObjectRecord: Sendable, Hashable {
    /// An entity object (`Russia annex Crimea`).
    case entity(EntityRecord)
    /// A literal object (`Crimea annexed-in 2014`).
    case literal(Literal)
}

/// Where one source of a fact was found, and how sure the extractor was.
public struct SourceRecord: Sendable, Hashable {
    /// Index of the sentence within its document (into `DocumentRecord.sentences`).
    public var sentence: Int
    /// UTF-8 byte range of the evidence within that sentence's text.
    public var span: Range<Int>
    /// Name of the extractor rule that produced the fact (`clause.passive`, `nominal.possessive`).
    public var rule: String
    /// Confidence in 0...1, used to rank answers.
    public var confidence: Double
    /// The predicate as it was written (`will hold talks with`), kept for provenance.
    public var surface: String

    /// Makes a source record.
    public init(sentence: Int, span: Range<Int>, rule: String, confidence: Double, surface: String = "") {
        self.sentence = sentence
        self.span = span
        self.rule = rule
        self.confidence = confidence
        self.surface = surface
    }
}

/// Flags that qualify how a fact was asserted.
public struct FactFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    /// Makes flags from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The fact was stated as not holding (`Russia denies plans …`, `will not tolerate`).
    public static let negated = FactFlags(rawValue: 1 << 0)
    /// The fact was hedged by a modal or reporting verb (`could`, `may`, `appeared to`).
    public static let hedged = FactFlags(rawValue: 1 << 1)
    /// The fact is about the future (`will`, `promised to`).
    public static let future = FactFlags(rawValue: 1 << 2)
}

/// One fact as produced by an extractor or importer, ready to be added to a graph.
public struct FactRecord: Sendable, Hashable {
    /// Who or what the fact is about.
    public var subject: EntityRecord
    /// The normalised predicate (`meet`, `annex`, `president of`).
    public var predicate: String
    /// The other end of the fact.
    public var object: ObjectRecord
    /// Where the fact was found.
    public var source: SourceRecord
    /// When, as written (`in 2014`, `on Friday`), if the text said.
    public var time: String?
    /// Where, as written (`in Berlin`), if the text said.
    public var place: String?
    /// Negation, hedging and tense flags.
    public var flags: FactFlags

    /// Makes a fact record.
    public init(subject: EntityRecord, predicate: String, object: ObjectRecord, source: SourceRecord,
                time: String? = nil, place: String? = nil, flags: FactFlags = []) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.source = source
        self.time = time
        self.place = place
        self.flags = flags
    }
}

/// An ingested document: its identity and the text of its sentences, so facts can show their source.
public struct DocumentRecord: Sendable, Hashable {
    /// Stable identifier (JSON Lines `id`, or the file path).
    public var id: String
    /// Title, if known (first line or JSON `title`).
    public var title: String
    /// Where it came from: file path or URL.
    public var source: String
    /// Publication date, ISO 8601, if known.
    public var date: String?
    /// The text of each sentence, in order.
    public var sentences: [String]
    /// A hash of the full text, used to skip documents already ingested.
    public var contentHash: UInt64

    /// Makes a document record.
    public init(id: String, title: String, source: String, date: String? = nil,
                sentences: [String], contentHash: UInt64 = 0) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.sentences = sentences
        self.contentHash = contentHash
    }
}
