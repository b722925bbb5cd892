import Foundation
import Testing
@testable import Language

/// Decoding a whole model file on two cores: same models, and the errors of the sequential order.
@Suite struct PipelineCodingTests {
    /// A hand-made pipeline with every section filled.
    static func tiny() -> Pipeline {
        let tagger = Tagger(upos: [.NOUN, .VERB], xpos: ["NN", "VB"],
                            model: SparseModel(classes: 2, features: [(7, [(0, 0.5), (1, -0.25)]), (8, [(1, 2)])]),
                            known: [11: 1], ambiguity: [13: 17])
        let lemmatizer = Lemmatizer(exceptions: [19: "be"], rules: [23: .init(strip: 1, append: "e")])
        let parser = Parser(labels: ["nsubj", "obj"],
                            moves: SparseModel(classes: 3, features: [(29, [(0, 1), (2, -1)]), (30, [(1, 0.125)])]),
                            labeler: SparseModel(classes: 2, features: [(31, [(1, 0.75)])]), coarse: [0, 1])
        return Pipeline(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }

    static let tags = ["TAGS", "TAGW", "TDIC", "TAMB", "LEMX", "LEMR", "LABL", "PARW", "PARL"]

    @Test func aLoadedPipelineSavesTheSameBytes() throws {
        let bytes = Self.tiny().modelFile().encoded()
        let loaded = try Pipeline(modelFile: ModelFile(decoding: bytes))
        #expect(loaded.modelFile().encoded() == bytes)
        #expect(loaded.parser.moveTable == Self.tiny().parser.moveTable)
        #expect(loaded.modelFile().sections.map(\.tag) == Self.tags)
    }

    /// With two sections emptied, whichever core decodes them, the error names the first.
    @Test func theFirstBadSectionInFileOrderIsReported() {
        let file = Self.tiny().modelFile()
        for i in file.sections.indices {
            for j in i..<file.sections.count {
                var damaged = file
                damaged.sections[i].payload = Data()
                damaged.sections[j].payload = Data()
                #expect(throws: ModelError.truncated(section: Self.tags[i])) { try Pipeline(modelFile: damaged) }
            }
            var missing = file
            missing.sections.remove(at: i)
            #expect(throws: ModelError.missingSection(Self.tags[i])) { try Pipeline(modelFile: missing) }
        }
    }

    @Test func classCountsAreCheckedAfterEverySection() throws {
        var file = Self.tiny().modelFile()
        var w = BinaryWriter()
        w.strings(["nsubj", "obj", "iobj"])
        file.sections[6].payload = Data(w.bytes)
        let mismatch = ModelError.malformed(section: "PARL", reason: "class counts do not match the moves and labels")
        #expect(throws: mismatch) { try Pipeline(modelFile: file) }
        file.sections[8].payload = Data()
        #expect(throws: ModelError.truncated(section: "PARL")) { try Pipeline(modelFile: file) }
    }
}
