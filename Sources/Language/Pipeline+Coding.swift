import Foundation

/// Reading and writing the pipeline's models as one model file.
///
/// Sections: `TAGS` tag classes (UPOS, XPOS) · `TDIC` unambiguous words · `TAMB` ambiguity
/// classes · `TAGW` tagger weights · `LEMX` lemma exceptions · `LEMR` lemma suffix rules · `LABL` dependency labels ·
/// `PARW` parser move weights · `PARL` parser label weights · `WCLS` word classes (optional:
/// a model trained without them has none) · `STAG` supertagger class names and weights
/// (optional, likewise).
extension Pipeline {
    /// Decodes the models of `f` on two cores: the tagger's, lemmatizer's, parser label, word
    /// class and supertagger sections on one, the parser's labels and move weights (with their
    /// `ParserMoveTable`, the largest part of the work) on the other. A damaged file gives the
    /// error that decoding the sections in file order would give first.
    init(modelFile f: ModelFile) throws(ModelError) {
        let ((words, labeler, classes, roles), moves) = Parallel.both(
            { (Result { () throws(ModelError) in try Self.decodeWords(f) },
               Result { () throws(ModelError) in try Self.decodeWeights(f, "PARL") },
               Result { () throws(ModelError) in try Self.decodeClusters(f) },
               Result { () throws(ModelError) in try Self.decodeSupertagger(f) }) },
            { Result { () throws(ModelError) in try Self.decodeMoves(f) } })
        let (tagger, lemmatizer) = try words.get()
        let (labels, moveModel) = try moves.get()
        let labelModel = try labeler.get()
        let clusters = try classes.get()
        let supertagger = try roles.get()
        guard moveModel.classes == 3, labelModel.classes == max(1, labels.count) else {
            throw .malformed(section: "PARL", reason: "class counts do not match the moves and labels")
        }
        self.init(tagger: tagger, lemmatizer: lemmatizer,
                  parser: Parser(labels: labels, moves: moveModel, labeler: labelModel, coarse: tagger.upos.map { Int($0.rawValue) }),
                  clusters: clusters, supertagger: supertagger)
    }

    /// The supertagger (section `STAG`: class names, then weights; none when the file has no
    /// such section).
    private static func decodeSupertagger(_ f: ModelFile) throws(ModelError) -> Supertagger? {
        guard f.sections.contains(where: { $0.tag == "STAG" }) else { return nil }
        var r = try f.section("STAG")
        let names = try r.strings()
        let model = try SparseModel(decoding: &r)
        guard names.count == model.classes else {
            throw .malformed(section: "STAG", reason: "class names differ from the model's classes")
        }
        return Supertagger(names: names, model: model)
    }

    /// The word classes (section `WCLS`; none when the file has no such section).
    private static func decodeClusters(_ f: ModelFile) throws(ModelError) -> WordClusters {
        guard f.sections.contains(where: { $0.tag == "WCLS" }) else { return .empty }
        var r = try f.section("WCLS")
        return try WordClusters(decoding: &r)
    }

    /// The tagger and the lemmatizer (sections `TAGS` to `LEMR`).
    private static func decodeWords(_ f: ModelFile) throws(ModelError) -> (Tagger, Lemmatizer) {
        var r = try f.section("TAGS")
        let uposNames = try r.strings(), xpos = try r.strings()
        let upos = uposNames.map { UPOS(name: $0) ?? .X }
        let tagModel = try decodeWeights(f, "TAGW")
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
        let rules = (0..<ruleKeys.count).map { (ruleKeys[$0], Lemmatizer.Rule(strip: Int(strips[$0]), append: appends[$0])) }
        return (Tagger(upos: upos, xpos: xpos, model: tagModel,
                       known: Dictionary(zip(words, classes.map { Int($0) }), uniquingKeysWith: { a, _ in a }),
                       ambiguity: Dictionary(zip(ambWords, ambClasses), uniquingKeysWith: { a, _ in a })),
                Lemmatizer(exceptions: Dictionary(zip(exKeys, exLemmas), uniquingKeysWith: { a, _ in a }),
                           rules: Dictionary(rules, uniquingKeysWith: { a, _ in a })))
    }

    /// The parser's labels and move weights (sections `LABL`, `PARW`). The move weights keep
    /// their stored values and come with the `ParserMoveTable` that scores them.
    private static func decodeMoves(_ f: ModelFile) throws(ModelError) -> (labels: [String], moves: SparseModel) {
        var r = try f.section("LABL")
        let labels = try r.strings()
        r = try f.section("PARW")
        return (labels, try SparseModel(decoding: &r, moves: true))
    }

    /// The weights in section `tag`, hashed for scoring.
    private static func decodeWeights(_ f: ModelFile, _ tag: String) throws(ModelError) -> SparseModel {
        var r = try f.section(tag)
        return try SparseModel(decoding: &r)
    }

    /// The model file holding this pipeline's models (entries sorted, so output is deterministic).
    func modelFile() -> ModelFile {
        var f = ModelFile()
        var w = BinaryWriter()
        w.strings(tagger.upos.map(\.name))
        w.strings(tagger.xpos)
        f.append("TAGS", w.bytes)
        w = BinaryWriter()
        tagger.model.encode(into: &w)
        f.append("TAGW", w.bytes)
        w = BinaryWriter()
        let known = tagger.known.sorted { $0.key < $1.key }
        w.array(known.map(\.key))
        w.array(known.map { UInt8($0.value) })
        f.append("TDIC", w.bytes)
        w = BinaryWriter()
        let ambiguity = tagger.ambiguity.sorted { $0.key < $1.key }
        w.array(ambiguity.map(\.key))
        w.array(ambiguity.map(\.value))
        f.append("TAMB", w.bytes)
        w = BinaryWriter()
        let ex = lemmatizer.exceptions.sorted { $0.key < $1.key }
        w.array(ex.map(\.key))
        w.strings(ex.map(\.value))
        f.append("LEMX", w.bytes)
        w = BinaryWriter()
        let rules = lemmatizer.rules.sorted { $0.key < $1.key }.filter { $0.value.strip < 256 }
        w.array(rules.map(\.key))
        w.array(rules.map { UInt8($0.value.strip) })
        w.strings(rules.map(\.value.append))
        f.append("LEMR", w.bytes)
        w = BinaryWriter()
        w.strings(parser.labels)
        f.append("LABL", w.bytes)
        w = BinaryWriter()
        parser.moves.encode(into: &w)
        f.append("PARW", w.bytes)
        w = BinaryWriter()
        parser.labeler.encode(into: &w)
        f.append("PARL", w.bytes)
        if !clusters.classes.isEmpty {
            w = BinaryWriter()
            clusters.encode(into: &w)
            f.append("WCLS", w.bytes)
        }
        if let supertagger {
            w = BinaryWriter()
            w.strings(supertagger.names)
            supertagger.model.encode(into: &w)
            f.append("STAG", w.bytes)
        }
        return f
    }

    /// Writes the models to `url` (a file path).
    public func save(to url: URL) throws(ModelError) {
        try modelFile().write(url)
    }
}
