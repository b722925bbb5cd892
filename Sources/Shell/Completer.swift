import Foundation

/// Tab completion as a pure function of the text before the cursor, so it can be tested
/// without a terminal; ``ReadlineLineReader`` hands its answers to readline.
///
/// A word starts after the last break character (``wordBreakCharacters``) or after an open
/// `"`. At the start of a line it completes dot-commands; after a dot-command, that command's
/// arguments (file paths, choices, entity names); elsewhere query keywords, predicates and
/// entity names. Outside quotes, a name that would not stay one word comes back quoted
/// (`"Antony Blinken"`); inside an open quote it comes back bare and readline adds the
/// closing quote.
struct Completer {
    /// Characters that end a word for completion; readline is told the same.
    static let wordBreakCharacters = " \t\n(),;=<>[]{}|"
    /// The quote character that groups a multi-word name.
    static let quote: Character = "\""
    /// Most names offered at once.
    static let nameLimit = 200

    /// The word being completed and what it may become.
    struct Completion: Equatable {
        /// The text the candidates replace.
        var word: String
        /// Whether the word follows an open quote.
        var inQuotes: Bool
        /// Replacements for the word, sorted.
        var candidates: [String]
    }

    /// The dot-commands to complete.
    var commands: [DotCommand]
    /// Query keywords.
    var keywords: [String]
    /// Entity names starting with a prefix.
    var entityNames: (String) -> [String]
    /// Predicate names starting with a prefix.
    var predicateNames: (String) -> [String]
    /// The entries of a directory (`nil` when unreadable), directories marked with a trailing `/`.
    var listDirectory: (String) -> [String]? = Completer.directoryEntries

    /// What the word before the cursor may become.
    func complete(before text: String) -> Completion {
        let (word, inQuotes) = Self.currentWord(text)
        let leading = text.drop { $0 == " " || $0 == "\t" }
        guard leading.first == "." else {
            return Completion(word: word, inQuotes: inQuotes, candidates: queryCandidates(word, inQuotes: inQuotes))
        }
        let parts = leading.split(separator: " ", omittingEmptySubsequences: true)
        let inFirstWord = !leading.contains(" ") && !leading.contains("\t")
        if inFirstWord {
            let typed = String(leading.dropFirst())
            let names = commands.flatMap { [$0.name] + $0.aliases }.filter { $0.hasPrefix(typed) }
            return Completion(word: word, inQuotes: inQuotes, candidates: names.map { "." + $0 }.sorted())
        }
        guard let first = parts.first, let command = DotCommand.find(String(first.dropFirst()), in: commands) else {
            return Completion(word: word, inQuotes: inQuotes, candidates: [])
        }
        var candidates: [String]
        let typed = text.dropLast(word.count + (inQuotes ? 1 : 0))
        let argument = (try? DotCommand.parse(String(typed)))?.invocation.arguments.count ?? 0
        switch command.completion(forArgument: argument) {
        case .none:
            candidates = []
        case .choices(let choices):
            candidates = choices.filter { $0.hasPrefix(word) }
        case .path:
            candidates = paths(word).map { inQuotes ? $0 : Self.quotedIfNeeded($0) }
        case .command:
            candidates = commands.flatMap { [$0.name] + $0.aliases }.filter { $0.hasPrefix(word) }
        case .entity:
            candidates = entityNames(word).map { inQuotes ? $0 : Self.quotedIfNeeded($0) }
        }
        return Completion(word: word, inQuotes: inQuotes, candidates: candidates.sorted())
    }

    /// The word before the cursor and whether it follows an open quote.
    static func currentWord(_ text: String) -> (word: String, inQuotes: Bool) {
        var inQuotes = false
        var start = text.startIndex
        for index in text.indices {
            let character = text[index]
            if character == quote {
                inQuotes.toggle()
                start = text.index(after: index)
            } else if !inQuotes && wordBreakCharacters.contains(character) {
                start = text.index(after: index)
            }
        }
        return (String(text[start...]), inQuotes)
    }

    /// A name as one word: bare when it has no break character or quote, else in quotes
    /// with `"` and `\` escaped.
    static func quotedIfNeeded(_ name: String) -> String {
        guard name.contains(where: { wordBreakCharacters.contains($0) || $0 == quote || $0 == "#" }) else {
            return name
        }
        var out = "\""
        for character in name {
            if character == "\"" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "\""
    }

    private func queryCandidates(_ word: String, inQuotes: Bool) -> [String] {
        if inQuotes {
            guard !word.isEmpty else { return [] }
            return Array(Set(entityNames(word) + predicateNames(word))).sorted()
        }
        if word.first == "?" || word.first == "$" { return [] }
        let lower = word.lowercased()
        var candidates = keywords.filter { $0.lowercased().hasPrefix(lower) }
        if !word.isEmpty {
            candidates += (predicateNames(word) + entityNames(word)).map(Self.quotedIfNeeded)
        }
        return Array(Set(candidates)).sorted()
    }

    /// File paths starting with the word; directories end with `/`.
    private func paths(_ word: String) -> [String] {
        let directory: String
        let base: String
        if let slash = word.lastIndex(of: "/") {
            directory = String(word[...slash])
            base = String(word[word.index(after: slash)...])
        } else {
            directory = ""
            base = word
        }
        let expanded = directory.hasPrefix("~/")
            ? FileManager.default.homeDirectoryForCurrentUser.path + "/" + directory.dropFirst(2) : directory
        guard let entries = listDirectory(expanded.isEmpty ? "." : expanded) else { return [] }
        return entries
            .filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { directory + $0 }
    }

    /// The entries of a directory, sub-directories with a trailing `/`.
    static func directoryEntries(_ path: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return nil }
        return names.map { name in
            var isDirectory: ObjCBool = false
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? name + "/" : name
        }
    }
}
