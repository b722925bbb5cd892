import GraphStore
import Testing
@testable import Extraction

/// Names found in a sentence: the name without its title, the title, the type.
@Suite struct MentionFinderTests {
    @Test(arguments: [
        ("""
        Foreign foreign ADJ 2 amod
        Minister Minister PROPN 3 compound
        Sergei Sergei PROPN 5 nsubj
        Lavrov Lavrov PROPN 3 flat
        spoke speak VERB 0 root
        """, "Sergei Lavrov", String?("Foreign Minister"), EntityType.person),
        ("""
        President President PROPN 2 nmod:desc
        Biden Biden PROPN 3 nsubj
        spoke speak VERB 0 root
        """, "Biden", "President", .person),
        ("""
        General General PROPN 2 compound
        Motors Motors PROPN 3 nsubj
        hired hire VERB 0 root
        """, "General Motors", nil, .organization),
        ("""
        the the DET 4 det
        International International ADJ 4 amod
        Energy Energy PROPN 4 compound
        Agency Agency PROPN 5 nsubj
        warned warn VERB 0 root
        """, "International Energy Agency", nil, .organization),
        ("""
        the the DET 2 det
        Ministry Ministry PROPN 5 nsubj
        of of ADP 4 case
        Defence Defence PROPN 2 nmod
        said say VERB 0 root
        """, "Ministry of Defence", nil, .organization),
        ("""
        the the DET 3 det
        Biden Biden PROPN 3 compound
        administration administration NOUN 4 nsubj
        said say VERB 0 root
        """, "Biden administration", nil, .organization),
        ("""
        NATO NATO PROPN 2 nsubj
        met meet VERB 0 root
        """, "NATO", nil, .organization),
        ("""
        Most most ADJ 2 amod
        Gibraltarians Gibraltarians PROPN 3 nsubj
        voted vote VERB 0 root
        """, "Gibraltarians", nil, .other),
        ("""
        Northern Northern PROPN 2 compound
        Ireland Ireland PROPN 3 compound
        man man NOUN 5 compound
        James James PROPN 5 compound
        McIlroy McIlroy PROPN 6 nsubj
        won win VERB 0 root
        """, "James McIlroy", nil, .person),
        ("""
        Italy Italy PROPN 2 compound
        coach coach NOUN 4 compound
        John John PROPN 4 compound
        Kirwan Kirwan PROPN 5 nsubj
        spoke speak VERB 0 root
        """, "John Kirwan", String?("coach"), .person),
    ])
    func names(_ rows: String, _ name: String, _ title: String?, _ type: EntityType) throws {
        let tree = SentenceTree(document: Trees.document(rows), index: 0)
        let mentions = MentionFinder(lexicon: .standard).mentions(in: tree)
        let mention = try #require(mentions.first { $0.name == name }, "\(mentions.map(\.name))")
        #expect(mention.title == title)
        #expect(mention.type == type)
    }

    @Test func titlesAloneAreNotNames() {
        let tree = SentenceTree(document: Trees.document("""
            The the DET 2 det
            President President PROPN 3 nsubj
            spoke speak VERB 0 root
            """), index: 0)
        #expect(MentionFinder(lexicon: .standard).mentions(in: tree).isEmpty)
    }
}
