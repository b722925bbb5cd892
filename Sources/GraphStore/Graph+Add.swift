extension Graph {
    /// The id of an entity, adding it (and any new aliases) if needed.
    ///
    /// Entities are identified by exact canonical name; a more specific type replaces
    /// ``EntityType/other``.
    /// - Complexity: amortised O(length of the names) expected.
    public mutating func intern(entity record: EntityRecord) -> TermID {
        let id = terms.intern(.entity, record.name.utf8, type: record.type)
        for alias in record.aliases { terms.addAlias(alias, to: id) }
        return TermID(rawValue: id)
    }

    /// The id of a predicate phrase, adding it if needed.
    /// - Complexity: amortised O(length) expected.
    public mutating func intern(predicate text: String) -> TermID {
        TermID(rawValue: terms.intern(.predicate, text.utf8))
    }

    /// The id of a literal, adding it if needed.
    /// - Complexity: amortised O(length) expected.
    public mutating func intern(literal: Literal) -> TermID {
        let (kind, text) = literal.encoded
        return TermID(rawValue: terms.intern(kind, text.utf8))
    }

    /// The id of a fact's object, adding it if needed.
    mutating func intern(object: ObjectRecord) -> TermID {
        switch object {
        case .entity(let record): intern(entity: record)
        case .literal(let literal): intern(literal: literal)
        }
    }

    /// Adds a document and the facts extracted from it, unless a document with the same id or
    /// content hash is already present (then nothing changes and the result says so).
    ///
    /// Each fact's triple is stored once however often it is seen; each fact adds one source
    /// (document, sentence, span, rule, confidence, surface predicate, qualifiers, flags).
    /// The triples go to the delta; call ``commit()`` after a batch of documents.
    /// - Complexity: amortised O(facts · log *n*) plus the size of the document.
    @discardableResult
    public mutating func add(document: DocumentRecord, facts: [FactRecord]) -> AddResult {
        if let existing = documents.find(id: document.id, hash: document.contentHash) {
            let status: AddResult.Status = documents.ids[existing] == document.id ? .duplicateID : .duplicateContent
            return AddResult(status: status, document: existing, newTriples: 0, sources: 0, skippedFacts: 0)
        }
        let d = documents.append(document)
        var result = AddResult(status: .added, document: d, newTriples: 0, sources: 0, skippedFacts: 0)
        for fact in facts {
            let source = fact.source
            let objectIsNamed: Bool
            if case .entity(let object) = fact.object { objectIsNamed = !object.name.isEmpty } else { objectIsNamed = true }
            guard !fact.subject.name.isEmpty, !fact.predicate.isEmpty, objectIsNamed,
                  source.sentence >= 0, source.sentence < document.sentences.count
            else {
                result.skippedFacts += 1
                continue
            }
            let triple = Triple(intern(entity: fact.subject), intern(predicate: fact.predicate),
                                intern(object: fact.object))
            if insert(triple) { result.newTriples += 1 }
            let low = UInt32(clamping: max(0, source.span.lowerBound))
            sources.append(SourceTable.Row(
                triple: Permutation.spo.key(triple), document: UInt32(d), sentence: UInt32(source.sentence),
                span: low ..< max(low, UInt32(clamping: source.span.upperBound)), rule: source.rule,
                confidence: Float(source.confidence), surface: source.surface,
                time: fact.time, place: fact.place, flags: fact.flags.rawValue))
            result.sources += 1
        }
        return result
    }
}
