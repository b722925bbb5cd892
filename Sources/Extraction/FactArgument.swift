import GraphStore

/// One argument of an extracted fact: the words a reader would underline, where they are, and
/// what they stand for.
public struct FactArgument: Sendable, Hashable {
    /// What an argument stands for.
    public enum Kind: String, Sendable, Hashable {
        /// A named entity (`Antony Blinken`, `Russia`).
        case entity
        /// A common noun phrase (`far-reaching sanctions`).
        case concept
        /// A value (`2014`).
        case literal
        /// A clause (`that borders can be redrawn by force`).
        case clause
        /// A pronoun no antecedent was found for.
        case unresolved
    }

    /// The text as written in the sentence (original spacing; one space across gaps).
    public var text: String
    /// UTF-8 byte range of the text within the sentence text.
    public var span: Range<Int>
    /// What the argument stands for.
    public var kind: Kind
    /// The entity (for `.entity` and `.concept`): canonical name, type and aliases.
    public var entity: EntityRecord
    /// The value, for `.literal` arguments.
    public var literal: Literal?
    /// The preposition that introduced the argument (`with`), if any.
    public var preposition: String?
    /// Whether the argument is a pronoun resolved to an antecedent.
    public var viaPronoun: Bool
    /// Number of words in the text.
    public var wordCount: Int

    /// Makes an argument.
    public init(text: String, span: Range<Int>, kind: Kind, entity: EntityRecord, literal: Literal? = nil,
                preposition: String? = nil, viaPronoun: Bool = false, wordCount: Int = 1) {
        self.text = text
        self.span = span
        self.kind = kind
        self.entity = entity
        self.literal = literal
        self.preposition = preposition
        self.viaPronoun = viaPronoun
        self.wordCount = wordCount
    }
}
