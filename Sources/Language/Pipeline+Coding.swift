import Foundation

/// Reading and writing the pipeline's models as one model file.
///
/// Sections: `TAGS` tag classes (UPOS, XPOS) · `TDIC` unambiguous words · `TAMB` ambiguity
/// classes · `TAGW` tagger weights · `LEMX` lemma exceptions · `LEMR` lemma suffix rules · `LABL` dependency labels ·
/// `PARW` parser move weights · `PARL` parser label weights · `WCLS` word classes (optional:
/// a model trained without them has none).
extension Pipeline {
    init(modelFile f: ModelFile) throws(ModelError) {
        var r = try f.section("TAGS")
        let uposNames = try r.strings(), xpos = try r.strings()
        let upos = uposNames.map { UPOS(name: $0) ?? .X }
        r = try f.section("TAGW")
        let tagModel = try SparseModel(decoding: &r)
        guard upos.count == xpos.count, upos.count == tagModel.classes else {
            throw .malformed(section: "TAGS", reason: "tag count differs from the tagger's classes")
        }
        r = try f.section("TDIC")
        let words = try r.array(of: UInt64.self), classes = try r.array(of: UInt8.self)
        guard words.count == classes.count, classes.allSatisfy({ Int($0) < upos.count }) else {
            throw .malformed(section: "TDIC", reason: "word and class lists differ")
        }
        r = try f.section("TAMB")
        let ambWords = try r.array(of: UInt64.self), ambClasses = try r.array(of: UInt64.self)
        guard ambWords.count == ambClasses.count else {
            throw .malformed(section: "TAMB", reason: "word and class lists differ")
        }
        r = try f.section("LEMX")
        let exKeys = try r.array(of: UInt64.self), exLemmas = try r.strings()
        r = try f.section("LEMR")
        let ruleKeys = try r.array(of: UInt64.self), strips = try r.array(of: UInt8.self), appends = try r.strings()
        guard exKeys.count == exLemmas.count, ruleKeys.count == strips.count, strips.count == appends.count else {
            throw .malformed(section: "LEMR", reason: "key and value lists differ")
        }
        r = try f.section("LABL")
        let labels = try r.strings()
        r = try f.section("PARW")
        let moveModel = try SparseModel(decoding: &r)
        r = try f.section("PARL")
        let labelModel = try SparseModel(decoding: &r)
        guard moveModel.classes == 3, labelModel.classes == max(1, labels.count) else {
            throw .malformed(section: "PARL", reason: "class counts do not match the moves and labels")
        }
        var clusters = WordClusters.empty
        if f.sections.contains(where: { $0.tag == "WCLS" }) {
            r = try f.section("WCLS")
            clusters = try WordClusters(decoding: &r)
        }
        let rules = (0..<ruleKeys.count).map { (ruleKeys[$0], Lemmatizer.Rule(strip: Int(strips[$0]), append: appends[$0])) }
        self.init(
            tagger: Tagger(upos: upos, xpos: xpos, model: tagModel,
                           known: Dictionary(zip(words, classes.map { Int($0) }), uniquingKeysWith: { a, _ in a }),
                           ambiguity: Dictionary(zip(ambWords, ambClasses), uniquingKeysWith: { a, _ in a })),
            lemmatizer: Lemmatizer(exceptions: Dictionary(zip(exKeys, exLemmas), uniquingKeysWith: { a, _ in a }),
                                   rules: Dictionary(rules, uniquingKeysWith: { a, _ in a })),
            parser: Parser(labels: labels, moves: moveModel, labeler: labelModel, coarse: upos.map { Int($0.rawValue) }),
            clusters: clusters)
    }

    /// The model file holding this pipeline's models (entries sorted, so output is deterministic).
    func modelFile() -> ModelFile {
        var f = ModelFile()
        var w = BinaryWriter()
        w.strings(tagger.upos.map(\.name))
        w.strings(tagger.xpos)
        f.sections.append(("TAGS", w.bytes))
        w = BinaryWriter()
        tagger.model.encode(into: &w)
        f.sections.append(("TAGW", w.bytes))
        w = BinaryWriter()
        let known = tagger.known.sorted { $0.key < $1.key }
        w.array(known.map(\.key))
        w.array(known.map { UInt8($0.value) })
        f.sections.append(("TDIC", w.bytes))
        w = BinaryWriter()
        let ambiguity = tagger.ambiguity.sorted { $0.key < $1.key }
        w.array(ambiguity.map(\.key))
        w.array(ambiguity.map(\.value))
        f.sections.append(("TAMB", w.bytes))
        w = BinaryWriter()
        let ex = lemmatizer.exceptions.sorted { $0.key < $1.key }
        w.array(ex.map(\.key))
        w.strings(ex.map(\.value))
        f.sections.append(("LEMX", w.bytes))
        w = BinaryWriter()
        let rules = lemmatizer.rules.sorted { $0.key < $1.key }.filter { $0.value.strip < 256 }
        w.array(rules.map(\.key))
        w.array(rules.map { UInt8($0.value.strip) })
        w.strings(rules.map(\.value.append))
        f.sections.append(("LEMR", w.bytes))
        w = BinaryWriter()
        w.strings(parser.labels)
        f.sections.append(("LABL", w.bytes))
        w = BinaryWriter()
        parser.moves.encode(into: &w)
        f.sections.append(("PARW", w.bytes))
        w = BinaryWriter()
        parser.labeler.encode(into: &w)
        f.sections.append(("PARL", w.bytes))
        if !clusters.classes.isEmpty {
            w = BinaryWriter()
            clusters.encode(into: &w)
            f.sections.append(("WCLS", w.bytes))
        }
        return f
    }

    /// Writes the models to `url` (a file path).
    public func save(to url: URL) throws(ModelError) {
        try modelFile().write(url)
    }
}
