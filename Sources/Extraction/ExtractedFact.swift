import GraphStore

/// One fact found in a sentence, with everything needed to show why it was found.
public struct ExtractedFact: Sendable, Hashable {
    /// Who or what the fact is about (the agent, for passives turned active).
    public var subject: FactArgument
    /// The canonical predicate after the synonym lexicon (`meet`).
    public var predicate: String
    /// The predicate in lemma form, auxiliaries and modals removed (`hold talks with`).
    public var lemmaPredicate: String
    /// The relation as written, in the sentence's own voice (`will hold talks with`,
    /// `was annexed by`), as Open IE output reports it.
    public var surface: String
    /// The other end of the fact, if the predicate has one.
    public var object: FactArgument?
    /// Further arguments in text order (Open IE n-ary output), time and place included.
    public var extraArguments: [FactArgument]
    /// When, as written (`on Friday`, `in 2014`).
    public var time: FactArgument?
    /// Where, as written (`in Berlin`).
    public var place: FactArgument?
    /// Negation, hedging and future.
    public var flags: FactFlags
    /// Whether the sentence put the fact in the passive (`Crimea was annexed by Russia`); the
    /// subject is then the agent and the surface relation reads from the object.
    public var passive: Bool
    /// Whether an n-ary fact of the same clause already carries this fact's argument (`urged
    /// Russia at the meeting` beside `urged at the meeting`): Open IE output leaves it out, the
    /// graph keeps it as a binary edge.
    public var redundant = false
    /// How the fact treats a coordinated argument (`Kyiv and Berlin`): `.split` facts take one
    /// conjunct each and serve the graph only; `.joined` facts keep the coordination whole and
    /// serve Open IE output only, which reads a coordination as one argument as CaRB's
    /// annotators mostly do. Empty when no argument is coordinated.
    public var coordination: Coordination = []
    /// Whether the predicate sits inside a clausal complement or an adverbial clause (`said that
    /// …`, `when …`), where readers less often write a fact down: Open IE output ranks it lower.
    public var subordinate = false
    /// Confidence in 0...1.
    public var confidence: Double
    /// The extractor rule that produced the fact (`clause.svo`, `nominal.possessive`).
    public var rule: String
    /// Index of the sentence within the document.
    public var sentence: Int

    /// Makes a fact.
    public init(subject: FactArgument, predicate: String, lemmaPredicate: String, surface: String,
                object: FactArgument?, extraArguments: [FactArgument] = [], time: FactArgument? = nil,
                place: FactArgument? = nil, flags: FactFlags = [], passive: Bool = false,
                confidence: Double, rule: String, sentence: Int) {
        self.subject = subject
        self.predicate = predicate
        self.lemmaPredicate = lemmaPredicate
        self.surface = surface
        self.object = object
        self.extraArguments = extraArguments
        self.time = time
        self.place = place
        self.flags = flags
        self.passive = passive
        self.confidence = confidence
        self.rule = rule
        self.sentence = sentence
    }
}
