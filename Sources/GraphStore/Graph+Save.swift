extension Graph {
    /// Saves the graph to `path` in the binary format v1 (docs/FORMAT.md), atomically: the file
    /// is written beside the target as `path.tmp-PID`, synced and renamed over it, so a failure
    /// at any point (a full disk, a crash) leaves the previous file intact.
    ///
    /// An uncommitted delta is committed in a copy; the graph itself is not changed.
    /// - Throws: ``GraphFileError/cannotWrite(path:reason:)``.
    /// - Complexity: O(*n* + terms + file size).
    public func save(to path: String) throws(GraphFileError) {
        try AtomicFile.write(fileBytes(), to: path)
    }

    /// ``save(to:)`` with a write failure injected, for tests.
    func save(to path: String, fault: AtomicFile.Fault?) throws(GraphFileError) {
        try AtomicFile.write(fileBytes(), to: path, fault: fault)
    }

    /// The complete file: header, section table, sections.
    func fileBytes() -> [UInt8] {
        var graph = self
        if !graph.isCommitted { graph.commit() }
        let sections: [(GraphFileLayout.Section, [UInt8])] = [
            (.terms, graph.termsSection()), (.triples, graph.triplesSection()),
            (.documents, graph.documentsSection()), (.sources, graph.sourcesSection()),
        ]
        var table = BinaryWriter()
        var offset = GraphFileLayout.headerSize + sections.count * GraphFileLayout.entrySize
        for (kind, bytes) in sections {
            table.append(kind.rawValue)
            table.append(UInt32(0))
            table.append(UInt64(offset))
            table.append(UInt64(bytes.count))
            table.append(bytes.withUnsafeBytes { XXHash64.hash($0) })
            offset += bytes.count
        }
        var header = BinaryWriter()
        GraphFileLayout.magic.withUnsafeBytes { header.append(bytes: $0) }
        header.append(GraphFileLayout.version)
        header.append(UInt32(sections.count))
        header.append(UInt64(offset))
        header.append(Self.headerChecksum(header.bytes + table.bytes))
        var file = header.bytes + table.bytes
        file.reserveCapacity(offset)
        for (_, bytes) in sections { file += bytes }
        return file
    }

    /// The header checksum: XXH64 of the first 24 header bytes followed by the section table
    /// (`bytes` is both, without the 8 checksum bytes between them).
    static func headerChecksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { XXHash64.hash($0) }
    }

    private func termsSection() -> [UInt8] {
        var w = BinaryWriter()
        w.column(terms.kinds)
        w.column(terms.types)
        w.column(terms.texts)
        w.column(terms.aliasOwners)
        w.column(terms.aliasTexts)
        for table in [terms.exact, terms.folded, terms.foldedAliases] { w.column(table.slots) }
        return w.bytes
    }

    /// Each index as runs: per term, how many keys start with it; then the other two ids of each key.
    private func triplesSection() -> [UInt8] {
        var w = BinaryWriter()
        for index in [spo, pos, osp] {
            let (lengths, pairs) = index.runs(termCount: terms.count)
            w.column(lengths)
            w.column(pairs, count: pairs.count * 2)
        }
        return w.bytes
    }

    private func documentsSection() -> [UInt8] {
        var w = BinaryWriter()
        for strings in [documents.ids, documents.titles, documents.sources, documents.dates] { w.column(strings) }
        w.column(documents.hashes)
        w.column(documents.sentenceStarts)
        w.column(documents.sentences)
        return w.bytes
    }

    private func sourcesSection() -> [UInt8] {
        var w = BinaryWriter()
        w.column(sources.triples, count: sources.count * 3)
        for column in [sources.documents, sources.sentences, sources.spanStarts, sources.spanEnds, sources.rules] {
            w.column(column)
        }
        w.column(sources.confidences)
        for column in [sources.surfaces, sources.times, sources.places] { w.column(column) }
        w.column(sources.flags)
        w.column(sources.order)
        w.column(sources.strings.column)
        return w.bytes
    }
}
