import GraphStore

/// Facts from nouns that name events (`its 2014 annexation of Crimea`, `a Russian attack on
/// Ukraine`, `his last meeting with Foreign Minister Sergei Lavrov`): the noun→verb lexicon
/// gives the predicate; possessives, demonym adjectives and `by`-phrases give the agent; the
/// lexicon's prepositions give the object; a year or time phrase gives the time.
struct NominalExtractor {
    let lexicon: Lexicon

    /// Every nominalisation fact of the sentence.
    /// - Complexity: O(n) in the sentence length, plus argument sizes.
    func facts(_ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        var facts: [ExtractedFact] = []
        for n in 0..<tree.count where tree.upos(n) == .NOUN {
            guard let entry = lexicon.nominalizations[tree.lowerLemma(n)]
                    ?? lexicon.nominalizations[tree.lower(n)] else { continue }
            var agents: [(argument: FactArgument, rule: String)] = []
            var objects: [(argument: FactArgument, preposition: String)] = []
            var time: FactArgument?
            for child in tree.children(of: n) {
                let rel = tree.rel(child)
                // `nmod` and every subtype, including labels `Relation` does not name (`nmod:tmod`).
                let nominalModifier = tree.label(child).hasPrefix("nmod")
                let prep = tree.casePhrase(of: child)
                if rel == .nmodPoss {
                    agents.append((args.argument(child), "nominal.possessive"))
                } else if rel == .amod, args.entities.country(named: tree.form(child)) != nil {
                    agents.append((args.make(head: child, tokens: [child]), "nominal.demonym"))
                } else if nominalModifier, prep == "by" {
                    agents.append(contentsOf: args.conjuncts(child).map { (args.argument($0), "nominal.by") })
                } else if nominalModifier, let prep, entry.objectPrepositions.contains(prep) {
                    objects.append(contentsOf: args.conjuncts(child).map { (args.argument($0), prep) })
                } else if [.nummod, .compound, .nmodUnmarked].contains(rel) || (nominalModifier && args.isTime(child)) {
                    if args.isTime(child) { time = args.qualifier(child) }
                }
            }
            guard !agents.isEmpty, !objects.isEmpty else { continue }
            let flags = hedging(of: n, tree)
            for agent in agents {
                for object in objects {
                    let surface = tree.form(n) + " " + object.preposition
                    facts.append(ExtractedFact(subject: agent.argument, predicate: entry.verb, lemmaPredicate: entry.verb,
                                               surface: surface, object: object.argument,
                                               extraArguments: time.map { [$0] } ?? [], time: time, flags: flags,
                                               confidence: 0, rule: agent.rule, sentence: tree.index))
                }
            }
        }
        return facts
    }

    /// A nominalisation that is a direct argument of a modal verb (`an attack … would
    /// undermine`) is hedged.
    private func hedging(of n: Int, _ tree: SentenceTree) -> FactFlags {
        guard [.nsubj, .obj, .nsubjPass].contains(tree.rel(n)), let verb = tree.heads[n] else { return [] }
        var flags: FactFlags = []
        for aux in tree.children(of: verb, [.aux]) {
            if let modal = lexicon.modality[tree.lowerLemma(aux)] { flags.formUnion(modal) }
        }
        return flags.intersection([.hedged, .future])
    }
}
