import GraphStore

/// A name written in a sentence (`Foreign Minister Sergei Lavrov`), with its title split off.
struct Mention: Sendable {
    /// Index of the sentence.
    var sentence: Int
    /// Local index of the token that heads the noun phrase.
    var head: Int
    /// Local indices of the name's tokens, without the title (`Sergei Lavrov`).
    var tokens: [Int]
    /// The name as written, without the title.
    var name: String
    /// The type the name, its title and the gazetteers give.
    var type: EntityType
    /// The title as written (`Foreign Minister`), if one preceded the name.
    var title: String?
    /// Local indices of the title's tokens.
    var titleTokens: [Int]
    /// Local indices of the common-noun description written before the name in the same noun
    /// phrase (`political philosopher` Benjamin Constant), empty when there is none.
    var descriptorTokens: [Int] = []
    /// Local index of the demonym, country or organisation before the title (`Ukrainian`
    /// President, `BNP` leader).
    var titleCountryToken: Int?
    /// Whether the name is plural (`Gibraltarians`), so `they` can stand for it.
    var plural: Bool
    /// How prominent the mention is for pronoun resolution: 3 subject or agent, 2 object or
    /// possessor, 1 anything else.
    var weight: Int
}
