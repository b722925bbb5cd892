import GraphStore
import Testing
@testable import Extraction

/// Arguments: time and place qualifiers, literals, concept names.
@Suite struct ArgumentBuilderTests {
    static let rows = """
        Blinken Blinken PROPN 2 nsubj
        spoke speak VERB 0 root
        in in ADP 4 case
        Berlin Berlin PROPN 2 obl
        on on ADP 6 case
        Thursday Thursday PROPN 2 obl
        this this DET 8 det
        week week NOUN 2 obl:unmarked
        in in ADP 10 case
        2014 2014 NUM 2 obl
        about about ADP 14 case
        a a DET 14 det
        major major ADJ 14 amod
        buildup buildup NOUN 2 obl
        in in ADP 16 case
        capitals capital NOUN 2 obl
        """

    static func builder() -> ArgumentBuilder {
        let document = Trees.document(rows)
        let trees = [SentenceTree(document: document, index: 0)]
        let entities = DocumentEntities(trees: trees, lexicon: .standard)
        return ArgumentBuilder(tree: trees[0], entities: entities, lexicon: .standard)
    }

    @Test(arguments: [(3, false, true), (5, true, false), (7, true, false), (9, true, false), (13, false, false),
                      (15, false, true)])
    func timeAndPlace(_ head: Int, _ time: Bool, _ place: Bool) {
        let args = Self.builder()
        #expect(args.isTime(head) == time)
        #expect(args.isPlace(head) == place)
    }

    @Test func kindsOfArguments() {
        let args = Self.builder()
        #expect(args.argument(0).kind == .entity)
        #expect(args.argument(9).literal == .year(2014))
        #expect(args.qualifier(5).text == "on Thursday")
        let buildup = args.argument(13)
        #expect(buildup.kind == .concept)
        #expect(buildup.text == "a major buildup")
        #expect(buildup.entity.name == "major buildup")
        #expect(buildup.preposition == "about")
    }
}
