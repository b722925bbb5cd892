/// A Universal Dependencies part-of-speech tag (the 17 UPOS values).
public enum UPOS: UInt8, Sendable, CaseIterable, Hashable, Codable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The tag as written in CoNLL-U, for example `"PROPN"`.
    public var name: String { String(describing: self) }

    /// Parses a CoNLL-U UPOS column; `nil` for anything that is not one of the 17 tags.
    public init?(name: String) {
        guard let tag = UPOS.byName[name] else { return nil }
        self = tag
    }

    private static let byName: [String: UPOS] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
