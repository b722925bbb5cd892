import GraphStore

/// One cell of a result: an entity, predicate or literal of the graph, a count, or text.
public enum QueryValue: Sendable, Hashable, CustomStringConvertible {
    /// An entity with its canonical name and type.
    case entity(TermID, name: String, type: EntityType)
    /// A predicate with its phrase.
    case predicate(TermID, String)
    /// A literal of the graph.
    case literal(TermID, Literal)
    /// A number computed by the query (`count`, a depth, a step).
    case number(Int)
    /// Text computed by the query (sentences, titles and rules in `why`, plan lines in `explain`).
    case text(String)

    /// The term id, when the value is a term of the graph.
    public var termID: TermID? {
        switch self {
        case .entity(let id, _, _), .predicate(let id, _), .literal(let id, _): id
        case .number, .text: nil
        }
    }

    /// The text to show: a name, a phrase, a literal's lexical form, a number, or the text.
    public var displayText: String {
        switch self {
        case .entity(_, let name, _): name
        case .predicate(_, let text): text
        case .literal(_, let literal): literal.lexicalForm
        case .number(let value): String(value)
        case .text(let text): text
        }
    }

    /// The display text.
    public var description: String { displayText }

    /// Decodes term `id` of `dataset` (an id the dataset does not know shows as text `#id`).
    static func of(_ id: TermID, in dataset: some QueryDataset) -> QueryValue {
        switch dataset.term(id) {
        case .entity(let name, let type): .entity(id, name: name, type: type)
        case .predicate(let text): .predicate(id, text)
        case .literal(let literal): .literal(id, literal)
        case nil: .text(id.description)
        }
    }
}
