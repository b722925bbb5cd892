import GraphStore

/// Finds the names in a sentence: runs of proper nouns joined by `compound`, `flat` and
/// `nmod:desc`, titles stripped (`Ukrainian President Volodymyr Zelensky` → `Volodymyr Zelensky`,
/// title `President`, country `Ukraine`), typed from the gazetteers, the title and the name's words.
struct MentionFinder {
    let lexicon: Lexicon

    /// Relations that join the words of one name.
    static let nameRelations: [Relation] = [.compound, .flat, .flatName, .nmodDesc, .fixed, .goeswith]

    /// Every name mention in the sentence, in text order.
    /// - Complexity: O(n · w) for n tokens and names of w words.
    func mentions(in tree: SentenceTree) -> [Mention] {
        var result: [Mention] = []
        var covered = Set<Int>()
        for i in 0..<tree.count where isNameHead(i, tree) && !covered.contains(i) {
            guard let mention = mention(headedBy: i, tree) else { continue }
            covered.formUnion(mention.tokens)
            // `BNP leader Nick Griffin`: the organisation before the title is a name of its own.
            if let owner = mention.titleCountryToken, tree.upos(owner) == .PROPN,
               mention.tokens.first.map({ owner < $0 }) ?? false, !result.contains(where: { $0.tokens.contains(owner) }),
               let ownerMention = self.mention(headedBy: owner, tree, within: owner...owner) {
                result.append(ownerMention)
            }
            result.append(mention)
        }
        return result.sorted { $0.head < $1.head }
    }

    /// Whether token `i` heads a name: a proper noun not itself a word of a larger name, or a
    /// common noun such as `administration` made a name by a proper-noun compound.
    private func isNameHead(_ i: Int, _ tree: SentenceTree) -> Bool {
        if tree.upos(i) == .PROPN {
            if Self.nameRelations.contains(tree.rel(i)), let head = tree.heads[i] {
                let headToken = tree.token(head)
                if headToken.upos == .PROPN { return false }
                if isKeywordNoun(head, tree) { return false }
            }
            return true
        }
        return isKeywordNoun(i, tree) || isPeopleNoun(i, tree)
    }

    /// A capitalised plural demonym (`Gibraltarians`, `Russians`) names a people.
    private func isPeopleNoun(_ i: Int, _ tree: SentenceTree) -> Bool {
        guard tree.upos(i) == .NOUN, tree.isCapitalized(i), tree.form(i).hasSuffix("s") else { return false }
        return lexicon.demonyms[String(tree.form(i).dropLast()).lowercased()] != nil
    }

    private func isKeywordNoun(_ i: Int, _ tree: SentenceTree) -> Bool {
        guard tree.upos(i) == .NOUN,
              tree.children(of: i).contains(where: { tree.rel($0) == .compound && tree.upos($0) == .PROPN }) else { return false }
        return lexicon.nameKeywords[tree.lowerLemma(i)] != nil
    }

    private func mention(headedBy head: Int, _ tree: SentenceTree, within limit: ClosedRange<Int>? = nil) -> Mention? {
        let block = limit.map(Array.init) ?? nameBlock(head, tree)
        guard !block.isEmpty else { return nil }
        let fullText = tree.text(block)
        let fullTextType = lexicon.knownType(lexicon.canonicalName(fullText))
        var nameTokens = block
        var titleTokens: [Int] = []
        if fullTextType == nil && lexicon.aliases[fullText] == nil {
            (nameTokens, titleTokens) = stripTitle(block, tree)
        }
        while let first = nameTokens.first, nameTokens.count > 1,
              tree.upos(first) == .DET || tree.upos(first) == .PUNCT {
            nameTokens.removeFirst()
        }
        // `Northern Ireland man James McIlroy`: a name starts after the last lowercase word; the
        // words before it, with their modifiers, describe the name.
        var descriptorTokens: [Int] = []
        if let cut = nameTokens.lastIndex(where: { !tree.isCapitalized($0) && tree.lower($0) != "of" }),
           cut + 1 < nameTokens.count {
            let tail = Array(nameTokens[(cut + 1)...])
            if tail.contains(where: { tree.upos($0) == .PROPN }), let start = tail.first {
                let before = nameTokens[...cut].filter { tree.upos($0) == .NOUN && !lexicon.timeWords.contains(tree.lower($0)) }
                let words = Set(before.flatMap { tree.subtree(of: $0) }).filter {
                    $0 < start && [.NOUN, .PROPN, .ADJ, .NUM].contains(tree.upos($0))
                }.sorted()
                if words.last == start - 1 { descriptorTokens = words }
                nameTokens = tail
            }
        }
        guard !nameTokens.isEmpty,
              nameTokens.contains(where: { tree.upos($0) == .PROPN || tree.upos($0) == .NOUN }),
              let first = nameTokens.first, tree.isCapitalized(first)
        else { return nil }
        let name = tree.text(nameTokens)
        if lexicon.titles.contains(name.lowercased()) { return nil }
        var titleCountryToken: Int?
        if let firstTitle = titleTokens.first, firstTitle > 0 {
            let before = tree.lower(firstTitle - 1)
            if lexicon.demonyms[before] != nil || lexicon.countries[before] != nil {
                titleCountryToken = firstTitle - 1
            } else if before == "'s" || before == "’s", firstTitle > 1, tree.upos(firstTitle - 2) == .PROPN {
                titleCountryToken = firstTitle - 2  // `Ukraine's Foreign Minister Dmytro Kuleba`
            } else if tree.upos(firstTitle - 1) == .PROPN {
                titleCountryToken = firstTitle - 1  // `BNP leader Nick Griffin`
            }
        }
        if nameTokens.count == 1, let only = nameTokens.first, lexicon.demonyms[tree.lower(only)] != nil { return nil }
        let knownType = name == fullText ? fullTextType : lexicon.knownType(lexicon.canonicalName(name))
        let type = entityType(name: name, knownType: knownType, tokens: nameTokens, hasTitle: !titleTokens.isEmpty, tree)
        // The name's most prominent word stands for it (`Blinken`, the subject, not `State`).
        let span = Set(block)
        let anchor = ([head] + nameTokens).filter { tree.heads[$0].map { !span.contains($0) } ?? true }
            .max { Self.weight(of: $0, tree, lexicon) < Self.weight(of: $1, tree, lexicon) } ?? head
        let plural = ["NNS", "NNPS"].contains(tree.xpos(anchor)) || isPeopleNoun(anchor, tree)
        return Mention(sentence: tree.index, head: anchor, tokens: nameTokens, name: name, type: type,
                       title: titleTokens.isEmpty ? nil : tree.text(titleTokens), titleTokens: titleTokens,
                       descriptorTokens: descriptorTokens,
                       titleCountryToken: titleCountryToken, plural: plural, weight: Self.weight(of: anchor, tree, lexicon))
    }

    /// The contiguous block of name words around `head` (including titles inside the tree).
    private func nameBlock(_ head: Int, _ tree: SentenceTree) -> [Int] {
        var members: Set<Int> = [head]
        var stack = [head]
        while let node = stack.popLast() {
            for child in tree.children(of: node) {
                let joins = Self.nameRelations.contains(tree.rel(child))
                    || (tree.rel(child) == .amod && node != head && tree.isCapitalized(child))
                if joins && !members.contains(child) {
                    members.insert(child)
                    stack.append(child)
                }
            }
        }
        var lo = head
        while lo > 0 && members.contains(lo - 1) { lo -= 1 }
        // A capitalised adjective just before the name that modifies it, not first in the sentence
        // nor a demonym, is its first word (`International Monetary Fund`).
        while lo > 1, tree.upos(head) == .PROPN, tree.rel(lo - 1) == .amod, let up = tree.heads[lo - 1], members.contains(up),
              tree.isCapitalized(lo - 1), lexicon.demonyms[tree.lower(lo - 1)] == nil {
            lo -= 1
        }
        var hi = head
        while hi + 1 < tree.count && members.contains(hi + 1) { hi += 1 }
        // Proper nouns side by side are one name whatever the parse says (`State Antony Blinken`
        // read as two phrases), except for a day or month (`told CNN Sunday`).
        func joinsRun(_ i: Int) -> Bool {
            tree.upos(i) == .PROPN && !lexicon.timeWords.contains(tree.lower(i))
        }
        if joinsRun(head) {
            while lo > 0 && joinsRun(lo - 1) { lo -= 1 }
            while hi + 1 < tree.count && joinsRun(hi + 1) { hi += 1 }
        }
        // `Bank of England`, `Ministry of Defence`: a keyword name goes on across `of`.
        if lexicon.nameKeywords[tree.lower(hi)] != nil, hi + 2 < tree.count, tree.lower(hi + 1) == "of", joinsRun(hi + 2) {
            hi += 2
            while hi + 1 < tree.count && joinsRun(hi + 1) { hi += 1 }
        }
        return Array(lo...hi)
    }

    /// Splits a name block into name and title: the shortest name whose preceding words (in the
    /// block or just before it) end with a title.
    private func stripTitle(_ block: [Int], _ tree: SentenceTree) -> (name: [Int], title: [Int]) {
        guard let start = block.first, let last = block.last else { return (block, []) }
        var nameSubtree: Set<Int>?  // the subtree of the name's head, computed when first needed
        for cut in stride(from: block.count - 1, through: 0, by: -1) {
            let end = block[cut] - 1
            // Most words end no title: no phrase is built for them.
            guard end >= 0, lexicon.titleLastWords.contains(tree.lower(end)) else { continue }
            for words in stride(from: min(lexicon.maxTitleWords, end + 1), through: 1, by: -1) {
                let from = end - words + 1
                let phrase = (from...end).map { tree.lower($0) }.joined(separator: " ")
                guard lexicon.titles.contains(phrase) else { continue }
                // A title outside the block must be capitalised or hang from the name to belong to it.
                if from < start && !tree.isCapitalized(from) {
                    let head = block.first { tree.heads[$0].map { !block.contains($0) } ?? true } ?? last
                    let members = nameSubtree ?? Set(tree.subtree(of: head))
                    nameSubtree = members
                    if !members.contains(from) { continue }
                }
                return (Array(block[cut...]), Array(from...end))
            }
        }
        return (block, [])
    }

    /// The type of a name (`knownType`: what the gazetteers say of it, looked up by the caller).
    private func entityType(name: String, knownType: EntityType?, tokens: [Int], hasTitle: Bool,
                            _ tree: SentenceTree) -> EntityType {
        if let knownType { return knownType }
        if hasTitle { return .person }
        if let first = tokens.first, lexicon.firstNames.contains(tree.form(first)) { return .person }
        let keyword = tokens.firstIndex { tree.lower($0) == "of" }.map { tokens[..<$0] }?.last ?? tokens.last
        if let keyword, let type = lexicon.nameKeywords[tree.lower(keyword)] { return type }
        guard tokens.count == 1 else { return .other }
        let letters = name.filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy(\.isUppercase) ? .organization : .other
    }

    /// The pronoun-resolution weight of a noun phrase headed by `i`: the subject of the main
    /// clause 4, other subjects 3, objects and possessors 2, the rest 1. The subject of a
    /// reporting verb (`the administration says`) is a source, not the topic: 2.
    static func weight(of i: Int, _ tree: SentenceTree, _ lexicon: Lexicon) -> Int {
        switch tree.rel(i) {
        case .nsubj, .nsubjPass, .nsubjOuter:
            if let head = tree.heads[i], lexicon.reportingVerbs.contains(tree.lowerLemma(head)) { 2 }
            else if let head = tree.heads[i], tree.heads[head] == nil { 4 } else { 3 }
        case .obj, .nmodPoss, .iobj: 2
        case .conj:
            if let head = tree.heads[i] { weight(of: head, tree, lexicon) } else { 1 }
        default: 1
        }
    }
}
