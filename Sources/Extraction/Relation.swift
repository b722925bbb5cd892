/// A Universal Dependencies relation the extractors tell apart. `SentenceTree` reads each
/// token's label once, so rules compare one-byte values instead of strings; a label no rule
/// names is `.other` (`SentenceTree.label(_:)` keeps the text).
enum Relation: UInt8, CaseIterable {
    case nsubj, nsubjPass, nsubjOuter, csubj, csubjPass
    case obj, iobj, ccomp, xcomp
    case obl, oblAgent, oblUnmarked, oblTmod, oblNpmod
    case nmod, nmodPoss, nmodUnmarked, nmodDesc
    case advcl, advmod, acl, aclRelcl, amod, appos, nummod, det
    case aux, auxPass, cop, mark, `case`, expl
    case compound, compoundPrt, flat, flatName, fixed, goeswith
    case conj, cc, ccPreconj
    case parataxis, punct, punctParen, dep, discourse, vocative, reparandum, list, orphan, root
    /// Any other label.
    case other

    /// The relation a label names (`nsubj:pass` → `.nsubjPass`), `.other` for the rest.
    init(label: String) {
        self = Self.byLabel[label] ?? .other
    }

    /// The label as Universal Dependencies writes it (`nsubj:pass`); `_` for `.other`.
    var label: String {
        switch self {
        case .nsubjPass: "nsubj:pass"
        case .nsubjOuter: "nsubj:outer"
        case .csubjPass: "csubj:pass"
        case .oblAgent: "obl:agent"
        case .oblUnmarked: "obl:unmarked"
        case .oblTmod: "obl:tmod"
        case .oblNpmod: "obl:npmod"
        case .nmodPoss: "nmod:poss"
        case .nmodUnmarked: "nmod:unmarked"
        case .nmodDesc: "nmod:desc"
        case .aclRelcl: "acl:relcl"
        case .auxPass: "aux:pass"
        case .compoundPrt: "compound:prt"
        case .flatName: "flat:name"
        case .ccPreconj: "cc:preconj"
        case .punctParen: "punct:paren"
        case .other: "_"
        default: "\(self)"
        }
    }

    private static let byLabel: [String: Relation] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .other }.map { ($0.label, $0) })
}
