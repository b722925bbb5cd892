extension Graph {
    /// Adds everything in `other` to this graph: the union of the triples, each stored once,
    /// with the provenance of both.
    ///
    /// Entities are matched by exact canonical name, as ``add(document:facts:)`` matches them, so
    /// merging the shards of a corpus gives the graph one ingest of the whole corpus gives (the
    /// extractor's alias table has already mapped aliases to canonical names); the other graph's
    /// aliases are carried over. Other terms match by kind and text.
    /// Documents already present (same id or content hash) are skipped with their sources, so
    /// merging the same shard twice adds nothing.
    /// - Complexity: O(size of `other` + *m* log *m* + *n*).
    @discardableResult
    public mutating func merge(_ other: Graph) -> MergeReport {
        var report = MergeReport()
        commit()
        var map = [UInt32](repeating: 0, count: other.terms.count)
        for i in 0 ..< other.terms.count {
            let id = UInt32(i)
            map[i] = terms.intern(other.terms.kind(id), other.terms.texts.utf8(i), type: other.terms.type(id))
        }
        for a in 0 ..< other.terms.aliasOwners.count {
            terms.addAlias(other.terms.aliasTexts[a], to: map[Int(other.terms.aliasOwners[a])])
        }
        func mapped(_ t: Triple) -> Triple {
            Triple(TermID(rawValue: map[t.subject.index]), TermID(rawValue: map[t.predicate.index]),
                   TermID(rawValue: map[t.object.index]))
        }
        var documentMap: [UInt32?] = []
        for d in 0 ..< other.documents.count {
            let record = other.documents.record(d)
            if documents.find(id: record.id, hash: record.contentHash) != nil {
                documentMap.append(nil)
                report.documentsSkipped += 1
            } else {
                documentMap.append(UInt32(documents.append(record)))
                report.documentsAdded += 1
            }
        }
        var batch = other.triples.map(mapped)
        report.newTriples = mergeIntoIndexes(&batch)
        for i in 0 ..< other.sources.count {
            var row = other.sources.row(i)
            if row.document != SourceTable.noDocument {
                guard Int(row.document) < documentMap.count, let d = documentMap[Int(row.document)] else { continue }
                row.document = d
            }
            row.triple = Permutation.spo.key(mapped(Permutation.spo.triple(row.triple)))
            sources.append(row)
            report.sourcesAdded += 1
        }
        sources.commit()
        return report
    }
}
