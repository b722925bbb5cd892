/// Every source of every fact, as columns (struct of arrays), with strings interned in one pool.
///
/// Sources are appended in arrival order; ``order`` lists them sorted by triple so the sources of
/// one fact are found by binary search. Sources added since the last ``commit()`` are searched
/// linearly until then.
struct SourceTable: Sendable, Equatable {
    /// The document index meaning "no document" (a triple imported with a confidence only).
    static let noDocument = UInt32.max

    /// The fact (SPO key) of each source.
    var triples: [PackedKey] = []
    /// The document index of each source, or ``noDocument``.
    var documents: [UInt32] = []
    /// The sentence index within its document.
    var sentences: [UInt32] = []
    /// Start of the UTF-8 evidence span within the sentence.
    var spanStarts: [UInt32] = []
    /// End of the UTF-8 evidence span within the sentence.
    var spanEnds: [UInt32] = []
    /// Extractor rule name (pool index).
    var rules: [UInt32] = []
    /// Confidence in 0...1.
    var confidences: [Float] = []
    /// Surface predicate as written (pool index).
    var surfaces: [UInt32] = []
    /// Time qualifier (pool index or ``StringPool/none``).
    var times: [UInt32] = []
    /// Place qualifier (pool index or ``StringPool/none``).
    var places: [UInt32] = []
    /// ``FactFlags`` raw value.
    var flags: [UInt8] = []
    /// The interned rule, surface, time and place strings.
    var strings = StringPool()
    /// Source indexes sorted by triple (stable), covering the first `order.count` sources.
    var order: [UInt32] = []

    /// The number of sources.
    var count: Int { triples.count }

    /// One source to append.
    struct Row {
        var triple: PackedKey
        var document: UInt32
        var sentence: UInt32
        var span: Range<UInt32>
        var rule: String
        var confidence: Float
        var surface: String
        var time: String?
        var place: String?
        var flags: UInt8
    }

    /// Appends a source.
    /// - Complexity: amortised O(length of its strings).
    mutating func append(_ row: Row) {
        triples.append(row.triple)
        documents.append(row.document)
        sentences.append(row.sentence)
        spanStarts.append(row.span.lowerBound)
        spanEnds.append(row.span.upperBound)
        rules.append(strings.intern(row.rule))
        confidences.append(row.confidence)
        surfaces.append(strings.intern(row.surface))
        times.append(strings.intern(row.time))
        places.append(strings.intern(row.place))
        flags.append(row.flags)
    }

    /// The source at `i` as a row (strings decoded).
    func row(_ i: Int) -> Row {
        Row(triple: triples[i], document: documents[i], sentence: sentences[i],
            span: spanStarts[i] ..< max(spanStarts[i], spanEnds[i]), rule: strings[rules[i]] ?? "",
            confidence: confidences[i], surface: strings[surfaces[i]] ?? "",
            time: strings[times[i]], place: strings[places[i]], flags: flags[i])
    }

    /// Sorts the sources appended since the last commit into ``order``.
    /// - Complexity: O(*m* log *m* + *n*) for *m* new of *n* sources.
    mutating func commit() {
        if order.count == count { return }
        let keys = triples
        let new = (order.count ..< count).map { UInt32($0) }.sorted { (a: UInt32, b: UInt32) -> Bool in
            let x = keys[Int(a)], y = keys[Int(b)]
            return x < y || (x == y && a < b)
        }
        order = mergeSorted(order, new) { keys[Int($0)] < keys[Int($1)] }
    }

    /// The indexes of the sources of `triple`, in arrival order.
    /// - Complexity: O(log *n* + uncommitted sources + matches).
    func sources(of triple: PackedKey) -> [Int] {
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) >> 1
            if triples[Int(order[mid])] < triple { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        while low < order.count, triples[Int(order[low])] == triple {
            found.append(Int(order[low]))
            low += 1
        }
        for i in order.count ..< count where triples[i] == triple { found.append(i) }
        return found.sorted()
    }
}
