import GraphStore

/// Titles, roles and appositives: `Ukrainian President Volodymyr Zelensky` → Volodymyr Zelensky
/// `president of` Ukraine; `Foreign Minister Sergei Lavrov` → Sergei Lavrov `be` foreign
/// minister; `Sergei Lavrov, Russia's foreign minister,` → `foreign minister of` Russia.
struct RoleExtractor {
    let lexicon: Lexicon

    /// Every role fact of the sentence.
    /// - Complexity: O(n) in the sentence length, plus argument sizes.
    func facts(_ tree: SentenceTree, _ args: ArgumentBuilder) -> [ExtractedFact] {
        var facts: [ExtractedFact] = []
        for mention in args.entities.mentions(inSentence: tree.index) {
            if let last = mention.descriptorTokens.last {
                // `hardware wholesaler William Frankfurth` → William Frankfurth is a hardware wholesaler.
                var object = args.make(head: last, tokens: mention.descriptorTokens)
                object.kind = .concept
                object.entity = EntityRecord(name: args.conceptName(last, within: mention.descriptorTokens))
                facts.append(ExtractedFact(subject: args.make(head: mention.head, tokens: mention.tokens), predicate: "be",
                                           lemmaPredicate: "be", surface: "is", object: object, confidence: 0,
                                           rule: "role.descriptor", sentence: tree.index))
            }
            guard let title = mention.title, !mention.titleTokens.isEmpty,
                  !lexicon.honorifics.contains(title.lowercased()) else { continue }
            let subject = args.make(head: mention.head, tokens: mention.tokens)
            let titleArgument = args.make(head: mention.titleTokens[mention.titleTokens.count - 1],
                                          tokens: mention.titleTokens)
            facts.append(roleFact(subject: subject, title: title, titleArgument: titleArgument,
                                  country: mention.titleCountryToken.map { args.make(head: $0, tokens: [$0]) },
                                  rule: "role.title", sentence: tree.index))
        }
        for head in 0..<tree.count {
            addPossessions(of: head, tree, args, to: &facts)
            addLocations(of: head, tree, args, to: &facts)
            // Every token is visited: its children are scanned in place rather than collected.
            for appositive in tree.children(of: head) where tree.rel(appositive) == .appos {
                // `Chief Minister, Peter Caruana` as well as `Peter Caruana, chief minister`.
                if args.namedAppositive(of: head) == appositive {
                    facts.append(contentsOf: describe(appositive, by: head, rule: "role.appos", tree, args))
                } else {
                    facts.append(contentsOf: describe(head, by: appositive, rule: "role.appos", tree, args))
                }
            }
            if tree.child(of: head, [.cop]) != nil, [.NOUN, .PROPN].contains(tree.upos(head)),
               let subject = tree.child(of: head, [.nsubj]) {
                facts.append(contentsOf: describe(subject, by: head, rule: "role.copula", tree, args))
            }
        }
        return facts
    }

    /// `Britain 's relationship with Spain` → Britain `has` relationship with Spain: a named or
    /// common-noun possessor (not a pronoun) has what it possesses. Most nouns have none: the
    /// facts are appended to the sentence's instead of returned in an array of their own.
    private func addPossessions(of noun: Int, _ tree: SentenceTree, _ args: ArgumentBuilder,
                                to facts: inout [ExtractedFact]) {
        guard tree.upos(noun) == .NOUN, tree.child(of: noun, [.nmodPoss, .nmod]) != nil else { return }
        let possessors = tree.children(of: noun, [.nmodPoss])
        // `the bars of a cell window` → a cell window has bars (ranked lowest).
        let ofOwners = possessors.isEmpty ? tree.children(of: noun, [.nmod]).filter { owner in
            tree.casePhrase(of: owner) == "of" && [.NOUN, .PROPN].contains(tree.upos(owner))
        } : []
        guard !possessors.isEmpty || !ofOwners.isEmpty,
              lexicon.nominalizations[tree.lowerLemma(noun)] == nil else { return }
        let owned = tree.subtree(of: noun) { child in
            ArgumentBuilder.alwaysPruned.contains(tree.rel(child))
                || (tree.heads[child] == noun && [.nmodPoss, .case, .det, .punct, .appos, .conj, .cc].contains(tree.rel(child)))
                || (tree.heads[child] == noun && tree.rel(child) == .nmod && tree.casePhrase(of: child) == "of")
        }
        for owner in possessors {
            var subject = args.argument(owner)
            if tree.upos(owner) == .PRON {
                // `his childhood friends`: only a pronoun resolved to a name, written as the name.
                guard subject.kind == .entity else { continue }
                subject.text = subject.entity.name
            } else if ![.PROPN, .NOUN].contains(tree.upos(owner)) {
                continue
            }
            facts.append(ExtractedFact(subject: subject, predicate: "have", lemmaPredicate: "have", surface: "has",
                                       object: args.make(head: noun, tokens: owned), confidence: 0,
                                       rule: "role.possessor", sentence: tree.index))
        }
        for owner in ofOwners {
            facts.append(ExtractedFact(subject: args.argument(owner), predicate: "have", lemmaPredicate: "have",
                                       surface: "has", object: args.make(head: noun, tokens: owned), confidence: 0,
                                       rule: "role.possessor.of", sentence: tree.index))
        }
    }

    /// `the trackage at Charles City` → the trackage `is at` Charles City: a noun's place
    /// modifier is a fact about it (appended to `facts`, as `addPossessions` does).
    private func addLocations(of noun: Int, _ tree: SentenceTree, _ args: ArgumentBuilder,
                              to facts: inout [ExtractedFact]) {
        guard [.NOUN, .PROPN].contains(tree.upos(noun)), tree.child(of: noun, [.nmod]) != nil,
              lexicon.nominalizations[tree.lowerLemma(noun)] == nil else { return }
        for place in tree.children(of: noun, [.nmod]) {
            guard let prep = tree.casePhrase(of: place), ["in", "at", "near", "from", "on", "inside"].contains(prep) else {
                continue
            }
            let located = tree.subtree(of: noun) { child in
                ArgumentBuilder.alwaysPruned.contains(tree.rel(child))
                    || (tree.heads[child] == noun && [.nmod, .appos, .conj, .cc, .punct, .acl].contains(tree.rel(child)))
            }
            guard located.count <= 6 else { continue }
            facts.append(ExtractedFact(subject: args.make(head: noun, tokens: located), predicate: "be " + prep,
                                       lemmaPredicate: "be " + prep, surface: "is " + prep, object: args.argument(place),
                                       confidence: 0, rule: "role.location", sentence: tree.index))
        }
    }

    /// Facts saying what `subjectHead` is, from the noun phrase headed by `noun`.
    private func describe(_ subjectHead: Int, by noun: Int, rule: String, _ tree: SentenceTree,
                          _ args: ArgumentBuilder) -> [ExtractedFact] {
        let subject = args.argument(subjectHead)
        guard subject.kind == .entity || subject.kind == .concept else { return [] }
        if let (title, tokens) = args.title(of: noun), !lexicon.honorifics.contains(title) {
            var country: FactArgument?
            for child in tree.children(of: noun) {
                let rel = tree.rel(child)
                if rel == .nmodPoss || (rel == .nmod && tree.casePhrase(of: child) == "of") {
                    let argument = args.argument(child)
                    if argument.entity.type == .place || argument.entity.type == .organization { country = argument }
                } else if rel == .amod, args.entities.country(named: tree.form(child)) != nil {
                    country = args.make(head: child, tokens: [child])
                }
            }
            if let country {
                let titleArgument = args.make(head: noun, tokens: tokens)
                return [roleFact(subject: subject, title: title, titleArgument: titleArgument, country: country,
                                 rule: rule, sentence: tree.index)]
            }
        }
        guard rule == "role.appos" else { return [] }
        if tree.upos(noun) == .NUM, let age = Int64(tree.form(noun)), (1...120).contains(age),
           subject.entity.type == .person || subject.kind == .entity {
            // `Michael Jackson, 46,`
            var object = args.make(head: noun, tokens: [noun])
            object.literal = .integer(age)
            return [ExtractedFact(subject: subject, predicate: "be aged", lemmaPredicate: "be aged", surface: "is aged",
                                  object: object, confidence: 0, rule: "role.age", sentence: tree.index)]
        }
        var object = args.argument(noun, keepConjuncts: true)
        if tree.heads[subjectHead] == noun {
            // The noun phrase that introduced the name, without the name itself.
            let name = Set(tree.subtree(of: subjectHead))
            let tokens = args.tokens(of: noun, copularPredicate: false, keepConjuncts: true).filter { !name.contains($0) }
            object = args.make(head: noun, tokens: tokens)
            object.kind = .concept
            object.entity = EntityRecord(name: args.conceptName(noun, within: tokens))
        }
        if object.kind == .entity && object.entity.type == .place && [.place, .other].contains(subject.entity.type)
            && subject.kind == .entity {
            // `Montgomery County, Pennsylvania`, `Ruesselsheim, Germany`: a place in a place.
            return [ExtractedFact(subject: subject, predicate: "be in", lemmaPredicate: "be in", surface: "is in",
                                  object: object, confidence: 0, rule: "role.appos.place", sentence: tree.index)]
        }
        // Two names side by side (`AEG, Zanussi`) are mostly a list read as an apposition, as is
        // a coordination of names or one after a plural (`the winners, Ana, Omar and Lea`), unlike
        // coordinated roles (`Ana Ruiz, chair and founder`).
        if subject.kind == .entity && object.kind == .entity && tree.upos(noun) == .PROPN { return [] }
        // An amount, a symbol or a verb beside a noun (`profit of # 50 million, 12 %`, `the
        // acquisition will extend …`) is a misread list or clause, not an apposition.
        if [noun, subjectHead].contains(where: { [.NUM, .SYM, .VERB, .AUX].contains(tree.upos($0)) || !tree.hasLetter($0) }) {
            return []
        }
        if tree.child(of: noun, [.conj]) != nil
            && (tree.upos(noun) == .PROPN || ["NNS", "NNPS"].contains(tree.xpos(subjectHead))) { return [] }
        // A bare common noun after a name (`Derek Stevens, friend`) is mostly a misread compound.
        if object.wordCount == 1 && tree.upos(noun) == .NOUN && !tree.isCapitalized(noun) { return [] }
        return [ExtractedFact(subject: subject, predicate: "be", lemmaPredicate: "be", surface: "is", object: object,
                              confidence: 0, rule: "role.appos.isa", sentence: tree.index)]
    }

    private func roleFact(subject: FactArgument, title: String, titleArgument: FactArgument, country: FactArgument?,
                          rule: String, sentence: Int) -> ExtractedFact {
        let lowerTitle = title.lowercased()
        if let country {
            return ExtractedFact(subject: subject, predicate: lowerTitle + " of", lemmaPredicate: lowerTitle + " of",
                                 surface: "is " + title + " of", object: country, confidence: 0, rule: rule,
                                 sentence: sentence)
        }
        var object = titleArgument
        object.kind = .literal
        object.literal = .string(lowerTitle)
        return ExtractedFact(subject: subject, predicate: "be", lemmaPredicate: "be", surface: "is", object: object,
                             confidence: 0, rule: rule, sentence: sentence)
    }
}
