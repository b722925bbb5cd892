/// The tokenizer's language data: abbreviations, clitics, punctuation and whole-word exceptions.
///
/// Everything the tokenizer knows about English lives here as tables of strings, so that
/// adding an abbreviation or an exception is a data change, not a code change.
public enum TokenizerData {
    /// Words that keep their final period (compared lowercased). Initials (`J.`) and
    /// letter–period runs (`U.S.`, `a.m.`, `Ph.D.`) are recognised by shape, not listed.
    public static let abbreviations: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "mt.", "ft.", "gen.", "gov.",
        "sen.", "rep.", "col.", "lt.", "sgt.", "capt.", "maj.", "cmdr.", "adm.", "rev.", "hon.",
        "pres.", "supt.", "messrs.", "mme.", "inc.", "corp.", "co.", "ltd.", "bros.", "plc.",
        "vs.", "etc.", "cf.", "al.", "approx.", "est.", "dept.", "univ.", "assn.", "ave.",
        "blvd.", "rd.", "no.", "nos.", "vol.", "vols.", "pp.", "fig.", "figs.", "ed.", "eds.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
        "dec.", "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
        "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.",
        "ind.", "kan.", "kans.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.",
        "mont.", "neb.", "nev.", "okla.", "ore.", "pa.", "tenn.", "tex.", "va.", "vt.", "wash.",
        "wis.", "wyo.", "min.", "max.", "oz.", "lb.", "lbs.", "sq.", "mph.", "govt.", "intl.",
    ]

    /// Contractions written without an apostrophe, and fused forms, with the byte lengths of
    /// their parts (UD English splits `cannot` into `can` + `not`, `gonna` into `gon` + `na`).
    public static let splitWords: [String: [Int]] = [
        "cannot": [3, 3], "gonna": [3, 2], "gotta": [3, 2], "wanna": [3, 2], "dont": [2, 2],
        "didnt": [3, 2], "doesnt": [4, 2], "cant": [2, 2], "isnt": [2, 2], "wasnt": [3, 2],
        "couldnt": [5, 2], "wouldnt": [5, 2], "shouldnt": [6, 2], "havent": [4, 2],
        "arent": [3, 2], "im": [1, 1], "ive": [1, 2], "youre": [3, 2], "thats": [4, 1],
    ]

    /// Whole tokens that are never split (emoticons and the like), compared exactly.
    public static let keepWhole: Set<String> = [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "<3", ":/", "^_^",
        "o.k.", "O.K.", "e-mail", "E-mail", "e-mails",
    ]

    /// Clitics split off the end of a word (ASCII apostrophe; the curly `’` is matched too).
    public static let clitics: [String] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]

    /// Punctuation split off the start of a word, longest first.
    public static let openers: [String] = [
        "``", "...", "--", "“", "‘", "\"", "'", "(", "[", "{", "<", "«", "$", "£", "€", "¥",
        "#", "*", "—", "–", "…", "¿", "¡", "`",
    ]

    /// Punctuation split off the end of a word, longest first (runs of `.`, `!` and `?` are
    /// handled separately so that `....` and `?!` stay one token).
    public static let closers: [String] = [
        "''", "--", "”", "’", "\"", "'", ")", "]", "}", ">", "»", ",", ";", ":",
        "%", "—", "–", "…", "*",
    ]

    /// Separators split out of the inside of a word (`long-term`, `and/or`, `yes—no`).
    public static let infixes: [String] = ["--", "—", "–", "…", "...", "-", "/", ","]

    /// URL beginnings; a word starting with one of these is one token (minus trailing punctuation).
    public static let urlPrefixes: [String] = ["http://", "https://", "ftp://", "www."]
}
