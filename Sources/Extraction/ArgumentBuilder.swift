import GraphStore

/// Turns a noun-phrase head in a sentence into an `FactArgument`: the words a reader would
/// underline (relative clauses and other conjuncts left out), the entity behind them (names,
/// pronouns resolved, common-noun concepts, literals), and whether it is a time or place.
struct ArgumentBuilder {
    let tree: SentenceTree
    let entities: DocumentEntities
    let lexicon: Lexicon

    /// Relations whose subtrees never belong to an argument's text.
    static let alwaysPruned: [Relation] = [.aclRelcl, .parataxis, .punctParen, .dep, .discourse, .vocative,
                                            .reparandum, .list, .orphan]
    /// Relations pruned when conjuncts are split into separate facts.
    static let conjunctRelations: [Relation] = [.conj, .cc, .ccPreconj]
    /// Case-marking children of the head itself, which belong to the relation instead.
    static let headMarkers: [Relation] = [.case, .mark]
    /// Relations of a clause's own arguments, pruned from a copular predicate's text.
    static let clauseRelations: [Relation] = [.nsubj, .nsubjPass, .nsubjOuter, .csubj, .cop, .aux, .auxPass,
                                               .obl, .oblUnmarked, .oblTmod, .oblNpmod, .oblAgent, .advcl,
                                               .ccomp, .xcomp, .mark, .expl, .conj, .cc, .advmod, .punct]

    /// The argument headed by `head`, its conjuncts and relative clauses left out.
    func argument(_ head: Int, copularPredicate: Bool = false, keepConjuncts: Bool = false) -> FactArgument {
        let copular = copularPredicate || tree.child(of: head, [.cop]) != nil
        let tokens = tokens(of: head, copularPredicate: copular, keepConjuncts: keepConjuncts)
        return make(head: head, tokens: tokens)
    }

    /// The argument and, when a modifier is coordinated (`Ukrainian and NATO leaders`), one
    /// argument per conjunct modifier (`Ukrainian leaders`, `NATO leaders`).
    /// `excluding` names a dependent whose subtree is left out (the clause that modifies the noun).
    func variants(_ head: Int, excluding: Int? = nil) -> [FactArgument] {
        var base = tokens(of: head, copularPredicate: tree.child(of: head, [.cop]) != nil, keepConjuncts: false)
        if let excluding {
            let clause = Set(tree.subtree(of: excluding))
            base.removeAll { clause.contains($0) }
            while let last = base.last, last != head, [.PUNCT, .CCONJ].contains(tree.upos(last)) { base.removeLast() }
        }
        let coordinated = tree.children(of: head).filter {
            [.amod, .compound, .nmodPoss].contains(tree.rel($0)) && !tree.children(of: $0, [.conj]).isEmpty
        }
        guard let modifier = coordinated.first, tree.upos(head) != .PROPN else {
            return [make(head: head, tokens: base)]
        }
        let modifierTree = Set(tree.subtree(of: modifier))
        var result: [FactArgument] = []
        let first = Set(tree.subtree(of: modifier) { Self.conjunctRelations.contains(tree.rel($0)) })
        result.append(make(head: head, tokens: base.filter { !modifierTree.contains($0) || first.contains($0) }))
        for conjunct in tree.children(of: modifier, [.conj]) {
            let keep = Set(tree.subtree(of: conjunct) { Self.conjunctRelations.contains(tree.rel($0)) })
            result.append(make(head: head, tokens: base.filter { !modifierTree.contains($0) || keep.contains($0) }))
        }
        return result
    }

    /// The whole coordination headed by `head` as one argument (`Kyiv and Berlin`), with its
    /// appositives, without a conjunct that belongs elsewhere (`isMisattachedConjunct`).
    func coordination(_ head: Int) -> FactArgument {
        let elsewhere = Set(tree.children(of: head, [.conj]).filter { isMisattachedConjunct($0, of: head) }
            .flatMap { tree.subtree(of: $0) })
        var tokens = tokens(of: head, copularPredicate: tree.child(of: head, [.cop]) != nil, keepConjuncts: true)
            .filter { !elsewhere.contains($0) }
        while let last = tokens.last, last != head, [.PUNCT, .CCONJ].contains(tree.upos(last)) { tokens.removeLast() }
        return make(head: head, tokens: tokens)
    }

    /// The head and its conjuncts (`Kyiv and Berlin` → Kyiv, Berlin).
    func conjuncts(_ head: Int) -> [Int] {
        var result = [head]
        var stack = tree.children(of: head, [.conj]).filter { !isMisattachedConjunct($0, of: head) }
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: tree.children(of: next, [.conj]))
        }
        return result.sorted()
    }

    /// Whether a capitalised conjunct of a common noun coordinates rather with the proper noun
    /// just before the `and`, inside the common noun's phrase (`his counterpart … as a standoff
    /// intensifies between Russia and the West`: the West goes with Russia, not the counterpart).
    private func isMisattachedConjunct(_ conjunct: Int, of head: Int) -> Bool {
        guard tree.upos(head) == .NOUN, tree.isCapitalized(conjunct) else { return false }
        var j = conjunct - 1
        while j > head, tree.heads[j] == conjunct || tree.upos(j) == .PUNCT { j -= 1 }
        return j > head && tree.upos(j) == .PROPN && tree.isAncestor(head, of: j)
    }

    /// The sorted tokens of the argument headed by `head`.
    func tokens(of head: Int, copularPredicate: Bool, keepConjuncts: Bool) -> [Int] {
        var tokens = tree.subtree(of: head) { child in
            let rel = tree.rel(child)
            if Self.alwaysPruned.contains(rel) { return true }
            guard let parent = tree.heads[child], parent == head else { return false }
            if !keepConjuncts && Self.conjunctRelations.contains(rel) { return true }
            if rel == .appos && !keepConjuncts { return true }
            if Self.headMarkers.contains(rel) && child < head { return true }
            // A possessor stands without its `'s` (`Russia 's annexation` → agent `Russia`).
            if rel == .case && child > head && ["'s", "'", "’s", "’"].contains(tree.lower(child)) { return true }
            if copularPredicate && Self.clauseRelations.contains(rel) && rel != .advmod { return true }
            if copularPredicate && rel == .advmod {
                // Negation belongs to the relation; a sentence adverb before the copula to the clause.
                if tree.lowerLemma(child) == "not" { return true }
                if let cop = tree.child(of: head, [.cop]), child < cop { return true }
            }
            return false
        }
        while let first = tokens.first, first != head, [.PUNCT, .CCONJ].contains(tree.upos(first)) {
            tokens.removeFirst()
        }
        while let last = tokens.last, last != head, [.PUNCT, .CCONJ].contains(tree.upos(last)) {
            tokens.removeLast()
        }
        return tokens
    }

    /// Clause tokens without the punctuation and quotation marks at their edges.
    func trimmed(_ tokens: [Int]) -> [Int] {
        let marks: Set<String> = ["``", "''", "“", "”", "\"", "'", "‘", "’"]
        func isEdge(_ i: Int) -> Bool { tree.upos(i) == .PUNCT || marks.contains(tree.form(i)) }
        var result = tokens[...]
        while let first = result.first, isEdge(first) { result.removeFirst() }
        while let last = result.last, isEdge(last) { result.removeLast() }
        return Array(result)
    }

    /// Builds the argument for tokens headed by `head`, deciding what it stands for.
    func make(head: Int, tokens: [Int]) -> FactArgument {
        let token = tree.token(head)
        let text = tree.text(tokens)
        let span = tree.span(tokens)
        let preposition = tree.casePhrase(of: head)
        var argument = FactArgument(text: text, span: span, kind: .concept, entity: EntityRecord(name: text),
                                preposition: preposition, wordCount: tokens.count)
        if let entity = entities.entity(sentence: tree.index, token: head) ?? titledName(head) ?? describedPerson(head) {
            argument.kind = .entity
            argument.entity = entity
        } else if token.upos == .PRON || lexicon.pronouns[tree.lower(head)] != nil && tokens.count == 1 {
            if let antecedent = entities.antecedent(ofPronoun: token.form, sentence: tree.index, token: head) {
                argument.kind = antecedent.isName ? .entity : .concept
                argument.entity = antecedent.entity
                argument.viaPronoun = true
            } else {
                argument.kind = .unresolved
            }
        } else if token.upos == .NUM, tokens.count <= 2, let year = Int32(token.form), (1000...2100).contains(year) {
            argument.kind = .literal
            argument.literal = .year(year)
        } else if token.upos == .NUM && tokens.count == 1 {
            argument.kind = .literal
            argument.literal = Int64(token.form).map { .integer($0) } ?? .string(token.form)
        } else if token.upos == .VERB || token.upos == .AUX {
            argument.kind = .clause
        } else if token.upos == .ADJ, tree.rel(head) == .amod, let country = entities.country(named: token.form),
                  tokens.count == 1 {
            // A demonym modifier standing as an agent or a title's country (`Russian` → Russia).
            argument.kind = .entity
            argument.entity = country
        } else {
            argument.entity = EntityRecord(name: conceptName(head, within: tokens), type: .other)
        }
        return argument
    }

    /// The title a noun phrase names (`foreign minister`), with its tokens, if any.
    func title(of noun: Int) -> (String, [Int])? {
        guard lexicon.titleLastWords.contains(tree.lower(noun)) else { return nil }
        let modifiers = tree.children(of: noun).filter { $0 < noun && [.amod, .compound].contains(tree.rel($0)) }
        var tokens = modifiers + [noun]
        while !tokens.isEmpty {
            let phrase = tokens.map { tree.lower($0) }.joined(separator: " ")
            if lexicon.titles.contains(phrase) { return (phrase, tokens) }
            tokens.removeFirst()
        }
        return nil
    }

    /// The name a title or a class noun stands for when the name is its appositive (`Chief
    /// Minister Peter Caruana`, `the BBC documentary Secret Agent`).
    private func titledName(_ head: Int) -> EntityRecord? {
        guard let appositive = namedAppositive(of: head) else { return nil }
        return entities.entity(sentence: tree.index, token: appositive)
    }

    /// The person a definite description names elsewhere in the document (`the foreign
    /// secretary`, `his Russian counterpart`); a description with its own complement (`the
    /// president of the club`) or plural is left alone.
    private func describedPerson(_ head: Int) -> EntityRecord? {
        guard tree.upos(head) == .NOUN, !["NNS", "NNPS"].contains(tree.xpos(head)),
              !tree.children(of: head, [.nmod]).contains(where: { tree.casePhrase(of: $0) == "of" }) else { return nil }
        let possessor = tree.child(of: head, [.nmodPoss])
        guard possessor != nil || tree.children(of: head, [.det]).contains(where: { tree.lower($0) == "the" }) else { return nil }
        // Only a counterpart or a title's last word can name a person (checked before the country).
        let isCounterpart = lexicon.counterparts.contains(tree.lower(head))
        guard isCounterpart || lexicon.titleLastWords.contains(tree.lower(head)) else { return nil }
        let country = tree.children(of: head, [.amod]).lazy.compactMap { entities.country(named: tree.form($0))?.name }.first
        if isCounterpart {
            let owner = possessor.flatMap { owner in
                entities.entity(sentence: tree.index, token: owner)
                    ?? entities.antecedent(ofPronoun: tree.form(owner), sentence: tree.index, token: owner)?.entity
            }
            return entities.counterpart(of: owner, country: country, sentence: tree.index)
        }
        guard let (title, _) = title(of: head), !lexicon.honorifics.contains(title) else { return nil }
        return entities.person(titled: title, country: country)
    }

    /// The appositive name that a noun phrase headed by `head` introduces: after a title, or
    /// right after the noun with no comma between (`the documentary Secret Agent`).
    func namedAppositive(of head: Int) -> Int? {
        guard tree.child(of: head, [.appos]) != nil else { return nil }
        let isTitle = title(of: head) != nil
        guard isTitle || tree.upos(head) == .NOUN else { return nil }
        return tree.children(of: head, [.appos]).first { appositive in
            guard let mention = entities.mention(sentence: tree.index, token: appositive) else { return false }
            return isTitle || mention.tokens.first == head + 1
        }
    }

    /// The name of a common-noun concept: the head with its compounds, adjectives and numbers,
    /// without determiners or possessors (`a major military buildup around Ukraine` →
    /// `major military buildup`), limited to the argument's own tokens (searched in place: only
    /// the few modifier words are looked up, so no set is built).
    func conceptName(_ head: Int, within argument: [Int]) -> String {
        Self.conceptName(head, within: argument, in: tree)
    }

    /// `conceptName(_:within:)` for any sentence.
    static func conceptName(_ head: Int, within argument: [Int], in tree: SentenceTree) -> String {
        var tokens = [head]
        for child in tree.children(of: head) where child < head
            && [.amod, .compound, .nummod, .flat, .advmod].contains(tree.rel(child)) {
            for word in tree.subtree(of: child) where argument.contains(word) && tree.upos(word) != .CCONJ {
                tokens.append(word)
            }
        }
        tokens.sort()
        return tokens.map { tree.upos($0) == .PROPN ? tree.form($0) : tree.lower($0) }.joined(separator: " ")
    }

    /// Whether the oblique headed by `head` says when (`on Friday`, `in 2014`, `this week`).
    func isTime(_ head: Int) -> Bool {
        let lower = tree.lower(head)
        if tree.upos(head) == .NUM, let year = Int(lower), (1000...2100).contains(year) { return true }
        if lexicon.timeWords.contains(lower) || lexicon.timeWords.contains(tree.lowerLemma(head)) {
            return true
        }
        if let prep = tree.casePhrase(of: head), ["since", "until", "during", "till"].contains(prep) { return true }
        return false
    }

    /// Whether the oblique headed by `head` says where (`in Berlin`, `in European capitals`).
    func isPlace(_ head: Int) -> Bool {
        guard let prep = tree.casePhrase(of: head),
              ["in", "at", "near", "inside", "outside", "throughout", "across"].contains(prep) else { return false }
        if let entity = entities.entity(sentence: tree.index, token: head) { return entity.type == .place }
        return lexicon.placeWords.contains(tree.lowerLemma(head))
            || lexicon.placeWords.contains(tree.lower(head))
    }

    /// The qualifier argument for an oblique: its whole text with the preposition (`in early December`).
    func qualifier(_ head: Int) -> FactArgument {
        let tokens = tree.subtree(of: head) { Self.alwaysPruned.contains(tree.rel($0)) }
        var argument = make(head: head, tokens: tokens)
        argument.preposition = nil
        return argument
    }
}
