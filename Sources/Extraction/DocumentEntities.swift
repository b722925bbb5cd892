import GraphStore

/// The entities of one document: its name mentions clustered into entities (a later `Blinken`
/// is the earlier `Antony Blinken`, `NATO` the `North Atlantic Treaty Organization`), canonical
/// names from the alias table, and pronouns resolved to the most salient compatible antecedent.
struct DocumentEntities {
    /// A mention a pronoun can refer back to.
    struct Salient {
        var sentence: Int
        var token: Int
        var entity: Int
        var weight: Double
        var plural = false
    }

    /// A person named with a title (`Foreign Minister Sergei Lavrov`), whom a later or earlier
    /// description (`the foreign minister`, `his counterpart`) can stand for.
    struct Titled {
        var sentence: Int
        var entity: Int
        /// The title, lowercased.
        var title: String
        /// The country the title names (`Ukrainian President`), if any.
        var country: String?
    }

    let lexicon: Lexicon
    /// The titled people of the document, in text order.
    private var titled: [Titled] = []
    /// Every name mention, in document order.
    private(set) var mentions: [Mention] = []
    /// Entity index of each mention.
    private var entityOfMention: [Int] = []
    /// The entities, indexed as `entityOfMention` says.
    private(set) var entities: [EntityRecord] = []
    /// Index of each named entity by canonical name.
    private var entityByName: [String: Int] = [:]
    /// For each sentence: mention index by head token, and by every name token.
    private var mentionByToken: [[Int: Int]] = []
    /// For each sentence, the indices of its mentions.
    private var mentionsOfSentence: [[Int]] = []
    /// Antecedent candidates per sentence, in text order.
    private var salient: [[Salient]] = []
    /// Common-noun antecedents (`The statement … It also triggered`), which are not names.
    private var concepts: Set<Int> = []
    /// For each sentence, whether each token stands inside quotation marks (where pronouns
    /// belong to the speaker's world and are left unresolved).
    private var quoted: [[Bool]] = []

    /// Finds and clusters the names of all the sentences.
    /// - Complexity: O(total tokens + mentions · distinct names).
    init(trees: [SentenceTree], lexicon: Lexicon) {
        self.lexicon = lexicon
        let finder = MentionFinder(lexicon: lexicon)
        mentionByToken = Array(repeating: [:], count: trees.count)
        mentionsOfSentence = Array(repeating: [], count: trees.count)
        salient = Array(repeating: [], count: trees.count)
        quoted = trees.map(Self.quotation)
        for tree in trees {
            for mention in finder.mentions(in: tree) {
                for token in mention.tokens + [mention.head] { mentionByToken[tree.index][token] = mentions.count }
                mentionsOfSentence[tree.index].append(mentions.count)
                mentions.append(mention)
            }
        }
        cluster()
        for (index, mention) in mentions.enumerated() {
            guard let title = mention.title?.lowercased(), !lexicon.honorifics.contains(title) else { continue }
            let country = mention.titleCountryToken.flatMap { self.country(named: trees[mention.sentence].token($0).form)?.name }
            titled.append(Titled(sentence: mention.sentence, entity: entityOfMention[index], title: title, country: country))
        }
        for (index, mention) in mentions.enumerated() {
            salient[mention.sentence].append(Salient(sentence: mention.sentence, token: mention.head,
                                                     entity: entityOfMention[index], weight: Double(mention.weight),
                                                     plural: mention.plural))
        }
        for tree in trees {
            addDemonymAgents(tree)
            addConceptSubjects(tree)
        }
        for s in salient.indices { salient[s].sort { $0.token < $1.token } }
    }

    /// The entity named at token `token` of sentence `sentence`, if a name covers it.
    func entity(sentence: Int, token: Int) -> EntityRecord? {
        guard sentence < mentionByToken.count, let m = mentionByToken[sentence][token] else { return nil }
        return entities[entityOfMention[m]]
    }

    /// The name mentions of a sentence, in text order.
    func mentions(inSentence sentence: Int) -> [Mention] {
        guard sentence < mentionsOfSentence.count else { return [] }
        return mentionsOfSentence[sentence].map { mentions[$0] }
    }

    /// The mention covering a token, if any.
    func mention(sentence: Int, token: Int) -> Mention? {
        guard sentence < mentionByToken.count, let m = mentionByToken[sentence][token] else { return nil }
        return mentions[m]
    }

    /// The entity a country name or demonym stands for (`Russian` → Russia), as one of this
    /// document's entities when it has one.
    func country(named word: String) -> EntityRecord? {
        let lower = word.lowercased()
        guard let name = lexicon.demonyms[lower] ?? lexicon.countries[lower] else { return nil }
        return entityByName[name].map { entities[$0] } ?? EntityRecord(name: name, type: .place)
    }

    /// The person a definite description of a title stands for (`the foreign secretary` →
    /// `Foreign Secretary Jack Straw`): the one person of the document given that title, of the
    /// description's country when both name one.
    func person(titled title: String, country: String?) -> EntityRecord? {
        let found = Set(titled.filter { $0.title == title && Self.agree(country, $0.country) }.map(\.entity))
        guard found.count == 1, let only = found.first else { return nil }
        return entities[only]
    }

    /// The person a counterpart stands for (`his Russian counterpart` → `Foreign Minister Sergei
    /// Lavrov`): the nearest titled person within three sentences who is not the possessor, of
    /// the description's country when both name one.
    func counterpart(of owner: EntityRecord?, country: String?, sentence: Int) -> EntityRecord? {
        let candidates = titled.filter { candidate in
            abs(candidate.sentence - sentence) <= 3 && entities[candidate.entity].name != owner?.name
                && Self.agree(country, candidate.country)
        }
        return candidates.min { abs($0.sentence - sentence) < abs($1.sentence - sentence) }.map { entities[$0.entity] }
    }

    private static func agree(_ wanted: String?, _ given: String?) -> Bool {
        guard let wanted, let given else { return true }
        return wanted == given
    }

    /// The antecedent of the pronoun at `token` in `sentence`: the compatible mention with the
    /// best weight plus recency, looking back three sentences; `isName` is false for a
    /// common-noun antecedent. Pronouns inside quotations are not resolved.
    func antecedent(ofPronoun form: String, sentence: Int, token: Int) -> (entity: EntityRecord, isName: Bool)? {
        guard let kind = lexicon.pronouns[form.lowercased()],
              [.person, .thing, .group].contains(kind), sentence < salient.count else { return nil }
        if token < quoted[sentence].count && quoted[sentence][token] { return nil }
        var best: (score: Double, entity: Int)?
        for back in 0...3 where sentence - back >= 0 {
            for candidate in salient[sentence - back] where back > 0 || candidate.token < token {
                let type = entities[candidate.entity].type
                let compatible = switch kind {
                case .person: type == .person
                case .thing: type != .person && !candidate.plural
                default: type == .organization || type == .place || candidate.plural
                }
                guard compatible else { continue }
                let score = candidate.weight + 2.5 * Double(3 - back) + Double(candidate.token) / 1000
                if best.map({ score > $0.score }) ?? true { best = (score, candidate.entity) }
            }
        }
        return best.map { (entities[$0.entity], !concepts.contains($0.entity)) }
    }

    /// Which tokens of a sentence stand between an opening and a closing quotation mark (an
    /// unclosed opening quote runs to the end of the sentence).
    private static func quotation(_ tree: SentenceTree) -> [Bool] {
        var inside = false
        var result = [Bool](repeating: false, count: tree.count)
        // A String comparison with a curly quote takes the slow Unicode path: only forms that
        // start with a quotation mark's first byte are compared.
        let markStarts: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), 0xE2]  // 0xE2 starts “ and ”
        for i in 0..<tree.count {
            let form = tree.form(i)
            guard let first = form.utf8.first, markStarts.contains(first) else {
                result[i] = inside
                continue
            }
            switch form {
            case "“", "``": inside = true
            case "”", "''": inside = false
            case "\"": inside.toggle()
            default: result[i] = inside
            }
        }
        return result
    }

    /// Subjects that are common nouns (`The statement appeared …`) can be antecedents of
    /// `it`, a little below names.
    private mutating func addConceptSubjects(_ tree: SentenceTree) {
        for i in 0..<tree.count where tree.upos(i) == .NOUN && [.nsubj, .nsubjPass].contains(tree.rel(i)) {
            guard mentionByToken[tree.index][i] == nil else { continue }
            let name = ArgumentBuilder.conceptName(i, within: tree.subtree(of: i), in: tree)
            concepts.insert(entities.count)
            entities.append(EntityRecord(name: name, type: .other))
            let weight = Double(MentionFinder.weight(of: i, tree, lexicon)) - 0.5
            salient[tree.index].append(Salient(sentence: tree.index, token: i, entity: entities.count - 1, weight: weight))
        }
    }

    /// Groups the mentions: same canonical name; a one-word name that is the last word of a
    /// longer person's name, or the first word of an `X of Y` name; an acronym that spells a
    /// longer name's initials.
    private mutating func cluster() {
        var keyOfMention = mentions.map { lexicon.canonicalName(stripArticle($0.name)) }
        var people: [String: String] = [:]   // surname → full canonical name of a person
        var names: [String: String] = [:]    // last word → full canonical name of an untyped name
        var initials: [String: String] = [:]  // acronym → full canonical name
        var heads: [String: String] = [:]     // `Bank` → `Bank of England`
        for (index, mention) in mentions.enumerated() {
            let words = keyOfMention[index].split(separator: " ").map(String.init)
            guard words.count > 1, let last = words.last, let firstWord = words.first else { continue }
            if mention.type == .person || lexicon.firstNames.contains(firstWord) || mention.title != nil {
                if people[last] == nil { people[last] = keyOfMention[index] }
            } else if mention.type == .other, names[last] == nil {
                names[last] = keyOfMention[index]
            }
            if words.firstIndex(of: "of") == 1 {
                // Two such names with the same first word leave it ambiguous (empty).
                heads[firstWord] = heads[firstWord].map { $0 == keyOfMention[index] ? $0 : "" } ?? keyOfMention[index]
            }
            let capitals = words.filter { $0.first?.isUppercase ?? false }.compactMap(\.first)
            if capitals.count > 1 { initials[String(capitals)] = initials[String(capitals)] ?? keyOfMention[index] }
        }
        for index in mentions.indices {
            let key = keyOfMention[index]
            guard !key.utf8.contains(0x20) else { continue }
            if let full = people[key] ?? (mentions[index].type == .person ? names[key] : nil) {
                // `Mr Straw` is the earlier `Jack Straw`, even when nothing else said he was a person.
                keyOfMention[index] = full
                mentions[index].type = .person
            } else if let full = initials[key], lexicon.knownType(key) == nil {
                keyOfMention[index] = full
            } else if let full = heads[key], !full.isEmpty {
                // `the Bank` is the article's `Bank of England`.
                keyOfMention[index] = full
            }
        }
        entityOfMention = []
        for (index, mention) in mentions.enumerated() {
            let key = keyOfMention[index]
            let entity: Int
            if let known = entityByName[key] {
                entity = known
            } else {
                entity = entities.count
                entityByName[key] = entity
                entities.append(EntityRecord(name: key, type: mention.type, aliases: []))
            }
            entityOfMention.append(entity)
            if entities[entity].type == .other && mention.type != .other { entities[entity].type = mention.type }
            if mention.name != key && !entities[entity].aliases.contains(mention.name) {
                entities[entity].aliases.append(mention.name)
            }
        }
    }

    /// Demonyms that name the agent of a nominalisation (`a Russian attack`) are antecedents too.
    private mutating func addDemonymAgents(_ tree: SentenceTree) {
        for i in 0..<tree.count where tree.rel(i) == .amod {
            guard let head = tree.heads[i],
                  lexicon.nominalizations[tree.lowerLemma(head)] != nil,
                  let country = country(named: tree.form(i)) else { continue }
            let entity: Int
            if let existing = entityByName[country.name] {
                entity = existing
            } else {
                entity = entities.count
                entityByName[country.name] = entity
                entities.append(country)
            }
            salient[tree.index].append(Salient(sentence: tree.index, token: i, entity: entity, weight: 4))
        }
    }

    private func stripArticle(_ name: String) -> String {
        name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
    }
}
