import GraphStore

/// Writes extracted facts as text: the tab-separated Open IE lines CaRB's scorer reads, and
/// JSON Lines for people and programs.
public enum FactFormatter {
    /// One CaRB line: `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg…]`, in the
    /// sentence's own voice (a passive keeps its patient first), or `nil` for a fact without object,
    /// a redundant one, or one conjunct of a coordination (Open IE prints the whole coordination).
    public static func openIE(_ fact: ExtractedFact, sentence: String) -> String? {
        guard let object = fact.object, !fact.redundant, !fact.coordination.contains(.split) else { return nil }
        let first = fact.passive ? object : fact.subject
        let second = fact.passive ? fact.subject : object
        let extras = fact.extraArguments.map { argument in
            [argument.preposition, argument.text].compactMap { $0 }.joined(separator: " ")
        }
        let fields = [clean(sentence), format4(fact.confidence), clean(fact.surface), clean(first.text),
                      clean(second.text)] + extras.map(clean)
        return fields.joined(separator: "\t")
    }

    /// Within a sentence, the k-th most confident fact that Open IE output prints has its
    /// confidence multiplied by `rankDiscount`^k (k from 0).
    public static let rankDiscount = 0.9

    /// A fact of a subordinate clause (`ExtractedFact.subordinate`) has its Open IE confidence
    /// multiplied by this before ranking.
    public static let subordinateDiscount = 0.8

    /// The facts, in the same order, with the confidence Open IE output ranks them by: a
    /// sentence's less confident facts are discounted by their rank within the sentence, since
    /// a sentence's later extractions mostly restate or misread what its first ones found
    /// (CaRB pairs each gold tuple with one extraction); facts of subordinate clauses rank lower
    /// (`subordinateDiscount`). Chosen on one half of CaRB dev and checked on the other
    /// (docs/EXTRACTION.md); graph records keep the undiscounted confidence.
    /// - Complexity: O(n log n) for n facts.
    public static func rankedForOpenIE(_ facts: [ExtractedFact]) -> [ExtractedFact] {
        var result = facts
        var bySentence: [Int: [Int]] = [:]
        for index in facts.indices where facts[index].object != nil && !facts[index].redundant
            && !facts[index].coordination.contains(.split) {
            bySentence[facts[index].sentence, default: []].append(index)
        }
        for index in result.indices where result[index].subordinate { result[index].confidence *= subordinateDiscount }
        for indices in bySentence.values {
            let ranked = indices.sorted { result[$0].confidence > result[$1].confidence || (result[$0].confidence == result[$1].confidence && $0 < $1) }
            var factor = 1.0
            for index in ranked {
                result[index].confidence *= factor
                factor *= rankDiscount
            }
        }
        return result
    }

    /// One JSON object describing the fact.
    public static func json(_ fact: ExtractedFact, sentence: String) -> String {
        var fields: [(String, String)] = [
            ("sentence", String(fact.sentence)),
            ("text", quote(sentence)),
            ("subject", argument(fact.subject)),
            ("predicate", quote(fact.predicate)),
            ("lemma", quote(fact.lemmaPredicate)),
            ("surface", quote(fact.surface)),
        ]
        if let object = fact.object { fields.append(("object", argument(object))) }
        if !fact.extraArguments.isEmpty {
            fields.append(("arguments", "[" + fact.extraArguments.map(argument).joined(separator: ",") + "]"))
        }
        if let time = fact.time { fields.append(("time", quote(time.text))) }
        if let place = fact.place { fields.append(("place", quote(place.text))) }
        var flags: [String] = []
        if fact.flags.contains(.negated) { flags.append(quote("negated")) }
        if fact.flags.contains(.hedged) { flags.append(quote("hedged")) }
        if fact.flags.contains(.future) { flags.append(quote("future")) }
        fields.append(("flags", "[" + flags.joined(separator: ",") + "]"))
        fields.append(("passive", fact.passive ? "true" : "false"))
        fields.append(("redundant", fact.redundant ? "true" : "false"))
        if fact.coordination.contains(.split) { fields.append(("coordination", quote("split"))) }
        if fact.coordination.contains(.joined) { fields.append(("coordination", quote("joined"))) }
        fields.append(("confidence", format4(fact.confidence)))
        fields.append(("rule", quote(fact.rule)))
        return "{" + fields.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func argument(_ argument: FactArgument) -> String {
        var fields: [(String, String)] = [
            ("text", quote(argument.text)),
            ("span", "[\(argument.span.lowerBound),\(argument.span.upperBound)]"),
            ("kind", quote(argument.kind.rawValue)),
        ]
        if argument.kind == .entity || argument.kind == .concept {
            fields.append(("entity", quote(argument.entity.name)))
            fields.append(("type", quote(argument.entity.type.name)))
        }
        if let preposition = argument.preposition { fields.append(("preposition", quote(preposition))) }
        return "{" + fields.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    /// - Complexity: O(n) in the UTF-8 length of the text.
    static func quote(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// A number with at most four decimals (`0.9`, `0.7225`).
    static func format4(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return String(scaled)
    }

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\t" || $0 == "\n" || $0 == " " }).joined(separator: " ")
    }
}
