/// Dictionary forms from word form and XPOS: exceptions learned from the treebank (so
/// irregulars like `met` → `meet`, `was` → `be` come from data), a table of irregular verbs
/// (`IrregularVerbs`) for forms the treebank lacks, then suffix rules learned from the
/// treebank for unseen words (`-ies` → `-y` for NNS, `-ped` → `-p` for VBD, …).
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

    /// Sets the lemma of each tagged token of `range` (one sentence) of `tokens` by
    /// `lemma(_:xpos:upos:isWord:)`, then makes the one choice that needs the words after it: a
    /// clitic `'s` is `have` before a past participle that only `have` takes (`she's been`,
    /// `it's never got`), otherwise `be`.
    public func lemmatize(_ tokens: inout [Token], _ range: Range<Int>, isWord: (String) -> Bool = { _ in false }) {
        for i in range {
            let t = tokens[i]
            tokens[i].lemma = lemma(t.form, xpos: t.xpos, upos: t.upos, isWord: isWord)
        }
        for i in range where tokens[i].xpos == "VBZ" && Self.clitics.contains(tokens[i].form) {
            var next = i + 1
            while next < range.upperBound, tokens[next].upos == .ADV { next += 1 }
            if next < range.upperBound, Self.participlesOfHave.contains(tokens[next].form.lowercased()) {
                tokens[i].lemma = "have"
            }
        }
    }

    /// The forms of the clitic `'s` (`is` or `has`).
    static let clitics: Set<String> = ["'s", "’s", "s"]
    /// Past participles that follow `has` but (almost) never `is`.
    static let participlesOfHave: Set<String> = ["been", "got", "gotten", "had", "become"]

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
        if upos != .PROPN, !Self.isShortAcronym(form), let plain = unelongated(lower, tag: tag, isWord: isWord) {
            return lemma(plain, xpos: xpos, upos: upos, isWord: isWord)
        }
        if xpos == "VBD" || xpos == "VBN", upos == .VERB || upos == .AUX, let b = IrregularVerbs.base(of: lower) { return b }
        if xpos == "NNP", let name = Self.calendarNames[lower.hasSuffix(".") ? String(lower.dropLast()) : lower] { return name }
        if xpos == "NNP", let name = Self.nameInCapitals(form) { return name }
        if xpos == "NNP" || (upos == .PROPN && Self.isAcronym(form)) { return form }
        if xpos == "CD", let plain = Self.withoutThousandsSeparators(form) { return plain }
        if xpos == "NN", Self.isCode(form) { return form }
        let base = upos == .PROPN ? form : lower
        let chars = Array(lower)
        // A dotted name (`alt.animals.dolphins`) or an unseen acronym of up to four letters
        // (`VHS`, `GPS`) is not an inflected word: no suffix rule fits.
        guard chars.count > 1, !Self.hasInnerDot(chars), chars.count > 4 || !Self.isAcronym(form) else { return base }
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
            if firstWord == nil, r.strip > 0, candidate.count >= 3, isWord(candidate) { firstWord = r }
        }
        let inflected = Self.baseTags[xpos] ?? []
        if firstWord == nil, !inflected.isEmpty, upos != .PROPN {
            // No rule gives a base form, or no rule strips anything (the treebank's `-est` is
            // `-st` in `largest`, `-est` in `newest`, nothing in `least`): the rule's stem or
            // the form without its regular ending, with the spelling changes of English
            // inflection undone (`provoking` → `provok` → `provoke`, `modelling` → `model`,
            // `mimicking` → `mimic`, `hottest` → `hot`, `closest` → `close`).
            var stem: String?, candidates: [String] = []
            if let r = first, r.strip > 0 {
                stem = Self.apply(r, to: lower)
            } else if let ending = Self.regularEndings[xpos], lower.hasSuffix(ending), chars.count > ending.count + 2 {
                stem = String(lower.dropLast(ending.count))
                candidates = stem.map { [$0] } ?? []
            }
            candidates += stem.map(Self.respellings) ?? []
            for candidate in candidates where candidate.count >= 3
                && (isWord(candidate) || inflected.contains(where: { exceptions[Self.lowerKey($0, candidate)] != nil })) {
                return candidate
            }
        }
        if firstWord == nil, xpos == "NNS" || xpos == "VBZ", lower.hasSuffix("es"), chars.count > 4,
           isWord(String(lower.dropLast(2))), !isWord(first.map { Self.apply($0, to: lower) } ?? lower) {
            // No learned rule gives a known word, but dropping `es` does (`heroes` → `hero`,
            // `geniuses` → `genius`), where the rules learned from `shoes`, `houses` drop `s`.
            return String(base.dropLast(2))
        }
        return (firstWord ?? first).map { Self.apply($0, to: base) } ?? base
    }

    /// The word an unseen form drawn out for emphasis stands for (`sooooo` → `so`, `prettty` →
    /// `pretty`, `commment` → `comment`), as the treebank writes its lemma: each run of three or
    /// more of one ASCII letter shortened to two, else to one, whichever first gives a form the
    /// treebank has with `tag`, else a known word; nil for a form with no such run. (`lemma`
    /// does not ask this of proper nouns or short acronyms: `IEEE`, `AAA`.)
    func unelongated(_ lower: String, tag: UInt64, isWord: (String) -> Bool) -> String? {
        // Most words have no such run: find one before building anything.
        var previous: UInt8 = 0, run = 0, drawnOut = false
        for b in lower.utf8 {
            run = b == previous ? run + 1 : 1
            previous = b
            if run == 3, Tokenizer.isLetter(b) { drawnOut = true }
        }
        guard drawnOut else { return nil }
        var runs: [(byte: UInt8, count: Int)] = []
        for b in lower.utf8 {
            if let last = runs.last, last.byte == b { runs[runs.count - 1].count += 1 } else { runs.append((b, 1)) }
        }
        let candidates = [2, 1].map { keep in
            String(decoding: runs.flatMap { r in
                repeatElement(r.byte, count: r.count >= 3 && Tokenizer.isLetter(r.byte) ? keep : r.count)
            }, as: UTF8.self)
        }
        return candidates.first { exceptions[Self.lowerKey(tag, $0)] != nil } ?? candidates.first(where: isWord)
    }

    /// Abbreviated month and day names (lowercased, without their period) → the full name,
    /// which is how the treebank writes their lemma (`Sept.` → `September`, `Fri` → `Friday`).
    static let calendarNames: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
        "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
        "dec": "December", "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
        "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
    ]

    /// The regular ending of each inflected XPOS.
    static let regularEndings: [String: String] = [
        "VBD": "ed", "VBN": "ed", "VBG": "ing", "VBZ": "s", "NNS": "s", "JJR": "er", "JJS": "est", "RBR": "er", "RBS": "est",
    ]

    /// Other spellings of a stem left by a suffix rule: with a final `e` restored, without a
    /// doubled final consonant, without the `k` of `-ck` after `i`, with `y` for a final `i`.
    static func respellings(of stem: String) -> [String] {
        let c = Array(stem)
        guard c.count >= 3 else { return [] }
        var out = [stem + "e"]
        if c[c.count - 1] == c[c.count - 2], !"aeiou".contains(c[c.count - 1]) { out.append(String(c.dropLast())) }
        if stem.hasSuffix("ick") { out.append(String(c.dropLast())) }
        if c[c.count - 1] == "i" { out.append(String(c.dropLast()) + "y") }
        return out
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

    /// Whether a dot stands between two letters (`alt.animals.dolphins`, `notebook.url`): a
    /// name or address, which no suffix rule fits (the treebank has no such plural or verb).
    static func hasInnerDot(_ chars: [Character]) -> Bool {
        chars.indices.dropFirst().dropLast().contains { chars[$0] == "." && chars[$0 - 1].isLetter && chars[$0 + 1].isLetter }
    }

    /// Whether `form` is written in capitals only (at least two letters): `NATO`, `GISB`.
    static func isAcronym(_ form: String) -> Bool {
        var letters = 0
        for c in form.utf8 {
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether `form`, without a plural `s`, is an acronym of at most four letters (`AAA`,
    /// `IEEE`, `AAAs`): its repeated letters are not drawn out for emphasis.
    static func isShortAcronym(_ form: String) -> Bool {
        let stem = form.hasSuffix("s") ? String(form.dropLast()) : form
        return isAcronym(stem) && stem.count <= 4
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
