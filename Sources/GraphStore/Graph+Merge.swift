extension Graph {
    /// Adds everything in `other` to this graph: the union of the triples, each stored once,
    /// with the provenance of both.
    ///
    /// Entities are matched by exact canonical name, else — when exactly one entity of this graph
    /// has the name, ignoring case, as its canonical name or an alias — to that entity; other
    /// terms by kind and text.
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
            let kind = other.terms.kind(id)
            let bytes = other.terms.texts.utf8(i)
            if kind == .entity, terms.find(.entity, bytes) == nil {
                let viaAlias = terms.matching(String(decoding: bytes, as: UTF8.self), kind: .entity)
                    .filter { !terms.texts.utf8(Int($0)).elementsEqual(bytes) }
                if viaAlias.count == 1 {
                    map[i] = viaAlias[0]
                    terms.refineType(viaAlias[0], to: other.terms.type(id))
                    continue
                }
            }
            map[i] = terms.intern(kind, bytes, type: other.terms.type(id))
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
