import GraphStore

/// The verbal part of a clause around a predicate token: lemma words (no auxiliaries or
/// modals), the words as written (auxiliaries, negation, particles, adverbs inside the group),
/// voice and flags.
struct VerbGroup {
    /// The predicate in active lemma form (`hold`, `cut off`, `be` for a copula).
    var lemma: [String]
    /// The passive predicate for facts that keep the patient as subject (`be annexed`).
    var passiveLemma: [String]
    /// The relation as written (`will hold`, `has not been`, `have sharply improved`); a copula's
    /// predicate word is not in it.
    var surface: [String]
    /// Negation, hedging, future.
    var flags: FactFlags
    /// Whether the clause is passive (`was annexed`).
    var passive: Bool
    /// Whether the predicate is a copula with a non-verbal predicate (`is bigger`).
    var copular: Bool

    static let negations: Set<String> = ["not", "never", "n't"]

    /// The verb group of predicate token `p`.
    init(_ p: Int, tree: SentenceTree, lexicon: Lexicon) {
        var surfaceTokens: [Int] = []
        var flags: FactFlags = []
        copular = tree.child(of: p, [.cop]) != nil
        // A passive subject with an object and no passive auxiliary (`It has put forces` read as
        // passive) is a parse error: the clause is active.
        passive = !copular && (tree.child(of: p, [.auxPass]) != nil
            || (tree.child(of: p, [.nsubjPass, .csubjPass]) != nil && tree.child(of: p, [.obj]) == nil))
        for child in tree.children(of: p) {
            let lemma = tree.lowerLemma(child)
            switch tree.rel(child) {
            case .aux, .auxPass, .cop:
                if lemma != "to" { surfaceTokens.append(child) }
                if let modal = lexicon.modality[lemma] { flags.formUnion(modal) }
            case .advmod where Self.negations.contains(lemma) || Self.negations.contains(tree.lower(child)):
                surfaceTokens.append(child)
                flags.insert(.negated)
            case .compoundPrt:
                surfaceTokens.append(child)
            default:
                break
            }
        }
        if !copular {
            surfaceTokens.append(p)
            // An adverb inside the verb group (`have sharply improved`) is written in the relation.
            // An adverb inside the verb group or just before the verb (`have sharply improved`,
            // `rarely travels`) is written in the relation, as Open IE readers write it.
            let first = surfaceTokens.min() ?? p
            surfaceTokens += tree.children(of: p, [.advmod]).filter { adverb in
                (adverb > first || adverb == p - 1) && adverb < p && tree.upos(adverb) == .ADV
                    && !surfaceTokens.contains(adverb)
            }
        }
        let particles = tree.children(of: p, [.compoundPrt]).map { tree.lower($0) }
        let verb = tree.lemma(p).isEmpty ? tree.lower(p) : tree.lowerLemma(p)
        lemma = copular ? ["be"] : [verb] + particles
        passiveLemma = ["be", tree.lower(p)] + particles
        surface = surfaceTokens.sorted().map { tree.form($0) }
        self.flags = flags
    }
}
