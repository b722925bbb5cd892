import GraphStore
import Testing
@testable import Extraction

/// Verb groups: lemma predicate without auxiliaries, the words as written, voice and flags.
@Suite struct VerbGroupTests {
    @Test(arguments: [
        ("""
        Blinken Blinken PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        hold hold VERB 0 root
        """, 3, ["hold"], "will not hold", FactFlags([.future, .negated]), false),
        ("""
        Crimea Crimea PROPN 4 nsubj:pass
        had have AUX 4 aux
        been be AUX 4 aux:pass
        annexed annex VERB 0 root VBN
        """, 3, ["annex"], "had been annexed", FactFlags(), true),
        ("""
        Russia Russia PROPN 2 nsubj
        cut cut VERB 0 root
        off off ADP 2 compound:prt
        """, 1, ["cut", "off"], "cut off", FactFlags(), false),
        ("""
        It it PRON 3 nsubj:pass
        has have AUX 3 aux
        put put VERB 0 root VBN
        forces force NOUN 3 obj
        """, 2, ["put"], "has put", FactFlags(), false),
        ("""
        It it PRON 4 nsubj
        might might AUX 4 aux
        be be AUX 4 cop
        bigger big ADJ 0 root
        """, 3, ["be"], "might be", FactFlags([.hedged]), false),
        ("""
        Sales sale NOUN 4 nsubj
        have have AUX 4 aux
        sharply sharply ADV 4 advmod
        improved improve VERB 0 root VBN
        lately lately ADV 4 advmod
        """, 3, ["improve"], "have sharply improved", FactFlags(), false),
        ("""
        Also also ADV 4 advmod
        she she PRON 4 nsubj
        rarely rarely ADV 4 advmod
        travels travel VERB 0 root
        """, 3, ["travel"], "rarely travels", FactFlags(), false),
    ])
    func verbGroups(_ rows: String, _ predicate: Int, _ lemma: [String], _ surface: String, _ flags: FactFlags,
                    _ passive: Bool) {
        let tree = SentenceTree(document: Trees.document(rows), index: 0)
        let group = VerbGroup(predicate, tree: tree, lexicon: .standard)
        #expect(group.lemma == lemma)
        #expect(group.surface.joined(separator: " ") == surface)
        #expect(group.flags == flags)
        #expect(group.passive == passive)
    }
}
