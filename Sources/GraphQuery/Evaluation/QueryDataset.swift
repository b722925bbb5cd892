import GraphStore

/// What the evaluator needs from a graph: pattern matches and counts over term ids, term
/// decoding, name lookup and provenance. ``GraphStore/Graph`` conforms; tests may supply others.
///
/// All ids live in one space: the id of a term is the same whichever position it appears in.
public protocol QueryDataset: Sendable {
    /// The collection ``match(_:_:_:)`` returns.
    associatedtype Matches: Collection<Triple>

    /// The triples matching a pattern; `nil` leaves a position unbound.
    func match(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> Matches
    /// The number of triples matching a pattern, for the planner.
    func count(_ subject: TermID?, _ predicate: TermID?, _ object: TermID?) -> Int
    /// The number of distinct triples.
    var tripleCount: Int { get }
    /// What term `id` stands for, or nil when it is not a term.
    func term(_ id: TermID) -> Term?
    /// The kind of term `id` (what ``term(_:)`` would decode), or nil when it is not a term.
    func kind(of id: TermID) -> TermKind?
    /// The entities whose canonical name or alias equals `name`, ignoring case.
    func entities(matching name: String) -> [TermID]
    /// Every term of one kind.
    func ids(of kind: TermKind) -> [TermID]
    /// The id of a literal, if present.
    func literal(_ literal: Literal) -> TermID?
    /// The sources of a fact.
    func provenance(of triple: Triple) -> [Provenance]
    /// Every entity alias with the entity it belongs to (for the whole-word name rule).
    func entityAliases() -> [(owner: TermID, alias: String)]
    /// Calls `body` with the UTF-8 of the name of entity or predicate `id` (its display text)
    /// and returns its answer; nil for other terms.
    func withName(of id: TermID, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool?
    /// Each entity's and predicate's position in name order, indexed by term id (`UInt32.max`
    /// for literals; see ``GraphStore/Graph/nameRanks()``), or empty when the dataset offers none.
    func nameRanks() -> [UInt32]
}

extension QueryDataset {
    /// No aliases: the default for datasets that keep none.
    public func entityAliases() -> [(owner: TermID, alias: String)] { [] }

    /// The name decoded through ``term(_:)``: the default for datasets with no stored bytes.
    public func withName(of id: TermID, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        let name: String
        switch term(id) {
        case .entity(let text, _)?, .predicate(let text)?: name = text
        default: return nil
        }
        var copy = name
        return copy.withUTF8(body)
    }

    /// The kind read from the decoded term: the default for datasets with no cheaper way.
    public func kind(of id: TermID) -> TermKind? {
        switch term(id) {
        case .entity?: .entity
        case .predicate?: .predicate
        case .literal(.string(_, let language))?: language == nil ? .string : .languageString
        case .literal(.integer)?: .integer
        case .literal(.decimal)?: .decimal
        case .literal(.date)?: .date
        case .literal(.year)?: .year
        case nil: nil
        }
    }

    /// No ranks: sorts compare names.
    public func nameRanks() -> [UInt32] { [] }
}

extension Graph: QueryDataset {}
