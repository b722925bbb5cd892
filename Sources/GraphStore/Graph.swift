/// A knowledge graph: a dictionary of terms, the distinct triples over them in three sorted
/// permutation indexes (SPO, POS, OSP), the sources of each fact, and the documents they came from.
///
/// `Graph` is a value type: every part is an array with copy-on-write, so a copy is cheap and a
/// copy handed to another task (a running query) is a snapshot that later writes to the
/// original do not disturb. Reads never mutate, so one value may be read from many tasks at once.
///
/// Writes go to a small delta: ``insert(_:)`` and ``add(document:facts:)`` buffer new triples and
/// merge them into the sorted indexes when the delta outgrows a quarter of the graph, or at
/// ``commit()``. Reads see the delta too (scanned linearly), but results come in index order only
/// when ``isCommitted``. Imports, merges and saves commit.
public struct Graph: Sendable {
    var terms = TermDictionary()
    var spo = TripleIndex(.spo)
    var pos = TripleIndex(.pos)
    var osp = TripleIndex(.osp)
    /// Triples inserted since the last commit, distinct and not in the indexes.
    var pending: [Triple] = []
    var pendingSet: Set<Triple> = []
    var sources = SourceTable()
    var documents = DocumentTable()

    /// Makes an empty graph.
    public init() {}

    /// The number of distinct triples.
    /// - Complexity: O(1).
    public var tripleCount: Int { spo.count + pending.count }

    /// The number of terms (entities, predicates and literals); ids are `0 ..< termCount`.
    /// - Complexity: O(1).
    public var termCount: Int { terms.count }

    /// The number of documents.
    /// - Complexity: O(1).
    public var documentCount: Int { documents.count }

    /// The number of fact sources (one per time a fact was extracted or imported with a confidence).
    /// - Complexity: O(1).
    public var sourceCount: Int { sources.count }

    /// Whether every triple is in the sorted indexes (no uncommitted delta).
    public var isCommitted: Bool { pending.isEmpty && sources.order.count == sources.count }

    /// Whether `id` names a term of this graph.
    public func isValid(_ id: TermID) -> Bool { id.index < terms.count }

    /// Adds a triple of existing term ids; returns `false` when it was already present or an id
    /// is not a term of this graph.
    /// - Complexity: O(log *n*) amortised, including the occasional merge of the delta.
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        guard isValid(triple.subject), isValid(triple.predicate), isValid(triple.object),
              !spo.contains(Permutation.spo.key(triple)), pendingSet.insert(triple).inserted
        else { return false }
        pending.append(triple)
        if pending.count >= max(4096, spo.count / 4) { commit() }
        return true
    }

    /// Merges the delta into the sorted indexes.
    /// - Complexity: O(*m* log *m* + *n*) for *m* pending of *n* triples.
    public mutating func commit() {
        var batch = pending
        pending = []
        pendingSet = []
        mergeIntoIndexes(&batch)
        sources.commit()
    }

    /// Sorts `batch` (which may repeat triples or hold ones already present) and merges what is
    /// new into the three indexes; returns the number of triples added. Empties `batch` as soon
    /// as it is copied, to keep the peak memory of a large import down.
    /// - Complexity: O(*m* + *n*) (radix sort of the batch, stable sorts by one id for the other
    ///   two orders, then linear merges).
    @discardableResult
    mutating func mergeIntoIndexes(_ batch: inout [Triple]) -> Int {
        if batch.isEmpty { return 0 }
        let maxID = UInt32(truncatingIfNeeded: max(terms.count - 1, 0))
        var keys = batch.map { Permutation.spo.key($0) }
        batch = []
        RadixSort.sort(&keys, maxID: maxID)
        var kept = 0
        for i in keys.indices where (kept == 0 || keys[kept - 1] != keys[i]) && !spo.contains(keys[i]) {
            keys[kept] = keys[i]
            kept += 1
        }
        keys.removeLast(keys.count - kept)
        spo.merge(sorted: keys)
        // Listed in SPO order, OSP keys are already sorted after their first id (by s, p), and
        // POS keys in OSP order are sorted after theirs (by o, s): one stable sort by the
        // first id finishes each.
        var byObject = keys.map { Permutation.osp.key(Permutation.spo.triple($0)) }
        keys = []
        RadixSort.sort(&byObject, sortedAfterFirst: maxID)
        osp.merge(sorted: byObject)
        var byPredicate = byObject.map { Permutation.pos.key(Permutation.osp.triple($0)) }
        byObject = []
        RadixSort.sort(&byPredicate, sortedAfterFirst: maxID)
        pos.merge(sorted: byPredicate)
        return kept
    }

    /// The index kept in `order`.
    func index(_ order: Permutation) -> TripleIndex {
        switch order {
        case .spo: spo
        case .pos: pos
        case .osp: osp
        }
    }
}
