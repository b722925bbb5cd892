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
        return Pipeline(tagger: tagger, lemmatizer: lemmatizer, parser: parser,
                        clusters: WordClusters(classes: [37: 0x0002_0005, 41: 0x0001_0003]),
                        supertagger: Supertagger(names: ["nsubj>", "root"],
                                                 model: SparseModel(classes: 2, features: [(43, [(0, 1.5)])])))
    }

    static let tags = ["TAGS", "TAGW", "TDIC", "TAMB", "LEMX", "LEMR", "LABL", "PARW", "PARL", "WCLS", "STAG"]

    @Test func aLoadedPipelineSavesTheSameBytes() throws {
        let bytes = Self.tiny().modelFile().encoded()
        let loaded = try Pipeline(modelFile: ModelFile(decoding: bytes))
        #expect(loaded.modelFile().encoded() == bytes)
        #expect(loaded.parser.moveTable == Self.tiny().parser.moveTable)
        #expect(loaded.modelFile().sections.map(\.tag) == Self.tags)
        #expect(loaded.clusters.classes == Self.tiny().clusters.classes)
        #expect(loaded.supertagger?.names == ["nsubj>", "root"])
        #expect(loaded.supertagger?.model == Self.tiny().supertagger?.model)
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
            if Self.tags[i] == "WCLS" {
                #expect((try? Pipeline(modelFile: missing))?.clusters.classes.isEmpty == true, "word classes are optional")
            } else if Self.tags[i] == "STAG" {
                #expect((try? Pipeline(modelFile: missing)).map { $0.supertagger == nil } == true, "the supertagger is optional")
            } else {
                #expect(throws: ModelError.missingSection(Self.tags[i])) { try Pipeline(modelFile: missing) }
            }
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

        file = Self.tiny().modelFile()
        w = BinaryWriter()
        w.strings(["nsubj>", "obj<", "root"])
        Self.tiny().supertagger?.model.encode(into: &w)
        file.sections[10].payload = Data(w.bytes)
        #expect(throws: ModelError.malformed(section: "STAG", reason: "class names differ from the model's classes")) {
            try Pipeline(modelFile: file)
        }
    }

    /// A weight section: classes, scale, keys, entry counts, entry classes, quantised weights.
    static func weights(classes: UInt32 = 3, scale: Float = 0.5, keys: [UInt64] = [5, 9], counts: [UInt8] = [2, 1],
                        entryClasses: [UInt8] = [0, 2, 1], values: [Int16] = [4, -4, 7]) -> [UInt8] {
        var w = BinaryWriter()
        w.u32(classes)
        w.f32(scale)
        w.array(keys)
        w.array(counts)
        w.array(entryClasses)
        w.array(values)
        return w.bytes
    }

    @Test func inconsistentWeightTablesAreRejectedBothWays() throws {
        let inconsistent = ModelError.malformed(section: "PARW", reason: "inconsistent weight tables")
        let bad = [Self.weights(keys: [5, 0]), Self.weights(counts: [2, 2]), Self.weights(entryClasses: [0, 3, 1]),
                   Self.weights(values: [1, 2]), Self.weights(classes: 0), Self.weights(keys: [5])]
        for payload in bad {
            for moves in [false, true] {
                var r = BinaryReader(payload, section: "PARW")
                #expect(throws: inconsistent) { try SparseModel(decoding: &r, moves: moves) }
            }
        }
        for scale in [Float.nan, .infinity, .greatestFiniteMagnitude] {
            var r = BinaryReader(Self.weights(scale: scale), section: "PARW")
            #expect(throws: ModelError.malformed(section: "PARW", reason: "the weight scale is not a finite number")) {
                try SparseModel(decoding: &r, moves: true)
            }
        }
        var r = BinaryReader(Self.weights(), section: "PARW")
        let model = try SparseModel(decoding: &r, moves: true)
        var scores = [Float](repeating: 0, count: 3)
        model.score([9, 5, 77], into: &scores)
        #expect(scores == [2, 3.5, -2])
    }
}
