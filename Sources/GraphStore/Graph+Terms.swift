extension Graph {
    /// What term `id` stands for, or `nil` when `id` is not a term of this graph.
    /// - Complexity: O(length of its text).
    public func term(_ id: TermID) -> Term? {
        guard isValid(id) else { return nil }
        let kind = terms.kind(id.rawValue)
        let text = terms.text(id.rawValue)
        switch kind {
        case .entity: return .entity(name: text, type: terms.type(id.rawValue))
        case .predicate: return .predicate(text)
        default: return Literal(kind: kind, text: text).map(Term.literal)
        }
    }

    /// Calls `body` with the UTF-8 bytes of the name of entity `id` or the phrase of predicate
    /// `id`, read in place from the dictionary (no `String` is made), and returns its answer;
    /// `nil` when `id` is not an entity or predicate of this graph. The bytes are what
    /// ``term(_:)`` decodes. (Not generic, so that a test per row from another module costs a
    /// plain call.)
    /// - Complexity: O(1) beyond `body`.
    public func withName(of id: TermID, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        guard let kind = kind(of: id), kind == .entity || kind == .predicate else { return nil }
        return terms.texts.withUTF8(id.index, body)
    }

    /// The sort position of every entity's name and every predicate's phrase, indexed by term
    /// id: entities ranked by name in Unicode code point (UTF-8 byte) order, then predicates by
    /// phrase after every entity; `UInt32.max` for literals. Two different terms never share a
    /// rank. Comparing ranks orders terms as comparing their texts does, so a sort by name can
    /// compare integers; the table describes this value of the graph (make it again after adding
    /// terms).
    /// - Complexity: O(*t* log *t*) for *t* entities and predicates; 4 bytes per term.
    public func nameRanks() -> [UInt32] { terms.nameRanks() }

    /// The kind of term `id`, or `nil` when it is not a term of this graph.
    /// - Complexity: O(1).
    public func kind(of id: TermID) -> TermKind? { isValid(id) ? terms.kind(id.rawValue) : nil }

    /// The text people read for term `id` (name, phrase or lexical form); empty for an invalid id.
    /// - Complexity: O(length).
    public func name(of id: TermID) -> String { term(id)?.displayText ?? "" }

    /// The type of entity `id`, or `nil` when it is not an entity.
    /// - Complexity: O(1).
    public func entityType(of id: TermID) -> EntityType? {
        kind(of: id) == .entity ? terms.type(id.rawValue) : nil
    }

    /// The aliases of entity `id`.
    /// - Complexity: O(aliases in the graph).
    public func aliases(of id: TermID) -> [String] { isValid(id) ? terms.aliases(of: id.rawValue) : [] }

    /// Every alias of the graph with the entity it belongs to, in the order the aliases were
    /// added: one pass over the alias column, for indexes built once per snapshot (such as the
    /// query engine's whole-word name table) instead of one ``aliases(of:)`` scan per entity.
    /// - Complexity: O(aliases in the graph + their total length).
    public func entityAliases() -> [(owner: TermID, alias: String)] {
        terms.aliasEntries().map { (TermID(rawValue: $0.owner), $0.alias) }
    }

    /// The entity whose canonical name is exactly `name`.
    /// - Complexity: O(length) expected.
    public func entity(named name: String) -> TermID? {
        terms.find(.entity, name.utf8).map(TermID.init(rawValue:))
    }

    /// The entities whose canonical name or alias equals `name` ignoring case (Unicode
    /// lowercasing): canonical-name matches first, then alias matches, each in id order.
    /// - Complexity: O(length + matches) expected.
    public func entities(matching name: String) -> [TermID] {
        terms.matching(name, kind: .entity).map(TermID.init(rawValue:))
    }

    /// The predicate whose phrase is exactly `text`, else the first one equal to it ignoring case.
    /// - Complexity: O(length) expected.
    public func predicate(named text: String) -> TermID? {
        if let id = terms.find(.predicate, text.utf8) { return TermID(rawValue: id) }
        return terms.matching(text, kind: .predicate).first.map(TermID.init(rawValue:))
    }

    /// The id of a literal, if the graph holds it.
    /// - Complexity: O(length) expected.
    public func literal(_ literal: Literal) -> TermID? {
        let (kind, text) = literal.encoded
        return terms.find(kind, text.utf8).map(TermID.init(rawValue:))
    }

    /// The ids of every term of `kind`, ascending.
    /// - Complexity: O(terms).
    public func ids(of kind: TermKind) -> [TermID] {
        terms.kinds.indices.filter { terms.kinds[$0] == kind.rawValue }.map { TermID($0) }
    }

    /// Every entity's canonical name and alias, distinct and sorted in Unicode code point
    /// order, for completion and "did you mean".
    /// - Complexity: O(*t* log *t*) for *t* names.
    public var entityNames: [String] { terms.sortedNames(of: .entity, includingAliases: true) }

    /// Every predicate phrase, sorted in Unicode code point order, for completion and
    /// "did you mean".
    /// - Complexity: O(*t* log *t*) for *t* predicates.
    public var predicateNames: [String] { terms.sortedNames(of: .predicate, includingAliases: false) }
}
