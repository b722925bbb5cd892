import GraphStore
import Synchronization

/// Turns names as people type them into term ids, and suggests the closest names for a miss.
///
/// The rule (docs/QUERY.md, "Names"): a name matches the entities whose canonical name or an
/// alias equals it ignoring case, with `_` and spaces interchangeable; when there are none and
/// the name is a single word, it matches the entities whose canonical name or an alias has it
/// as a whole word (`Blinken` → `Antony Blinken`, `Tony` → `Antony Blinken` by its alias
/// `Tony Blinken`). Predicates match by normalised text: lowercase, `_` as a
/// space, runs of spaces as one.
///
/// The word and predicate tables are built on first use and kept, so one index should live as
/// long as its dataset (``QueryEngine`` keeps one).
final class NameIndex: Sendable {
    private struct EntityTables: Sendable {
        var words: [String: [TermID]] = [:]
        var names: [(id: TermID, name: String)] = []
    }

    private struct PredicateTables: Sendable {
        var byText: [String: [TermID]] = [:]
        var texts: [String] = []
    }

    private let entityTables = Mutex<EntityTables?>(nil)
    private let predicateTables = Mutex<PredicateTables?>(nil)

    init() {}

    /// `text` lowercased, `_` read as a space, whitespace runs collapsed, ends trimmed.
    /// - Complexity: O(*length*); one pass over the bytes when `text` is ASCII.
    static func normalize(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.lowercased().replacing("_", with: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            // ASCII whitespace (what Character.isWhitespace accepts below 0x80) and `_`.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == UInt8(ascii: "_") {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` with every `from` character replaced by `to` (both ASCII); `text` itself when it
    /// has none.
    private static func swapping(_ from: UInt8, for to: UInt8, in text: String) -> String {
        guard text.utf8.contains(from) else { return text }
        return String(decoding: text.utf8.map { $0 == from ? to : $0 }, as: UTF8.self)
    }

    private static func words(of name: String) -> Set<String> {
        let normalized = normalize(name)
        var words = Set(normalized.split(separator: " ").map(String.init))
        for word in normalized.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.insert(String(word)) }
        return words
    }

    /// The entity word table (words of canonical names and aliases), built on first use
    /// (O(entities + aliases)).
    private func withEntities<R>(_ dataset: some QueryDataset, _ body: (EntityTables) -> R) -> R {
        entityTables.withLock { state in
            if state == nil {
                var built = EntityTables()
                var aliasWords: [TermID: Set<String>] = [:]
                for (owner, alias) in dataset.entityAliases() { aliasWords[owner, default: []].formUnion(Self.words(of: alias)) }
                for id in dataset.ids(of: .entity) {
                    guard case .entity(let name, _) = dataset.term(id) else { continue }
                    built.names.append((id, name))
                    var words = Self.words(of: name)
                    if let extra = aliasWords[id] { words.formUnion(extra) }
                    for word in words { built.words[word, default: []].append(id) }
                }
                state = built
            }
            return body(state ?? EntityTables())
        }
    }

    /// The predicate table, built on first use (O(predicates)).
    private func withPredicates<R>(_ dataset: some QueryDataset, _ body: (PredicateTables) -> R) -> R {
        predicateTables.withLock { state in
            if state == nil {
                var built = PredicateTables()
                for id in dataset.ids(of: .predicate) {
                    guard case .predicate(let text) = dataset.term(id) else { continue }
                    built.byText[Self.normalize(text), default: []].append(id)
                    built.texts.append(text)
                }
                state = built
            }
            return body(state ?? PredicateTables())
        }
    }

    /// The entities a typed name stands for, by the rule above.
    func entities(named text: String, in dataset: some QueryDataset) -> [TermID] {
        // The text as typed and with `_` and spaces swapped, each distinct spelling looked up once.
        var spellings = [text]
        for spelling in [Self.swapping(UInt8(ascii: "_"), for: 0x20, in: text),
                         Self.swapping(0x20, for: UInt8(ascii: "_"), in: text)] where !spellings.contains(spelling) {
            spellings.append(spelling)
        }
        var found: [TermID] = []
        for spelling in spellings { found += dataset.entities(matching: spelling) }
        if !found.isEmpty { return Self.sortedUnique(found) }
        let normalized = Self.normalize(text)
        guard !normalized.isEmpty, !normalized.contains(" ") else { return [] }
        return withEntities(dataset) { ($0.words[normalized] ?? []).sorted() }
    }

    /// Every term a name or number in a pattern stands for: entities by the rule above, plus a
    /// string, date or numeric literal with exactly that text or value. `entities` are the
    /// name's entities when the caller has looked them up already.
    func terms(for term: PatternTerm.Kind, entities known: [TermID]? = nil, in dataset: some QueryDataset) -> [TermID] {
        var ids: [TermID] = []
        switch term {
        case .name(let text, _):
            ids = known ?? entities(named: text, in: dataset)
            ids += [Literal.string(text), .date(text)].compactMap(dataset.literal)
        case .number(let text):
            ids = known ?? entities(named: text, in: dataset)
            if let value = Int64(text) {
                ids += [Literal.integer(value)].compactMap(dataset.literal)
                if let year = Int32(exactly: value) { ids += [Literal.year(year)].compactMap(dataset.literal) }
            }
            ids += [Literal.decimal(text)].compactMap(dataset.literal)
        case .variable, .anonymous:
            break
        }
        return Self.sortedUnique(ids)
    }

    /// `ids` ascending, each once.
    /// - Complexity: O(*n* log *n*).
    private static func sortedUnique(_ ids: [TermID]) -> [TermID] {
        var sorted = ids.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeSubrange(kept...)
        return sorted
    }

    /// The predicates whose normalised text equals the normalised `text`.
    func predicates(named text: String, in dataset: some QueryDataset) -> [TermID] {
        withPredicates(dataset) { $0.byText[Self.normalize(text)] ?? [] }
    }

    /// Up to three entity names closest to `text` by edit distance (whole names and their words).
    func suggestEntities(for text: String, in dataset: some QueryDataset) -> [String] {
        let typed = Self.normalize(text)
        let threshold = max(2, typed.count / 3)
        return withEntities(dataset) { tables in
            var scored: [(Int, String)] = []
            for (_, name) in tables.names {
                let candidates = [Self.normalize(name)] + Self.words(of: name)
                let best = candidates.lazy.filter { abs($0.count - typed.count) <= threshold }
                    .map { EditDistance.between(typed, $0) }.min()
                if let best, best <= threshold { scored.append((best, name)) }
            }
            scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            var seen: Set<String> = []
            return Array(scored.map(\.1).filter { seen.insert($0).inserted }.prefix(3))
        }
    }

    /// Up to three predicate phrases closest to `text`.
    func suggestPredicates(for text: String, in dataset: some QueryDataset) -> [String] {
        withPredicates(dataset) { EditDistance.closest(to: Self.normalize(text), among: $0.texts) }
    }
}
