/// The dictionary of a graph: every term once, with a dense id, and the indexes that find
/// terms by exact text and by case-folded name or alias.
///
/// Stored as columns (kind, entity type, text) and flat hash tables, so it saves and loads with
/// bulk copies.
struct TermDictionary: Sendable {
    /// ``TermKind`` raw value of each term.
    private(set) var kinds: [UInt8] = []
    /// ``EntityType`` raw value of each term (``EntityType/other`` for non-entities).
    private(set) var types: [UInt8] = []
    /// The stored text of each term (see ``Literal/encoded``).
    private(set) var texts = StringColumn()
    /// The entity each alias belongs to.
    private(set) var aliasOwners: [UInt32] = []
    /// The text of each alias.
    private(set) var aliasTexts = StringColumn()

    /// Term ids by kind and exact text.
    private(set) var exact = IDHashTable()
    /// Entity and predicate ids by case-folded text.
    private(set) var folded = IDHashTable()
    /// Alias indexes by case-folded alias text.
    private(set) var foldedAliases = IDHashTable()
    /// A direct-mapped cache of recently interned terms (hash tag << 32 | id + 1), so the
    /// repeated names of an import are found without probing the large table.
    private var recent = [UInt64](repeating: 0, count: 4096)

    /// Makes an empty dictionary.
    init() {}

    /// Makes a dictionary from loaded columns and hash tables, or `nil` when a table does not
    /// hold exactly one entry per term, name or alias.
    /// - Complexity: O(1) beyond the validation of the tables.
    init?(kinds: [UInt8], types: [UInt8], texts: StringColumn, aliasOwners: [UInt32], aliasTexts: StringColumn,
          exact: IDHashTable, folded: IDHashTable, foldedAliases: IDHashTable) {
        let names = kinds.reduce(0) { $0 + ($1 <= TermKind.predicate.rawValue ? 1 : 0) }
        guard exact.count == kinds.count, folded.count == names, foldedAliases.count == aliasOwners.count else { return nil }
        self.kinds = kinds
        self.types = types
        self.texts = texts
        self.aliasOwners = aliasOwners
        self.aliasTexts = aliasTexts
        self.exact = exact
        self.folded = folded
        self.foldedAliases = foldedAliases
    }

    /// The number of terms.
    var count: Int { kinds.count }

    /// The kind of term `id`.
    func kind(_ id: UInt32) -> TermKind { TermKind(rawValue: kinds[Int(id)]) ?? .entity }

    /// The entity type of term `id`.
    func type(_ id: UInt32) -> EntityType { EntityType(rawValue: types[Int(id)]) ?? .other }

    /// The stored text of term `id`.
    func text(_ id: UInt32) -> String { texts[Int(id)] }

    private static func exactHash<C: Collection<UInt8>>(_ kind: TermKind, _ bytes: C) -> UInt64 {
        NameHash.exact(bytes, seed: UInt64(kind.rawValue) &* 0x9E37_79B9_7F4A_7C15)
    }

    private mutating func indexTerm(_ id: UInt32) {
        let kind = kind(id)
        let bytes = texts.utf8(Int(id))
        exact.insert(id, hash: Self.exactHash(kind, bytes))
        if kind == .entity || kind == .predicate { folded.insert(id, hash: NameHash.folded(bytes)) }
    }

    /// The id of the term of `kind` whose stored text is exactly `bytes`.
    /// - Complexity: O(*length*) expected.
    func find<C: Collection<UInt8>>(_ kind: TermKind, _ bytes: C) -> UInt32? {
        find(kind, bytes, hash: Self.exactHash(kind, bytes))
    }

    private func find<C: Collection<UInt8>>(_ kind: TermKind, _ bytes: C, hash: UInt64) -> UInt32? {
        exact.first(hash: hash) { id in kinds[Int(id)] == kind.rawValue && texts.equals(Int(id), bytes) }
    }

    /// The id of the term found through the ``recent`` cache, if it is there.
    private func cached<C: Collection<UInt8>>(_ kind: TermKind, _ bytes: C, hash: UInt64) -> UInt32? {
        let entry = recent[Int(truncatingIfNeeded: hash) & (recent.count - 1)]
        guard entry != 0, entry >> 32 == hash >> 32 else { return nil }
        let id = UInt32(truncatingIfNeeded: entry) &- 1
        guard Int(id) < kinds.count, kinds[Int(id)] == kind.rawValue, texts.equals(Int(id), bytes) else { return nil }
        return id
    }

    /// The id of the term of `kind` with text `bytes`, adding it if new.
    ///
    /// An entity added again with a more specific type than ``EntityType/other`` takes that type.
    /// - Complexity: amortised O(*length*) expected.
    mutating func intern<C: Collection<UInt8>>(_ kind: TermKind, _ bytes: C, type: EntityType = .other) -> UInt32 {
        let hash = Self.exactHash(kind, bytes)
        let id: UInt32
        if let known = cached(kind, bytes, hash: hash) ?? find(kind, bytes, hash: hash) {
            id = known
            if kind == .entity, type != .other, types[Int(id)] == EntityType.other.rawValue {
                types[Int(id)] = type.rawValue
            }
        } else {
            id = UInt32(kinds.count)
            kinds.append(kind.rawValue)
            types.append(kind == .entity ? type.rawValue : EntityType.other.rawValue)
            texts.append(bytes: bytes)
            indexTerm(id)
        }
        recent[Int(truncatingIfNeeded: hash) & (recent.count - 1)] = (hash >> 32) << 32 | UInt64(id &+ 1)
        return id
    }

    /// Sets the type of entity `id` if it is still ``EntityType/other``.
    mutating func refineType(_ id: UInt32, to type: EntityType) {
        if types[Int(id)] == EntityType.other.rawValue { types[Int(id)] = type.rawValue }
    }

    /// Records `alias` for entity `id` unless it is already one of its names.
    /// - Complexity: O(*length* + entities sharing the folded alias) expected.
    mutating func addAlias(_ alias: String, to id: UInt32) {
        let bytes = Array(alias.utf8)
        if bytes.isEmpty || texts.equals(Int(id), bytes) { return }
        let hash = NameHash.folded(bytes)
        let known = foldedAliases.first(hash: hash) { i in
            aliasOwners[Int(i)] == id && aliasTexts.equals(Int(i), bytes)
        }
        if known != nil { return }
        aliasOwners.append(id)
        aliasTexts.append(bytes: bytes)
        foldedAliases.insert(UInt32(aliasOwners.count - 1), hash: hash)
    }

    /// The aliases of entity `id`, in the order they were added.
    /// - Complexity: O(aliases in the graph).
    /// Every alias with its owner, in alias order.
    /// - Complexity: O(aliases + their total length).
    func aliasEntries() -> [(owner: UInt32, alias: String)] {
        zip(aliasOwners, aliasOwners.indices).map { owner, index in (owner, aliasTexts[index]) }
    }

    func aliases(of id: UInt32) -> [String] {
        aliasOwners.indices.filter { aliasOwners[$0] == id }.map { aliasTexts[$0] }
    }

    /// Terms of `kind` (entity or predicate) whose text or alias equals `name` ignoring case;
    /// canonical-name matches come first, each id once, in id order within each group.
    /// - Complexity: O(*length* + matches) expected.
    func matching(_ name: String, kind: TermKind) -> [UInt32] {
        let key = NameHash.fold(Array(name.utf8))
        let hash = NameHash.exact(key)
        var byName: [UInt32] = []
        folded.forEach(hash: hash) { id in
            if kinds[Int(id)] == kind.rawValue, NameHash.fold(texts.utf8(Int(id))) == key { byName.append(id) }
            return true
        }
        var byAlias: [UInt32] = []
        if kind == .entity {
            foldedAliases.forEach(hash: hash) { i in
                if NameHash.fold(aliasTexts.utf8(Int(i))) == key { byAlias.append(aliasOwners[Int(i)]) }
                return true
            }
        }
        let names = Set(byName)
        return byName.sorted() + Set(byAlias).subtracting(names).sorted()
    }
}
