import GraphStore
import Language

/// Turns parsed documents into facts: runs the clause, nominalisation and role extractors over
/// every sentence, resolves names and pronouns to the document's entities, normalises
/// predicates with the synonym lexicon and scores each fact's confidence.
///
/// A value type holding only immutable data: share one across threads freely.
public struct FactExtractor: Sendable {
    /// The language data in use.
    public let lexicon: Lexicon
    /// Sentences longer than this many tokens yield no facts (bounded time on pasted tables).
    public var maxSentenceTokens = 250
    /// Facts below this confidence are extracted (Open IE output ranks them last) but not
    /// recorded in the graph.
    public var recordThreshold = 0.2
    /// Rules whose facts serve Open IE output but not the graph: implicit possession and
    /// location inside noun phrases, a description written before a name (`Northern Ireland
    /// man James McIlroy`), a bare time standing as an object (`made on Wednesday`), and an
    /// adverbial standing as one (`prices rose sharply`).
    public static let openIEOnlyRules: Set<String> = ["role.possessor", "role.possessor.of", "role.location", "role.descriptor",
                                                      "clause.qualifier.time", "clause.adverbial"]

    /// Makes an extractor with the given lexicon (by default the one shipped with kg).
    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The facts of a parsed document, sentence by sentence, most confident first within a sentence.
    /// - Complexity: O(n · a) for n tokens and arguments of a tokens; linear per sentence in practice.
    public func extract(_ document: Document) -> [ExtractedFact] {
        let trees = document.sentences.indices.map { SentenceTree(document: document, index: $0) }
        let entities = DocumentEntities(trees: trees, lexicon: lexicon)
        let clauses = ClauseExtractor(lexicon: lexicon)
        let nominals = NominalExtractor(lexicon: lexicon)
        let roles = RoleExtractor(lexicon: lexicon)
        var result: [ExtractedFact] = []
        // The same few lemma phrases recur through a document: each is normalised once.
        var predicates: [String: String] = [:]
        for tree in trees where tree.count > 0 && tree.count <= maxSentenceTokens {
            let args = ArgumentBuilder(tree: tree, entities: entities, lexicon: lexicon)
            var facts = clauses.facts(tree, args)
            facts.append(contentsOf: nominals.facts(tree, args))
            facts.append(contentsOf: roles.facts(tree, args))
            for index in facts.indices {
                let lemma = facts[index].lemmaPredicate
                if let known = predicates[lemma] {
                    facts[index].predicate = known
                } else {
                    facts[index].predicate = canonicalPredicate(lemma)
                    predicates[lemma] = facts[index].predicate
                }
                facts[index].confidence = Self.confidence(of: facts[index], sentenceLength: tree.count)
            }
            Self.appendDeduplicated(facts, to: &result)
        }
        return result
    }

    /// The canonical predicate for a lemma phrase: the synonym lexicon's entry, else the phrase.
    public func canonicalPredicate(_ lemmaPhrase: String) -> String {
        let key = lemmaPhrase.lowercased()
        if let canonical = lexicon.synonyms[key] { return canonical }
        let words = key.split(separator: " ")
        let isArticle = { (word: Substring) in word == "a" || word == "an" || word == "the" }
        guard words.contains(where: isArticle) else { return lemmaPhrase }
        return lexicon.synonyms[words.filter { !isArticle($0) }.joined(separator: " ")] ?? lemmaPhrase
    }

    /// Base confidence of each rule (close to the rule's precision on CaRB dev, through our parser
    /// and a silver parse); facts of unlisted rules take their parent rule's, lowered.
    static let ruleConfidence: [String: Double] = [
        "clause.svo": 0.73, "clause.conj": 0.66, "clause.xcomp": 0.75, "clause.relcl": 0.5, "clause.acl": 0.48,
        "clause.advcl": 0.4, "clause.fallback": 0.5, "clause.fallback.oblique": 0.45, "clause.ccomp": 0.8,
        "clause.oblique": 0.76, "clause.light": 0.75, "clause.conj.oblique": 0.64, "clause.xcomp.oblique": 0.72,
        "clause.relcl.oblique": 0.62, "clause.acl.oblique": 0.56, "clause.advcl.oblique": 0.68,
        "clause.passive": 0.75, "clause.passive.oblique": 0.8, "clause.acl.passive": 0.6,
        "clause.qualifier.place": 0.72, "clause.qualifier.time": 0.72, "clause.adverbial": 0.45, "clause.existential": 0.6, "clause.copula": 0.66,
        "clause.copula.oblique": 0.6, "nominal.possessive": 0.7, "nominal.demonym": 0.6, "nominal.by": 0.7,
        "role.title": 0.45, "role.appos": 0.5, "role.copula": 0.5, "role.appos.isa": 0.4, "role.descriptor": 0.5, "role.age": 0.5,
        "role.appos.place": 0.45, "role.possessor": 0.18, "role.possessor.of": 0.1, "role.location": 0.3,
    ]

    /// The confidence of a fact: its rule's base, lowered for pronoun subjects, long subjects,
    /// common-noun subjects, one-word relations and long sentences (where parses go wrong).
    static func confidence(of fact: ExtractedFact, sentenceLength: Int) -> Double {
        var rule = fact.rule
        var base = ruleConfidence[rule]
        var score = base ?? 0.5
        while base == nil, let dot = rule.lastIndex(of: ".") {
            rule = String(rule[..<dot])
            base = ruleConfidence[rule]
            score = (base ?? 0.5) * 0.9
        }
        if fact.subject.viaPronoun { score *= 0.95 }
        // A relative or question word left unresolved (`what they do`), or an oblique with no
        // preposition (mostly a misattached phrase), is seldom what a reader would write.
        func isQuestionWord(_ argument: FactArgument?) -> Bool {
            guard let argument, argument.kind == .unresolved else { return false }
            return ["what", "which", "that", "who", "whom", "whatever"].contains(argument.text.lowercased())
        }
        if isQuestionWord(fact.subject) { score *= 0.6 }
        if isQuestionWord(fact.object) { score *= 0.6 }
        if fact.rule.hasSuffix("oblique"), fact.object?.preposition == nil { score *= 0.7 }
        if fact.subject.wordCount > 5 { score *= 0.7 }
        if fact.subject.kind == .concept { score *= 0.95 }
        switch fact.surface.utf8.reduce(1, { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) }) {
        case 0, 1: score *= 0.92
        case 2: score *= 0.95
        default: break
        }
        switch sentenceLength {
        case ..<20: break
        case ..<40: score *= 0.95
        case ..<50: score *= 0.9
        default: score *= 0.8
        }
        return min(1, max(0, score))
    }

    /// Appends the facts without repeats (same subject, relation, object and further arguments as
    /// written), keeping the most confident of each, in text order.
    /// - Complexity: O(n²) comparisons for the n facts of a sentence: they are few, and most pairs
    ///   differ in their first words, which is cheaper than hashing every fact's texts.
    static func appendDeduplicated(_ facts: [ExtractedFact], to result: inout [ExtractedFact]) {
        var kept: [Int] = []  // for each distinct fact, the index of its most confident repeat
        for index in facts.indices {
            if let slot = kept.firstIndex(where: { repeats(facts[$0], facts[index]) }) {
                if facts[index].confidence > facts[kept[slot]].confidence { kept[slot] = index }
            } else {
                kept.append(index)
            }
        }
        for index in kept { result.append(facts[index]) }
    }

    /// Whether two facts say the same as written.
    private static func repeats(_ a: ExtractedFact, _ b: ExtractedFact) -> Bool {
        a.subject.text == b.subject.text && a.surface == b.surface && (a.object?.text ?? "") == (b.object?.text ?? "")
            && a.extraArguments.count == b.extraArguments.count
            && zip(a.extraArguments, b.extraArguments).allSatisfy { $0.text == $1.text }
    }
}
