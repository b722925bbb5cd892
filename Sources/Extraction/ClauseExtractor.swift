import GraphStore

/// Verb-mediated facts from the dependency tree: subject, verb with particles and the
/// prepositions that belong to it, object, obliques; passives turned active; copulas; open
/// complements; relative and participial clauses; conjuncts split; negation and modality as
/// flags; time and place as qualifiers.
struct ClauseExtractor {
    let lexicon: Lexicon

    static let subjectRelations: [Relation] = [.nsubj, .nsubjPass, .csubj, .csubjPass, .nsubjOuter]
    static let obliqueRelations: [Relation] = [.obl, .oblUnmarked, .oblTmod, .oblNpmod, .nmodUnmarked]
    static let relativePronouns: Set<String> = ["which", "that", "who", "whom"]
    static let notPredicates: [Relation] = [.aux, .auxPass, .cop, .amod, .compound, .fixed, .flat, .goeswith,
                                             .case, .mark, .det, .reparandum]

    /// Who or what a predicate's facts are about, and how that was found.
    struct Subjects {
        var heads: [Int] = []
        /// How the subject was found: `own`, `conj`, `xcomp`, `relcl`, `acl`, `advcl`, `fallback`.
        var via = "own"
        /// The verb that governs an open complement under subject control (`promised` in
        /// `promised to impose`), whose words prefix the predicate.
        var governor: Int?
        /// Whether the subject heads are the patients of a participle (`troops deployed by …`).
        var patient = false
        /// Flags that come from a governing verb (`urged Russia to` → hedged).
        var flags: FactFlags = []
    }

    /// Every clause fact of the sentence.
    /// - Complexity: O(n · a) for n tokens and arguments of a tokens.
    func facts(_ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        var facts: [ExtractedFact] = []
        for p in 0..<tree.count where isPredicate(p, tree) {
            addClauseFacts(of: p, tree, args, to: &facts)
        }
        return facts
    }

    private func isPredicate(_ p: Int, _ tree: SentenceTree) -> Bool {
        if Self.notPredicates.contains(tree.rel(p)) { return false }
        if tree.child(of: p, [.cop]) != nil { return true }
        let upos = tree.upos(p)
        return upos == .VERB || (upos == .AUX && tree.rel(p) != .aux) || isVerbTaggedNoun(p, tree)
    }

    /// A noun the parse gave an object or an auxiliary is a verb the tagger missed (`the museum
    /// also houses the archive`, `the machine can process two million orders`).
    private func isVerbTaggedNoun(_ p: Int, _ tree: SentenceTree) -> Bool {
        tree.upos(p) == .NOUN && tree.child(of: p, [.obj, .aux]) != nil
    }

    // MARK: subjects

    private func subjects(of p: Int, _ tree: SentenceTree, depth: Int = 0) -> Subjects {
        let found = grammaticalSubjects(of: p, tree, depth: depth)
        guard found.heads.isEmpty, depth == 0, let fallback = nearestNominal(before: p, tree) else { return found }
        var result = Subjects()
        result.heads = [fallback]
        result.via = "fallback"
        return result
    }

    /// For a finite verb the parse left without a subject (`interest in electric cars has
    /// spurred …` read with `interest` as a verb), the noun phrase just before it.
    private func nearestNominal(before p: Int, _ tree: SentenceTree) -> Int? {
        let finite = ["VBD", "VBZ", "VBP"].contains(tree.xpos(p)) || isVerbTaggedNoun(p, tree)
            || tree.children(of: p, [.aux, .auxPass]).contains { ["VBD", "VBZ", "VBP", "MD"].contains(tree.xpos($0)) }
        guard finite, [.root, .conj, .ccomp, .parataxis, .advcl].contains(tree.rel(p)),
              tree.child(of: p, [.expl, .mark]) == nil else { return nil }
        var j = p - 1
        while j >= 0, [.ADV, .AUX, .PART].contains(tree.upos(j)) { j -= 1 }
        guard j >= 0, [.NOUN, .PROPN, .PRON].contains(tree.upos(j)), !tree.form(j).hasPrefix("'") else { return nil }
        var head = j
        while [.compound, .flat, .amod, .nummod].contains(tree.rel(head)), let up = tree.heads[head], up != p { head = up }
        return [.NOUN, .PROPN, .PRON].contains(tree.upos(head)) ? head : nil
    }

    private func grammaticalSubjects(of p: Int, _ tree: SentenceTree, depth: Int) -> Subjects {
        var result = Subjects()
        var own = tree.children(of: p, Self.subjectRelations)
        if own.count > 1 {
            // `Dr. Jagan himself was involved` read with two subjects: the emphatic pronoun is no
            // other one; nor is a phrase with a preposition (`After a short absence Keibler began`)
            // or a time (`Last year the company sold`).
            own.removeAll { tree.upos($0) == .PRON && (tree.lower($0).hasSuffix("self") || tree.lower($0).hasSuffix("selves")) }
            own.removeAll { subject in tree.children(of: subject, [.case]).contains { $0 < subject && tree.upos($0) == .ADP } }
            if own.count > 1 { own.removeAll { lexicon.timeWords.contains(tree.lower($0)) } }
        }
        let rel = tree.rel(p)
        if !own.isEmpty {
            result.heads = own.map { head in
                isRelativePronoun(head, tree) ? relativeAntecedent(of: head, clause: p, tree) ?? head : head
            }
            if result.heads != own { result.via = "relcl" }
            return result
        }
        guard depth < 6, let head = tree.heads[p] else { return result }
        switch rel {
        case .conj:
            if tree.child(of: head, Self.subjectRelations) != nil || [.conj, .xcomp, .aclRelcl, .acl, .advcl].contains(tree.rel(head)) {
                result = grammaticalSubjects(of: head, tree, depth: depth + 1)
                result.via = "conj"
            }
        case .xcomp:
            if let object = tree.child(of: head, [.obj, .iobj]) {
                result.heads = [object]
                result.via = "xcomp"
                result.flags.insert(.hedged)
            } else {
                result = grammaticalSubjects(of: head, tree, depth: depth + 1)
                result.governor = head
                result.via = "xcomp"
            }
        case .aclRelcl, .acl:
            // An infinitive or prepositional clause (`plans for invading`, `steps to cut off`)
            // does not take the noun as its subject.
            if rel == .acl && tree.child(of: p, [.mark, .case]) != nil { return result }
            result.heads = [head]
            result.via = rel == .acl ? "acl" : "relcl"
            result.patient = rel == .acl && tree.xpos(p) == "VBN"
        case .advcl:
            let participle = ["VBG", "VBN"].contains(tree.xpos(p))
            let mark = tree.child(of: p, [.mark]).map { tree.lower($0) }
            if participle || mark == "to" {
                if mark == "of", let object = tree.child(of: head, [.obj]) {
                    result.heads = [object]
                } else {
                    result.heads = grammaticalSubjects(of: head, tree, depth: depth + 1).heads
                }
                result.via = "advcl"
            }
        default:
            break
        }
        return result
    }

    /// The noun a relative pronoun stands for: the noun its clause (or the clause it is a
    /// conjunct of) modifies, or, when the parse hung the clause elsewhere (`the pair developed
    /// the idea …, which became the Triangle Arts Trust` read as a conjunct), the noun phrase just
    /// before the pronoun (`the idea of …` rather than its last word).
    private func relativeAntecedent(of pronoun: Int, clause p: Int, _ tree: SentenceTree) -> Int? {
        var clause = p
        for _ in 0..<4 where tree.rel(clause) == .conj {
            guard let up = tree.heads[clause] else { break }
            clause = up
        }
        if tree.rel(clause) == .aclRelcl, let noun = tree.heads[clause] { return noun }
        var j = pronoun - 1
        while j >= 0, tree.upos(j) == .PUNCT { j -= 1 }
        // A time is no antecedent (`remarks Biden made on Wednesday that appeared …`).
        guard j >= 0, [.NOUN, .PROPN, .NUM, .PRON].contains(tree.upos(j)),
              !lexicon.timeWords.contains(tree.lower(j)) else { return nil }
        var head = j
        for _ in 0..<6 {
            guard let up = tree.heads[head], up < pronoun, [.NOUN, .PROPN, .PRON].contains(tree.upos(up)) else { break }
            let rel = tree.rel(head)
            if [.compound, .flat, .flatName, .amod, .nummod].contains(rel) || (rel == .nmod && tree.casePhrase(of: head) == "of") {
                head = up
            } else {
                break
            }
        }
        return head
    }

    private func isRelativePronoun(_ i: Int, _ tree: SentenceTree) -> Bool {
        Self.relativePronouns.contains(tree.lower(i))
            && (tree.xpos(i).hasPrefix("W") || tree.upos(i) == .PRON || tree.upos(i) == .DET)
    }

    // MARK: facts of one predicate

    /// Appends the facts of predicate `p` to the sentence's (no array of their own per predicate).
    private func addClauseFacts(of p: Int, _ tree: SentenceTree, _ args: ArgumentBuilder,
                                to facts: inout [ExtractedFact]) {
        if tree.child(of: p, [.expl]) != nil {
            facts.append(contentsOf: existentialFacts(p, tree, args))
            return
        }
        let found = subjects(of: p, tree)
        guard !found.heads.isEmpty else { return }
        var group = VerbGroup(p, tree: tree, lexicon: lexicon)
        group.flags.formUnion(found.flags)
        var lemmaPrefix: [String] = []
        var surfacePrefix: [String] = []
        if let governor = found.governor {
            let outer = VerbGroup(governor, tree: tree, lexicon: lexicon)
            // `were able to reinforce`, `began building`: the copula's word, and `to` if written.
            let word = outer.copular ? [Self.predicateWord(governor, tree)] : []
            let to = tree.children(of: p).contains { [.mark, .aux].contains(tree.rel($0)) && tree.lower($0) == "to" }
                ? ["to"] : []
            if to.isEmpty, ["have", "be", "do"].contains(outer.lemma.first ?? ""), ["VBN", "VBG"].contains(tree.xpos(p)) {
                // `has only positioned` parsed with `has` as the verb: an auxiliary after all.
                surfacePrefix = outer.surface
            } else {
                lemmaPrefix = outer.lemma + word + to
                surfacePrefix = outer.surface + word + to
            }
            group.flags.formUnion(outer.flags)
            if let modal = lexicon.modality[outer.lemma.first ?? ""] { group.flags.formUnion(modal) }
        }
        if let head = tree.heads[p], [.ccomp, .xcomp, .advcl].contains(tree.rel(p)),
           let governing = lexicon.modality[tree.lowerLemma(head)] {
            group.flags.formUnion(governing.intersection([.negated, .hedged]))
        }
        // A subject-control verb with an open complement and no object speaks through it (an
        // indirect object controls the complement as an object does: `urged Russia to act`).
        let hasVerbalComplement = tree.children(of: p, [.xcomp]).contains { tree.upos($0) == .VERB }
            && tree.child(of: p, [.obj, .iobj]) == nil
        var frame = Frame(p: p, group: group, lemmaPrefix: lemmaPrefix, surfacePrefix: surfacePrefix,
                          via: found.via, sentence: tree.index)
        collectObliques(into: &frame, tree, args)
        // A noun the clause hangs from (it modifies it) is its subject without the clause itself.
        let subordinate = isSubordinate(p, tree)
        for subjectHead in found.heads {
            for (subject, coordination) in subjectVariants(subjectHead, clause: p, tree, args) {
                    var produced: [ExtractedFact]
                    if found.patient {
                        produced = participleFacts(frame, patient: subject, tree, args)
                    } else if group.copular {
                        produced = hasVerbalComplement ? [] : copularFacts(frame, subject: subject, tree, args)
                    } else if group.passive {
                        produced = passiveFacts(frame, patient: subject, tree, args)
                    } else if !hasVerbalComplement || found.via == "xcomp" {
                        produced = activeFacts(frame, subject: subject, tree, args)
                    } else {
                        produced = obliqueFacts(frame, subject: subject, lemma: frame.activeLemma,
                                                surface: frame.activeSurface, rule: "clause.oblique")
                    }
                    if produced.isEmpty && !hasVerbalComplement, let fact = qualifierFact(frame, subject: subject, tree, args) {
                        produced = [fact]
                    }
                    if produced.isEmpty && !hasVerbalComplement && !group.copular,
                       let fact = adverbialFact(frame, subject: subject, tree, args) {
                        produced = [fact]
                    }
                    for index in produced.indices {
                        produced[index].coordination.formUnion(coordination)
                        produced[index].subordinate = subordinate
                    }
                    // One conjunct beside a whole coordination belongs to neither view.
                    produced.removeAll { $0.coordination == [.split, .joined] }
                    facts.append(contentsOf: produced)
            }
        }
    }

    /// `There were long delays at the border`: what there is stands as the subject, and each of
    /// its prepositional modifiers and of the clause's complements as an object (`long delays |
    /// were at | the border`).
    private func existentialFacts(_ p: Int, _ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        guard tree.lowerLemma(p) == "be" else { return [] }
        var frame = Frame(p: p, group: VerbGroup(p, tree: tree, lexicon: lexicon), lemmaPrefix: [], surfacePrefix: [],
                          via: "own", sentence: tree.index)
        collectObliques(into: &frame, tree, args)
        var facts: [ExtractedFact] = []
        for head in tree.children(of: p, [.nsubj]) {
            let modifiers = tree.children(of: head, [.nmod]).filter { modifier in
                modifier > head && tree.casePhrase(of: modifier).map { $0 != "of" } == true
            }
            let modifierTokens = Set(modifiers.flatMap { tree.subtree(of: $0) })
            let tokens = args.tokens(of: head, copularPredicate: false, keepConjuncts: true).filter { !modifierTokens.contains($0) }
            let subject = args.make(head: head, tokens: tokens)
            for modifier in modifiers {
                let object = args.argument(modifier, keepConjuncts: true)
                let prep = object.preposition.map { [$0] } ?? []
                facts.append(frame.fact(subject: subject, lemma: ["be"] + prep, surface: frame.group.surface + prep,
                                        object: object, rule: "clause.existential"))
            }
            facts += obliqueFacts(frame, subject: subject, lemma: ["be"], surface: frame.group.surface, rule: "clause.existential")
            if facts.isEmpty, let fact = qualifierFact(frame, subject: subject, tree, args) { facts.append(fact) }
        }
        return facts
    }

    /// The subjects of a clause: each conjunct of a coordinated subject for the graph, and the
    /// whole coordination for Open IE (`Boyer and Cohen applied`); a noun the clause modifies
    /// stands without the clause.
    private func subjectVariants(_ head: Int, clause p: Int, _ tree: SentenceTree,
                                 _ args: ArgumentBuilder) -> [(FactArgument, Coordination)] {
        let conjuncts = args.conjuncts(head)
        let coordinated = conjuncts.count > 1 && !tree.isAncestor(head, of: p)
        var result: [(FactArgument, Coordination)] = conjuncts.flatMap { conjunct in
            args.variants(conjunct, excluding: tree.isAncestor(conjunct, of: p) ? p : nil).map { ($0, coordinated ? .split : []) }
        }
        if coordinated { result.append((args.coordination(head), .joined)) }
        return result
    }

    /// Whether the predicate sits inside a clausal complement, a clausal subject or an adverbial
    /// clause, however deep.
    private func isSubordinate(_ p: Int, _ tree: SentenceTree) -> Bool {
        var node = p
        for _ in 0..<tree.count {
            if [.ccomp, .csubj, .advcl].contains(tree.rel(node)) { return true }
            guard let up = tree.heads[node] else { return false }
            node = up
        }
        return false
    }

    /// A clause with no object or complement but an adverbial (an adverb or open complement after
    /// the verb, an adverbial clause anywhere) has the adverbial as its second argument, as
    /// Open IE writes it (`the prices rose sharply`, `when the ice melts, the boats leave`).
    private func adverbialFact(_ frame: Frame, subject: FactArgument, _ tree: SentenceTree,
                               _ args: ArgumentBuilder) -> ExtractedFact? {
        let p = frame.p
        guard let adverbial = tree.children(of: p).first(where: { child in
            let rel = tree.rel(child)
            return (rel == .advcl || (child > p && [.advmod, .xcomp].contains(rel)))
                && ![.PART, .AUX].contains(tree.upos(child))
        }) else { return nil }
        let tokens = args.trimmed(tree.subtree(of: adverbial))
        var object = args.make(head: adverbial, tokens: tokens.isEmpty ? [adverbial] : tokens)
        object.preposition = nil
        let lemma = frame.group.passive ? frame.lemmaPrefix + frame.group.passiveLemma : frame.activeLemma
        var frame = frame
        frame.adverbials.removeAll { $0.span == object.span }
        return frame.fact(subject: subject, lemma: lemma, surface: frame.activeSurface, object: object,
                          rule: "clause.adverbial")
    }

    /// A clause with nothing but a place or time (`Hiester was born in Montgomery County`) has
    /// it as its object.
    private func qualifierFact(_ frame: Frame, subject: FactArgument, _ tree: SentenceTree,
                               _ args: ArgumentBuilder) -> ExtractedFact? {
        guard let head = frame.placeHead ?? frame.timeHead else { return nil }
        var inner = frame
        let object = args.argument(head, keepConjuncts: true)
        if head == frame.placeHead { inner.place = nil } else { inner.time = nil }
        let prep = object.preposition.map { [$0] } ?? []
        let lemma = frame.group.passive ? frame.lemmaPrefix + frame.group.passiveLemma : frame.activeLemma
        return inner.fact(subject: subject, lemma: lemma + prep, surface: frame.activeSurface + prep, object: object,
                          rule: head == frame.placeHead ? "clause.qualifier.place" : "clause.qualifier.time")
    }

    /// What a predicate's facts share: the verb group, obliques, qualifiers.
    struct Frame {
        var p: Int
        var group: VerbGroup
        var lemmaPrefix: [String]
        var surfacePrefix: [String]
        var via: String
        var sentence: Int
        var obliques: [FactArgument] = []
        var time: FactArgument?
        var place: FactArgument?
        var timeHead: Int?
        var placeHead: Int?
        var agent: [FactArgument] = []
        /// Adverbial clauses with a subordinator after the verb (`left when the rain began`),
        /// which Open IE writes as further arguments.
        var adverbials: [FactArgument] = []

        var activeLemma: [String] { lemmaPrefix + group.lemma }
        var activeSurface: [String] { surfacePrefix + group.surface }
        var qualifiers: [FactArgument] { [time, place].compactMap { $0 } }

        func fact(subject: FactArgument, lemma: [String], surface: [String], object: FactArgument?, extras: [FactArgument] = [],
                  passive: Bool = false, rule: String) -> ExtractedFact {
            let lemmaText = lemma.joined(separator: " ")
            return ExtractedFact(subject: subject, predicate: lemmaText, lemmaPredicate: lemmaText,
                                 surface: surface.joined(separator: " "), object: object,
                                 extraArguments: (extras + qualifiers + adverbials).sorted { $0.span.lowerBound < $1.span.lowerBound },
                                 time: time, place: place, flags: group.flags, passive: passive, confidence: 0,
                                 rule: rule, sentence: sentence)
        }
    }

    private func collectObliques(into frame: inout Frame, _ tree: SentenceTree, _ args: ArgumentBuilder) {
        for child in tree.children(of: frame.p, Self.obliqueRelations + [.oblAgent]) {
            if tree.rel(child) == .oblAgent || (frame.group.passive && tree.casePhrase(of: child) == "by") {
                frame.agent.append(contentsOf: args.conjuncts(child).map { args.argument($0) })
            } else if args.isTime(child) {
                if frame.time == nil {
                    frame.time = args.qualifier(child)
                    frame.timeHead = child
                }
            } else if args.isPlace(child) {
                if frame.place == nil {
                    frame.place = args.qualifier(child)
                    frame.placeHead = child
                }
            } else if tree.casePhrase(of: child) == nil && [.oblUnmarked, .nmodUnmarked, .oblNpmod, .oblTmod].contains(tree.rel(child)) {
                // A bare noun phrase that is not a time (`Secretary` misattached) is no complement.
                continue
            } else {
                for conjunct in args.conjuncts(child) {
                    for var argument in args.variants(conjunct) {
                        if argument.preposition == nil { argument.preposition = tree.casePhrase(of: child) }
                        frame.obliques.append(argument)
                    }
                }
            }
        }
        for clause in tree.children(of: frame.p, [.advcl]) where clause > frame.p && tree.child(of: clause, [.mark]) != nil {
            var argument = args.make(head: clause, tokens: args.trimmed(tree.subtree(of: clause)))
            argument.preposition = nil
            frame.adverbials.append(argument)
        }
        // A time said once for the sentence (`In 1982 Caro was trying to organise …`) holds for
        // the clauses below it.
        var governor = frame.p
        for _ in 0..<3 where frame.time == nil {
            guard [.xcomp, .conj, .advcl, .ccomp].contains(tree.rel(governor)), let up = tree.heads[governor] else { break }
            governor = up
            if let time = tree.children(of: up, Self.obliqueRelations).first(where: { args.isTime($0) }) {
                frame.time = args.qualifier(time)
            }
        }
        if frame.place == nil, tree.rel(frame.p) == .aclRelcl, let noun = tree.heads[frame.p],
           tree.children(of: frame.p).contains(where: { tree.lower($0) == "where" }) {
            var place = args.argument(noun)
            place.text = "in " + place.text
            place.preposition = nil
            frame.place = place
        }
    }

    private func activeFacts(_ frame: Frame, subject: FactArgument, _ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        let p = frame.p
        var objects: [(FactArgument, Coordination)] = []
        // The object's head word, which joins a light verb's predicate (`make a visit to`).
        var objectHead: Int?
        // UD gives an indirect object only beside a direct object or a clause, so a lone one is
        // the object under another label (`urged Russia to act`, with `Russia` read as `iobj`).
        let loneIndirect = tree.child(of: p, [.obj, .ccomp]) == nil
        for object in tree.children(of: p, loneIndirect ? [.obj, .iobj] : [.obj]) {
            if isRelativePronoun(object, tree), let noun = relativeAntecedent(of: object, clause: p, tree) {
                objects.append((args.argument(noun), []))
                objectHead = objectHead ?? noun
            } else {
                objectHead = objectHead ?? object
                // One fact per conjunct for the graph, one with the whole coordination for Open IE.
                let parts = args.conjuncts(object).flatMap { args.variants($0) }
                let whole = parts.count == 1 && tree.child(of: object, [.conj, .appos]) == nil ? parts[0] : args.coordination(object)
                if parts.count == 1 && parts[0].text == whole.text {
                    objects.append((parts[0], []))
                } else {
                    objects.append(contentsOf: parts.map { ($0, .split) })
                    objects.append((whole, .joined))
                }
            }
        }
        if objects.isEmpty, tree.rel(p) == .conj, let first = tree.heads[p],
           let shared = tree.child(of: first, [.obj]), shared > p {
            // `founded and led the party`: a right-shared object belongs to both verbs.
            for conjunct in args.conjuncts(shared) { objects.append(contentsOf: args.variants(conjunct).map { ($0, []) }) }
            objectHead = shared
        }
        // The words an open complement brings into the relation (`seems to be` in `seems to be
        // ready`).
        var complementWords: [String] = []
        if objects.isEmpty {
            // `became a popular band`: a nominal open complement stands as the object.
            for complement in tree.children(of: p, [.xcomp]) where [.NOUN, .PROPN, .ADJ, .NUM, .PRON].contains(tree.upos(complement)) {
                objects.append((args.argument(complement), []))
                if complementWords.isEmpty {
                    complementWords = tree.children(of: complement).filter { child in
                        child < complement && (tree.rel(child) == .cop || (tree.rel(child) == .mark && tree.lower(child) == "to"))
                    }.map { tree.form($0) }
                }
            }
        }
        if objects.isEmpty, frame.via == "own", let that = tree.child(of: p, [.mark]), that > 0, tree.lower(that) == "that",
           tree.upos(that) == .PRON, tree.upos(that - 1) == .NOUN, tree.child(of: p, [.ccomp, .xcomp]) == nil {
            // `a loophole that businesses are exploiting` parsed as a `that`-clause: the noun
            // before the relative `that` is the object.
            objects.append((args.argument(that - 1), []))
            objectHead = that - 1
        }
        if objects.isEmpty, tree.rel(p) == .aclRelcl, let noun = tree.heads[p], frame.via == "own",
           !tree.children(of: p).contains(where: { ["where", "when", "why", "how"].contains(tree.lower($0)) }) {
            objects.append((args.argument(noun), []))
            objectHead = noun
        }
        let rule = frame.via == "own" ? "clause.svo" : "clause.\(frame.via)"
        var facts: [ExtractedFact] = []
        let indirect = loneIndirect ? [] : tree.children(of: p, [.iobj]).map { args.argument($0) }
        for (object, coordination) in objects {
            var fact = frame.fact(subject: subject, lemma: frame.activeLemma, surface: frame.activeSurface + complementWords,
                                  object: object, extras: indirect + frame.obliques, rule: rule)
            fact.coordination = coordination
            facts.append(fact)
        }
        if objects.isEmpty, let clause = tree.child(of: p, [.ccomp]) {
            let mark = tree.child(of: clause, [.mark])
            let tokens = args.trimmed(tree.subtree(of: clause).filter { $0 != mark })
            var argument = args.make(head: clause, tokens: tokens.isEmpty ? [clause] : tokens)
            argument.kind = .clause
            let word = mark.map { [tree.lower($0)] } ?? []
            facts.append(frame.fact(subject: subject, lemma: frame.activeLemma, surface: frame.activeSurface + word,
                                    object: argument, rule: "clause.ccomp"))
        }
        if objects.isEmpty, tree.child(of: p, [.ccomp]) == nil, tree.rel(p) == .parataxis, let quote = tree.heads[p],
           lexicon.reportingVerbs.contains(frame.group.lemma.first ?? "") {
            // `"It's bigger than Russia," he said`: the quoted clause, without the report and the quotes.
            let report = Set(tree.subtree(of: p))
            let tokens = args.trimmed(tree.subtree(of: quote).filter { !report.contains($0) })
            facts.append(contentsOf: quotation(frame, subject: subject, head: quote, tokens: tokens, args))
        }
        if objects.isEmpty, tree.child(of: p, [.ccomp]) == nil, lexicon.reportingVerbs.contains(frame.group.lemma.first ?? ""),
           let quote = tree.children(of: p, [.parataxis]).first(where: { $0 > p }) {
            // `admits "they're piggybacking on our reputation"`: the quote hangs from the report.
            facts.append(contentsOf: quotation(frame, subject: subject, head: quote, tokens: args.trimmed(tree.subtree(of: quote)), args))
        }
        var lemma = frame.activeLemma
        var surface = frame.activeSurface
        if let object = objectHead, isEventNoun(object, tree), lexicon.lightVerbs.contains(frame.group.lemma.first ?? "") {
            lemma.append(tree.lower(object))
            surface.append(tree.form(object))
            // `hold talks on Ukraine`: the light object's own complements belong to the verb (not
            // its time: `hold a meeting in early December`).
            for modifier in tree.children(of: object, [.nmod]) where !args.isTime(modifier) {
                guard let prep = tree.casePhrase(of: modifier), prep != "of" else { continue }
                for conjunct in args.conjuncts(modifier) {
                    facts.append(frame.fact(subject: subject, lemma: lemma + [prep], surface: surface + [prep],
                                            object: args.argument(conjunct), rule: "clause.light"))
                }
            }
        }
        var obliques = obliqueFacts(frame, subject: subject, lemma: lemma, surface: surface,
                                    rule: frame.via == "own" ? "clause.oblique" : "clause.\(frame.via).oblique")
        if objects.contains(where: { $0.0.kind != .unresolved }) && lemma.count == frame.activeLemma.count {
            for index in obliques.indices { obliques[index].redundant = true }
        }
        facts.append(contentsOf: obliques)
        return facts
    }

    /// Whether a light verb's object names an event (`talks`, `a visit`: the nominalisation
    /// lexicon) and so joins the predicate; `had responsibility for` keeps `responsibility` as
    /// the object.
    private func isEventNoun(_ i: Int, _ tree: SentenceTree) -> Bool {
        tree.upos(i) == .NOUN && (lexicon.nominalizations[tree.lowerLemma(i)] != nil
            || lexicon.nominalizations[tree.lower(i)] != nil)
    }

    /// The fact that a reporting verb's subject said the quoted clause (`tokens`, headed by `head`).
    private func quotation(_ frame: Frame, subject: FactArgument, head: Int, tokens: [Int],
                           _ args: ArgumentBuilder) -> [ExtractedFact] {
        guard !tokens.isEmpty else { return [] }
        var argument = args.make(head: head, tokens: tokens)
        argument.kind = .clause
        return [frame.fact(subject: subject, lemma: frame.activeLemma, surface: frame.activeSurface, object: argument,
                           rule: "clause.ccomp")]
    }

    private func obliqueFacts(_ frame: Frame, subject: FactArgument, lemma: [String], surface: [String],
                              rule: String) -> [ExtractedFact] {
        frame.obliques.map { oblique in
            let prep = oblique.preposition.map { [$0] } ?? []
            return frame.fact(subject: subject, lemma: lemma + prep, surface: surface + prep, object: oblique, rule: rule)
        }
    }

    private func passiveFacts(_ frame: Frame, patient: FactArgument, _ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        var facts: [ExtractedFact] = []
        for agent in frame.agent {
            facts.append(frame.fact(subject: agent, lemma: frame.activeLemma, surface: frame.activeSurface + ["by"],
                                    object: patient, extras: frame.obliques, passive: true, rule: "clause.passive"))
        }
        let lemma = frame.lemmaPrefix + frame.group.passiveLemma
        facts.append(contentsOf: obliqueFacts(frame, subject: patient, lemma: lemma, surface: frame.activeSurface,
                                              rule: "clause.passive.oblique"))
        return facts
    }

    private func participleFacts(_ frame: Frame, patient: FactArgument, _ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        var facts: [ExtractedFact] = []
        for agent in frame.agent {
            facts.append(frame.fact(subject: agent, lemma: frame.activeLemma, surface: frame.activeSurface + ["by"],
                                    object: patient, extras: frame.obliques, passive: true, rule: "clause.acl.passive"))
        }
        let lemma = frame.group.passiveLemma
        facts.append(contentsOf: obliqueFacts(frame, subject: patient, lemma: lemma, surface: frame.activeSurface,
                                              rule: "clause.acl.oblique"))
        return facts
    }

    private func copularFacts(_ frame: Frame, subject: FactArgument, _ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        let p = frame.p
        let token = tree.token(p)
        let adjectival = [.ADJ, .ADV, .VERB].contains(token.upos)
        if adjectival && !frame.obliques.isEmpty {
            let word = token.form.lowercased()
            return obliqueFacts(frame, subject: subject, lemma: ["be", word],
                                surface: frame.group.surface + [word], rule: "clause.copula")
        }
        let predicate = args.argument(p, copularPredicate: true)
        // `is at the harbour`: the predicate's preposition belongs to the relation.
        let prep = tree.children(of: p, [.case]).filter { $0 < p }.map { tree.lower($0) }
        var facts = [frame.fact(subject: subject, lemma: ["be"] + prep, surface: frame.group.surface + prep,
                                object: predicate, extras: frame.obliques, rule: "clause.copula")]
        // `was a lawyer, a judge and a poet`: the graph keeps the first predicate, Open IE the whole
        // coordination (conjuncts with a subject or copula of their own are clauses of their own).
        let shared = tree.children(of: p, [.conj]).filter { conjunct in
            tree.upos(conjunct) != .VERB && tree.child(of: conjunct, Self.subjectRelations + [.cop]) == nil
        }
        if !shared.isEmpty {
            let tokens = Set(args.tokens(of: p, copularPredicate: true, keepConjuncts: false)
                + shared.flatMap { tree.subtree(of: $0) { ArgumentBuilder.alwaysPruned.contains(tree.rel($0)) } })
            var whole = facts[0]
            whole.object = args.make(head: p, tokens: args.trimmed(tokens.sorted()))
            whole.coordination = .joined
            facts[0].coordination = .split
            facts.append(whole)
        }
        if !adjectival {
            facts.append(contentsOf: obliqueFacts(frame, subject: subject, lemma: ["be", tree.lowerLemma(p)],
                                                  surface: frame.group.surface + [Self.predicateWord(p, tree)],
                                                  rule: "clause.copula.oblique"))
        }
        return facts
    }

    /// How a predicate noun is written inside a relation (`is president of`).
    private static func predicateWord(_ p: Int, _ tree: SentenceTree) -> String {
        tree.upos(p) == .PROPN ? tree.form(p) : tree.form(p).lowercased()
    }
}
