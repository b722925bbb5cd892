/// Dictionary forms from word form and XPOS: exceptions learned from the treebank (so
/// irregulars like `met` → `meet`, `was` → `be` come from data), then suffix rules learned
/// from the treebank for unseen words (`-ies` → `-y` for NNS, `-ped` → `-p` for VBD, …).
/// Proper nouns keep their capitalisation; other words are lowercased.
public struct Lemmatizer: Sendable {
    /// (form, xpos) hash → lemma, for exact forms and for lowercased forms.
    let exceptions: [UInt64: String]
    /// (xpos, lowercased suffix) hash → characters to strip and the ending to add.
    let rules: [UInt64: Rule]

    /// A suffix rewrite: drop `strip` characters, append `append`.
    struct Rule: Sendable, Hashable {
        var strip: Int
        var append: String
    }

    /// The longest suffix (in characters) that rules look at.
    static let maxSuffix = 5

    /// The lemma of `form` tagged `xpos` (and `upos`). `isWord` says whether a lowercased
    /// string is a known word (of the unlabelled text): among the suffix rules that fit an
    /// unseen inflected form, one whose result is a known word of three letters or more wins
    /// (`peaking` → `peak`, not `peake`; `wiped` → `wipe`, not `wi`); failing that, a plural or
    /// VBZ form in `-es` drops `es` when that gives a known word (`heroes` → `hero`).
    public func lemma(_ form: String, xpos: String, upos: UPOS, isWord: (String) -> Bool = { _ in false }) -> String {
        let tag = FeatureHash.string(xpos)
        if let l = exceptions[Self.exactKey(tag, form)] { return l }
        let lower = form.lowercased()
        if let l = exceptions[Self.lowerKey(tag, lower)] { return l }
        for sibling in Self.siblingTags[xpos] ?? [] {
            if let l = exceptions[Self.lowerKey(sibling, lower)] { return l }
        }
        if xpos == "NNP", let name = Self.nameInCapitals(form) { return name }
        if xpos == "NNP" || (upos == .PROPN && Self.isAcronym(form)) { return form }
        if xpos == "CD", let plain = Self.withoutThousandsSeparators(form) { return plain }
        if xpos == "NN", Self.isCode(form) { return form }
        let base = upos == .PROPN ? form : lower
        let chars = Array(lower)
        guard chars.count > 1 else { return base }
        var first: Rule?, firstWord: Rule?
        var baseTags: [UInt64] = []
        for n in stride(from: min(Self.maxSuffix, chars.count - 1), through: 1, by: -1) {
            guard let r = rules[Self.ruleKey(tag, String(chars[(chars.count - n)...]))] else { continue }
            if first == nil {
                first = r
                baseTags = Self.baseTags[xpos] ?? []
            }
            if baseTags.isEmpty { break }
            let candidate = Self.apply(r, to: lower)
            if baseTags.contains(where: { exceptions[Self.lowerKey($0, candidate)] != nil }) { return Self.apply(r, to: base) }
            if firstWord == nil, candidate.count >= 3, isWord(candidate) { firstWord = r }
        }
        if firstWord == nil, xpos == "NNS" || xpos == "VBZ", lower.hasSuffix("es"), chars.count > 4,
           isWord(String(lower.dropLast(2))), !isWord(first.map { Self.apply($0, to: lower) } ?? lower) {
            // No learned rule gives a known word, but dropping `es` does (`heroes` → `hero`,
            // `geniuses` → `genius`), where the rules learned from `shoes`, `houses` drop `s`.
            return String(base.dropLast(2))
        }
        return (firstWord ?? first).map { Self.apply($0, to: base) } ?? base
    }

    /// The hashed tags of dictionary forms for each inflected XPOS: a rule whose result has
    /// been seen with one of them is preferred to one whose result has not.
    static let baseTags: [String: [UInt64]] = {
        let verb = ["VB", "VBP"].map(FeatureHash.string)
        return ["VBD": verb, "VBN": verb, "VBG": verb, "VBZ": verb, "NNS": ["NN"].map(FeatureHash.string),
                "JJR": ["JJ"].map(FeatureHash.string), "JJS": ["JJ"].map(FeatureHash.string),
                "RBR": ["RB"].map(FeatureHash.string), "RBS": ["RB"].map(FeatureHash.string)]
    }()

    /// Tags whose forms share their lemmas with another tag's (`won` is `win` as VBD and as
    /// VBN; `need` is `need` as VB and as VBP): a form unseen with its own tag takes the
    /// lemma it had with its sibling.
    static let siblingTags: [String: [UInt64]] = [
        "VBD": [FeatureHash.string("VBN")], "VBN": [FeatureHash.string("VBD")],
        "VB": [FeatureHash.string("VBP")], "VBP": [FeatureHash.string("VB")],
    ]

    /// The exception key of an exact form.
    static func exactKey(_ tag: UInt64, _ form: String) -> UInt64 { FeatureHash.mix(tag, FeatureHash.string(form)) }
    /// The exception key of a lowercased form (kept apart from exact forms).
    static func lowerKey(_ tag: UInt64, _ lower: String) -> UInt64 { FeatureHash.mix(tag &+ 1, FeatureHash.string(lower)) }
    /// The rule key of a suffix.
    static func ruleKey(_ tag: UInt64, _ suffix: String) -> UInt64 { FeatureHash.mix(tag &+ 2, FeatureHash.string(suffix)) }

    /// Whether `form` is written in capitals only (at least two letters): `NATO`, `GISB`.
    static func isAcronym(_ form: String) -> Bool {
        var letters = 0
        for c in form.utf8 {
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// A name written in capitals as the treebank's lemma writes it (`GINSBURG` → `Ginsburg`):
    /// five letters or more, all capitals (shorter ones are mostly acronyms: `NASA`, `FBI`, which
    /// stay as they are); nil for other forms.
    static func nameInCapitals(_ form: String) -> String? {
        var letters = 0
        for c in form.utf8 {
            guard c >= 0x41 && c <= 0x5A else { return nil }
            letters += 1
        }
        guard letters >= 5 else { return nil }
        return form.prefix(1) + form.dropFirst().lowercased()
    }

    /// Whether `form` mixes digits and capitals, as product codes, dates and versions do
    /// (`AS400`, `CO2`, `01-Feb-02`): the treebank keeps such nouns as written.
    static func isCode(_ form: String) -> Bool {
        var digit = false, capital = false
        for c in form.utf8 {
            if c >= 0x30 && c <= 0x39 { digit = true }
            if c >= 0x41 && c <= 0x5A { capital = true }
        }
        return digit && capital
    }

    /// A number written with thousands separators without them (`420,588` → `420588`, as the
    /// treebank's lemmas are), or nil when `form` is not such a number.
    static func withoutThousandsSeparators(_ form: String) -> String? {
        var digits = 0, commas = 0
        var previousDigit = false
        for c in form.utf8 {
            switch c {
            case 0x30...0x39: digits += 1; previousDigit = true
            case 0x2C:
                guard previousDigit else { return nil }
                commas += 1; previousDigit = false
            case 0x2E: previousDigit = false
            default: return nil
            }
        }
        guard commas > 0, previousDigit, digits > 0 else { return nil }
        return String(form.filter { $0 != "," })
    }

    /// `word` with the rule applied (the word itself when the rule does not fit).
    static func apply(_ r: Rule, to word: String) -> String {
        guard r.strip < word.count else { return word }
        return String(word.dropLast(r.strip)) + r.append
    }

    /// The rule that turns `form` into `lemma` (both lowercased), keeping their common prefix.
    static func rule(from form: [Character], to lemma: [Character]) -> Rule {
        var p = 0
        while p < form.count, p < lemma.count, form[p] == lemma[p] { p += 1 }
        return Rule(strip: form.count - p, append: String(lemma[p...]))
    }
}
