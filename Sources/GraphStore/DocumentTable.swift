/// The documents of a graph as columns, with their sentences, found by id or content hash.
struct DocumentTable: Sendable {
    /// Each document's identifier.
    private(set) var ids = StringColumn()
    /// Each document's title.
    private(set) var titles = StringColumn()
    /// Each document's source path or URL.
    private(set) var sources = StringColumn()
    /// Each document's date (empty when unknown).
    private(set) var dates = StringColumn()
    /// Each document's content hash (0 when unknown).
    private(set) var hashes: [UInt64] = []
    /// `sentenceStarts[d] ..< sentenceStarts[d + 1]` index document `d`'s sentences.
    private(set) var sentenceStarts: [UInt64] = [0]
    /// The text of every sentence of every document.
    private(set) var sentences = StringColumn()

    private var byID: [String: Int] = [:]
    private var byHash: [UInt64: Int] = [:]

    /// Makes an empty table.
    init() {}

    /// Makes a table from loaded columns, rebuilding the lookups; the caller has checked the
    /// columns have one entry per document and `sentenceStarts` is monotonic and in range.
    /// - Complexity: O(documents).
    init(ids: StringColumn, titles: StringColumn, sources: StringColumn, dates: StringColumn,
         hashes: [UInt64], sentenceStarts: [UInt64], sentences: StringColumn) {
        self.ids = ids
        self.titles = titles
        self.sources = sources
        self.dates = dates
        self.hashes = hashes
        self.sentenceStarts = sentenceStarts
        self.sentences = sentences
        for d in 0 ..< ids.count { index(d) }
    }

    /// The number of documents.
    var count: Int { hashes.count }

    /// The index of the document with this id or (nonzero) content hash, if any.
    /// - Complexity: O(*length*) expected.
    func find(id: String, hash: UInt64) -> Int? {
        byID[id] ?? (hash == 0 ? nil : byHash[hash])
    }

    /// Appends a document and returns its index.
    /// - Complexity: amortised O(size of the document).
    mutating func append(_ document: DocumentRecord) -> Int {
        ids.append(document.id)
        titles.append(document.title)
        sources.append(document.source)
        dates.append(document.date ?? "")
        hashes.append(document.contentHash)
        for sentence in document.sentences { sentences.append(sentence) }
        sentenceStarts.append(UInt64(sentences.count))
        index(count - 1)
        return count - 1
    }

    private mutating func index(_ d: Int) {
        let id = ids[d]
        if byID[id] == nil { byID[id] = d }
        if hashes[d] != 0, byHash[hashes[d]] == nil { byHash[hashes[d]] = d }
    }

    /// The number of sentences of document `d`.
    func sentenceCount(_ d: Int) -> Int { Int(sentenceStarts[d + 1] - sentenceStarts[d]) }

    /// Sentence `s` of document `d`, or `nil` when out of range.
    func sentence(_ s: Int, of d: Int) -> String? {
        guard d >= 0, d < count, s >= 0, s < sentenceCount(d) else { return nil }
        return sentences[Int(sentenceStarts[d]) + s]
    }

    /// Document `d` as a record.
    /// - Complexity: O(size of the document).
    func record(_ d: Int) -> DocumentRecord {
        let first = Int(sentenceStarts[d]), end = Int(sentenceStarts[d + 1])
        let date = dates[d]
        return DocumentRecord(id: ids[d], title: titles[d], source: sources[d], date: date.isEmpty ? nil : date,
                              sentences: (first ..< end).map { sentences[$0] }, contentHash: hashes[d])
    }
}
