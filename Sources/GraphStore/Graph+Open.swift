extension Graph {
    /// Opens a graph saved by ``save(to:)``.
    ///
    /// The file is mapped, its header and every section are checked against their checksums,
    /// and its columns are copied in bulk and validated (lengths before any allocation, ids
    /// against the term count, indexes sorted and consistent) before a graph is returned: a
    /// truncated, corrupted, foreign or newer-version file is refused with a one-line error,
    /// never half-loaded. The three indexes are decoded sequentially from their runs; the
    /// lookup hash tables are copied as stored.
    /// - Throws: ``GraphFileError``.
    /// - Complexity: O(file size + terms).
    public init(contentsOfFile path: String) throws(GraphFileError) {
        let file = try MappedFile(path: path)
        self = try withExtendedLifetime(file) { () throws(GraphFileError) -> Graph in
            try Graph.decode(file.bytes, path: path)
        }
    }

    /// Decodes a whole file's bytes.
    static func decode(_ bytes: UnsafeRawBufferPointer, path: String) throws(GraphFileError) -> Graph {
        let sections = try sectionTable(bytes, path: path)
        var graph = Graph()
        func reader(_ kind: GraphFileLayout.Section) -> BinaryReader {
            let range = sections[kind] ?? 0 ..< 0
            return BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[range]), path: path, section: kind.name)
        }
        var terms = reader(.terms), triples = reader(.triples), documents = reader(.documents), sources = reader(.sources)
        graph.terms = try decodeTerms(&terms)
        try decodeTriples(&triples, into: &graph)
        graph.documents = try decodeDocuments(&documents)
        graph.sources = try decodeSources(&sources, graph: graph)
        return graph
    }

    /// Checks magic, version, length and header checksum, then every section's bounds and
    /// checksum; returns each section's byte range.
    private static func sectionTable(_ bytes: UnsafeRawBufferPointer, path: String) throws(GraphFileError)
        -> [GraphFileLayout.Section: Range<Int>] {
        let magic = GraphFileLayout.magic
        guard bytes.prefix(magic.count).elementsEqual(magic.prefix(bytes.count)) else { throw .notAGraphFile(path: path) }
        let headerSize = GraphFileLayout.headerSize
        guard bytes.count >= headerSize else {
            throw .truncated(path: path, detail: "\(bytes.count) bytes, shorter than the \(headerSize)-byte header")
        }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        let version = u32(8)
        guard version <= GraphFileLayout.version else {
            throw .newerVersion(path: path, version: version, supported: GraphFileLayout.version)
        }
        let count = Int(u32(12))
        guard version > 0, count <= GraphFileLayout.maximumSections else {
            throw .checksumMismatch(path: path, section: "header")
        }
        let tableEnd = headerSize + count * GraphFileLayout.entrySize
        guard bytes.count >= tableEnd else { throw .truncated(path: path, detail: "the section table is cut short") }
        var checked = Array(bytes[0 ..< 24])
        checked.append(contentsOf: bytes[headerSize ..< tableEnd])
        guard headerChecksum(checked) == u64(24) else { throw .checksumMismatch(path: path, section: "header") }
        let length = u64(16)
        guard UInt64(bytes.count) >= length else {
            throw .truncated(path: path, detail: "\(bytes.count) of \(length) bytes")
        }
        guard UInt64(bytes.count) == length else {
            throw .malformed(path: path, detail: "\(UInt64(bytes.count) - length) bytes after the end of the graph")
        }
        var sections: [GraphFileLayout.Section: Range<Int>] = [:]
        var expectedOffset = UInt64(tableEnd)
        for i in 0 ..< count {
            let entry = headerSize + i * GraphFileLayout.entrySize
            let offset = u64(entry + 8), size = u64(entry + 16)
            guard let kind = GraphFileLayout.Section(rawValue: u32(entry)), sections[kind] == nil else {
                throw .malformed(path: path, detail: "unknown or repeated section kind \(u32(entry))")
            }
            guard offset == expectedOffset, size <= length - offset else {
                throw .malformed(path: path, detail: "\(kind.name) is not where the section table says")
            }
            let range = Int(offset) ..< Int(offset + size)
            guard XXHash64.hash(UnsafeRawBufferPointer(rebasing: bytes[range])) == u64(entry + 24) else {
                throw .checksumMismatch(path: path, section: kind.name)
            }
            sections[kind] = range
            expectedOffset = offset + size
        }
        guard expectedOffset == length else { throw .malformed(path: path, detail: "sections do not fill the file") }
        if let missing = GraphFileLayout.Section.allCases.first(where: { sections[$0] == nil }) {
            throw .malformed(path: path, detail: "no \(missing.name)")
        }
        return sections
    }

    private static func decodeTerms(_ r: inout BinaryReader) throws(GraphFileError) -> TermDictionary {
        let kinds = try r.column(UInt8.self, "kinds")
        let types = try r.column(UInt8.self, "entity types")
        let texts = try r.strings("texts")
        let owners = try r.column(UInt32.self, "alias owners")
        let aliases = try r.strings("aliases")
        let exactSlots = try r.column(UInt64.self, "term table")
        let nameSlots = try r.column(UInt64.self, "name table")
        let aliasSlots = try r.column(UInt64.self, "alias table")
        try r.finish()
        try r.require(types.count == kinds.count && texts.count == kinds.count && aliases.count == owners.count,
                      "columns differ in length")
        try r.require(kinds.allSatisfy { TermKind(rawValue: $0) != nil }, "unknown term kind")
        try r.require(types.allSatisfy { EntityType(rawValue: $0) != nil }, "unknown entity type")
        try r.require(owners.allSatisfy { Int($0) < kinds.count && kinds[Int($0)] == TermKind.entity.rawValue },
                      "alias of a term that is not an entity")
        guard let exact = IDHashTable(slots: exactSlots, idLimit: kinds.count),
              let names = IDHashTable(slots: nameSlots, idLimit: kinds.count),
              let aliasTable = IDHashTable(slots: aliasSlots, idLimit: owners.count),
              let terms = TermDictionary(kinds: kinds, types: types, texts: texts, aliasOwners: owners, aliasTexts: aliases,
                                         exact: exact, folded: names, foldedAliases: aliasTable)
        else { throw r.malformed("a lookup table is inconsistent with the terms") }
        return terms
    }

    private static func decodeTriples(_ r: inout BinaryReader, into graph: inout Graph) throws(GraphFileError) {
        var fingerprints: [UInt64] = []
        for order in Permutation.allCases {
            let lengths = try r.rawColumn(UInt32.self, "\(order) run lengths")
            let pairs = try r.rawColumn(IDPair.self, "\(order) pairs", unitsPerElement: 2)
            var fingerprint: UInt64 = 0
            let index = try TripleIndex.decode(order, lengths: lengths, pairs: pairs, termCount: graph.terms.count,
                                               fingerprint: &fingerprint, r)
            fingerprints.append(fingerprint)
            switch order {
            case .spo: graph.spo = index
            case .pos: graph.pos = index
            case .osp: graph.osp = index
            }
        }
        try r.finish()
        try r.require(graph.pos.count == graph.spo.count && graph.osp.count == graph.spo.count
            && Set(fingerprints).count == 1, "the three indexes do not hold the same triples")
    }

    private static func decodeDocuments(_ r: inout BinaryReader) throws(GraphFileError) -> DocumentTable {
        let ids = try r.strings("ids"), titles = try r.strings("titles")
        let sources = try r.strings("sources"), dates = try r.strings("dates")
        let hashes = try r.column(UInt64.self, "hashes")
        let starts = try r.column(UInt64.self, "sentence starts")
        let sentences = try r.strings("sentences")
        try r.finish()
        let count = ids.count
        try r.require([titles.count, sources.count, dates.count, hashes.count, starts.count - 1].allSatisfy { $0 == count },
                      "columns differ in length")
        try r.require(starts.first == 0 && starts.last == UInt64(sentences.count) && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 },
                      "sentence starts are inconsistent")
        return DocumentTable(ids: ids, titles: titles, sources: sources, dates: dates, hashes: hashes,
                             sentenceStarts: starts, sentences: sentences)
    }

    private static func decodeSources(_ r: inout BinaryReader, graph: Graph) throws(GraphFileError) -> SourceTable {
        var table = SourceTable()
        table.triples = try r.column(PackedKey.self, "triples", unitsPerElement: 3)
        table.documents = try r.column(UInt32.self, "documents")
        table.sentences = try r.column(UInt32.self, "sentences")
        table.spanStarts = try r.column(UInt32.self, "span starts")
        table.spanEnds = try r.column(UInt32.self, "span ends")
        table.rules = try r.column(UInt32.self, "rules")
        table.confidences = try r.column(Float.self, "confidences")
        table.surfaces = try r.column(UInt32.self, "surfaces")
        table.times = try r.column(UInt32.self, "times")
        table.places = try r.column(UInt32.self, "places")
        table.flags = try r.column(UInt8.self, "flags")
        table.order = try r.column(UInt32.self, "order")
        table.strings = StringPool(column: try r.strings("strings"))
        try r.finish()
        let m = table.count
        try r.require([table.documents.count, table.sentences.count, table.spanStarts.count, table.spanEnds.count,
                       table.rules.count, table.confidences.count, table.surfaces.count, table.times.count,
                       table.places.count, table.flags.count, table.order.count].allSatisfy { $0 == m },
                      "columns differ in length")
        let pooled = UInt32(table.strings.count)
        var seen = [Bool](repeating: false, count: m)
        let keys = graph.spo.keys
        var j = 0
        for i in 0 ..< m {
            let d = table.documents[i]
            try r.require(d == SourceTable.noDocument
                || (Int(d) < graph.documents.count && Int(table.sentences[i]) < graph.documents.sentenceCount(Int(d))),
                "source \(i) points outside the documents")
            try r.require(table.rules[i] < pooled && table.surfaces[i] < pooled
                && (table.times[i] < pooled || table.times[i] == StringPool.none)
                && (table.places[i] < pooled || table.places[i] == StringPool.none), "source \(i) names an unknown string")
            let o = Int(table.order[i])
            try r.require(o < m && !seen[o], "source order is not a permutation")
            seen[o] = true
            let triple = table.triples[o]
            if i > 0 { try r.require(!(triple < table.triples[Int(table.order[i - 1])]), "source order is not sorted") }
            // Sources in triple order walk the SPO index once to find their triples.
            while j < keys.count, keys[j] < triple { j += 1 }
            try r.require(j < keys.count && keys[j] == triple, "source \(o) names a triple not in the graph")
        }
        return table
    }
}
