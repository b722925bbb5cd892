import GraphStore
import Language

extension FactExtractor {
    /// The graph's view of a document: its record (sentences, content hash) and the facts worth
    /// a node and an edge: both ends known, at least one a named entity, no clause or
    /// unresolved pronoun as an argument, confidence at least `recordThreshold`, and not of an
    /// `openIEOnlyRules` rule.
    public func records(for document: Document, id: String, title: String, source: String,
                        date: String? = nil) -> (DocumentRecord, [FactRecord]) {
        let sentences = document.sentences.indices.map { String(document.sentenceText($0)) }
        let record = DocumentRecord(id: id, title: title, source: source, date: date, sentences: sentences,
                                    contentHash: Self.contentHash(document.text))
        let facts = extract(document)
            .filter { $0.confidence >= recordThreshold && !Self.openIEOnlyRules.contains($0.rule) }
            .compactMap(Self.record)
        return (record, facts)
    }

    /// The graph record of one extracted fact, or `nil` when it is not worth a graph edge
    /// (including an oblique already carried by its clause's object fact, unless it names an entity,
    /// and the Open IE view of a coordination, whose conjuncts have facts of their own).
    public static func record(_ fact: ExtractedFact) -> FactRecord? {
        guard let object = fact.object, !fact.redundant || object.kind == .entity,
              !fact.coordination.contains(.joined) else { return nil }
        let usable: Set<FactArgument.Kind> = [.entity, .concept, .literal]
        guard [.entity, .concept].contains(fact.subject.kind), usable.contains(object.kind),
              fact.subject.kind == .entity || object.kind == .entity else { return nil }
        let objectRecord: ObjectRecord = object.kind == .literal
            ? .literal(object.literal ?? .string(object.text)) : .entity(object.entity)
        let lo = min(fact.subject.span.lowerBound, object.span.lowerBound)
        let hi = max(fact.subject.span.upperBound, object.span.upperBound)
        let source = SourceRecord(sentence: fact.sentence, span: lo..<hi, rule: fact.rule,
                                  confidence: fact.confidence, surface: fact.surface)
        return FactRecord(subject: fact.subject.entity, predicate: fact.predicate, object: objectRecord,
                          source: source, time: fact.time?.text, place: fact.place?.text, flags: fact.flags)
    }

    /// FNV-1a 64-bit hash of the text's UTF-8 bytes: stable across runs and machines. It is the
    /// `DocumentRecord.contentHash` the graph skips repeated texts by; ingest also uses it to
    /// skip a repeated text before parsing, and to split the input into stable shards.
    public static func contentHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
