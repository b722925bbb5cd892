/// English irregular verbs as language data: the past tense and past participle of each base
/// form, so that an irregular form the treebank never showed still gets its lemma (`sank` →
/// `sink`, `forbade` → `forbid`, with a prefix `retook` → `retake`).
enum IrregularVerbs {
    /// One verb per entry: base form, past tense, past participle; `/` separates variants.
    static let table: [String] = [
        "abide abode abode", "arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore borne/born",
        "beat beat beaten", "become became become", "beget begot begotten", "begin began begun", "bend bent bent",
        "beseech besought besought", "bet bet bet", "bid bid/bade bid/bidden", "bind bound bound", "bite bit bitten",
        "bleed bled bled", "blow blew blown", "break broke broken", "breed bred bred", "bring brought brought",
        "broadcast broadcast broadcast", "build built built", "burn burnt burnt", "burst burst burst", "buy bought bought",
        "cast cast cast", "catch caught caught", "choose chose chosen", "cleave cleft/clove cleft/cloven", "cling clung clung",
        "come came come", "cost cost cost", "creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug",
        "dive dove dived", "do did done", "draw drew drawn", "dream dreamt dreamt", "drink drank drunk",
        "drive drove driven", "dwell dwelt dwelt", "eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt",
        "fight fought fought", "find found found", "flee fled fled", "fling flung flung", "fly flew flown",
        "forbid forbade/forbad forbidden", "forget forgot forgotten", "forgive forgave forgiven",
        "forsake forsook forsaken", "freeze froze frozen", "get got gotten", "gild gilt gilt", "give gave given",
        "go went gone", "grind ground ground", "grow grew grown", "hang hung hung", "have had had", "hear heard heard",
        "hew hewed hewn", "hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept",
        "kneel knelt knelt", "know knew known", "lay laid laid", "lead led led", "lean leant leant", "leap leapt leapt",
        "learn learnt learnt", "leave left left", "lend lent lent", "let let let", "lie lay lain", "light lit lit",
        "lose lost lost", "make made made", "mean meant meant", "meet met met", "mow mowed mown", "pay paid paid",
        "plead pled pled", "prove proved proven", "put put put", "quit quit quit", "read read read", "rid rid rid",
        "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run", "saw sawed sawn", "say said said",
        "see saw seen", "seek sought sought", "sell sold sold", "send sent sent", "set set set", "sew sewed sewn",
        "shake shook shaken", "shear sheared shorn", "shed shed shed", "shine shone shone", "shoe shod shod",
        "shoot shot shot", "show showed shown", "shrink shrank/shrunk shrunk/shrunken", "shut shut shut",
        "sing sang sung", "sink sank/sunk sunk/sunken", "sit sat sat", "slay slew slain", "sleep slept slept",
        "slide slid slid", "sling slung slung", "slink slunk slunk", "slit slit slit", "smell smelt smelt",
        "smite smote smitten", "sow sowed sown", "speak spoke spoken", "speed sped sped", "spell spelt spelt",
        "spend spent spent", "spill spilt spilt", "spin spun spun", "spit spat spat", "split split split",
        "spoil spoilt spoilt", "spread spread spread", "spring sprang/sprung sprung", "stand stood stood",
        "steal stole stolen", "stick stuck stuck", "sting stung stung", "stink stank/stunk stunk",
        "strew strewed strewn", "stride strode stridden", "strike struck struck/stricken", "string strung strung",
        "strive strove striven", "swear swore sworn", "sweep swept swept", "swell swelled swollen", "swim swam swum",
        "swing swung swung", "take took taken", "teach taught taught", "tear tore torn", "tell told told",
        "think thought thought", "thrive throve thriven", "throw threw thrown", "thrust thrust thrust",
        "tread trod trodden", "wake woke woken", "wear wore worn", "weave wove woven", "wed wed wed", "weep wept wept",
        "wet wet wet", "win won won", "wind wound wound", "wring wrung wrung", "write wrote written",
    ]

    /// Prefixes that make new verbs of irregular ones, inflected the same way (`re` + `took`
    /// is the past of `re` + `take`).
    static let prefixes: [String] = ["re", "un", "under", "over", "out", "mis", "with", "fore", "up", "be"]

    /// Past tense and past participle → base form (an ambiguous form keeps its first verb in
    /// the table: `lay` → `lie`, not `lay`, whose past is `laid`).
    static let bases: [String: String] = {
        var out: [String: String] = [:]
        for entry in table {
            let parts = entry.split(separator: " ")
            guard let base = parts.first else { continue }
            for form in parts.dropFirst().flatMap({ $0.split(separator: "/") }) where out[String(form)] == nil {
                out[String(form)] = String(base)
            }
        }
        return out
    }()

    /// The base form of a lowercased past tense or past participle of an irregular verb, with
    /// up to two prefixes (`misunderstood` → `misunderstand`); nil for other forms.
    static func base(of form: String) -> String? {
        if let b = bases[form] { return b }
        return withPrefix(form, depth: 2)
    }

    /// The base form of `form` read as one of `prefixes` before an irregular past (or, with
    /// `depth` 2, before a prefixed one); nil when no split gives one.
    private static func withPrefix(_ form: String, depth: Int) -> String? {
        guard depth > 0 else { return nil }
        for p in prefixes where form.count > p.count && form.hasPrefix(p) {
            let rest = String(form.dropFirst(p.count))
            if let b = bases[rest] ?? withPrefix(rest, depth: depth - 1) { return p + b }
        }
        return nil
    }
}
