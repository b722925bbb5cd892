import Foundation
import GraphStore

/// The language data the extractors read: gazetteers, titles, alias and synonym tables and the
/// noun→verb lexicon, loaded from the TSV and text files in `Lexicons/` (see docs/EXTRACTION.md).
///
/// Every table is keyed by lowercased text unless noted. A lexicon is an immutable value, safe to
/// share between threads.
public struct Lexicon: Sendable {
    /// A noun that names an event a verb describes (`annexation` → `annex`).
    struct Nominalization: Sendable {
        var verb: String
        var objectPrepositions: Set<String>
    }

    /// What a pronoun can stand for.
    enum PronounClass: String, Sendable {
        case person, thing, group, relative, other
    }

    /// Country name by its lowercased name.
    var countries: [String: String] = [:]
    var demonyms: [String: String] = [:]
    var capitals: [String: String] = [:]
    var entities: [String: (name: String, type: EntityType)] = [:]
    /// Alias → canonical name; keys keep their case (`US` is not `us`).
    var aliases: [String: String] = [:]
    var titles: Set<String> = []
    /// Titles that are only stripped from names, never role facts (`Mr.`, `Dr.`, `counterpart`).
    var honorifics: Set<String> = []
    /// Words for the person holding the same post on the other side (`his Russian counterpart`),
    /// stripped from names like honorifics and linked to a titled person of the document.
    var counterparts: Set<String> = []
    var maxTitleWords = 1
    /// The last word of every title (`minister`), to rule most nouns out without building phrases.
    var titleLastWords: Set<String> = []
    var firstNames: Set<String> = []
    var nominalizations: [String: Nominalization] = [:]
    var synonyms: [String: String] = [:]
    var lightVerbs: Set<String> = []
    /// Verbs whose quoted clause is their object even when parsed as parataxis (`"…," he said`).
    var reportingVerbs: Set<String> = []
    var timeWords: Set<String> = []
    var placeWords: Set<String> = []
    var pronouns: [String: PronounClass] = [:]
    var modality: [String: FactFlags] = [:]
    var nameKeywords: [String: EntityType] = [:]

    /// The lexicon shipped with kg (empty tables if the resource bundle cannot be found).
    public static let standard: Lexicon = Lexicon(directory: Bundle.module.url(forResource: "Lexicons", withExtension: nil))

    /// A lexicon with every table empty: extraction still runs, with no gazetteer help.
    public static let empty = Lexicon()

    private init() {}

    /// Loads the lexicon files from a directory laid out like the bundled `Lexicons/`; missing
    /// files leave their tables empty.
    public init(directory: URL?) {
        guard let directory else { return }
        func text(_ name: String) -> String {
            (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        for row in Self.rows(text("countries.tsv")) where !row[0].isEmpty {
            let capital = row.count > 2 && !row[2].isEmpty ? row[2] : nil
            countries[row[0].lowercased()] = row[0]
            if row.count > 1 {
                for demonym in Self.list(row[1]) { demonyms[demonym.lowercased()] = row[0] }
            }
            if let capital { capitals[capital.lowercased()] = row[0] }
        }
        for row in Self.rows(text("entities.tsv")) where row.count > 1 {
            let type = EntityType.allCases.first { $0.name == row[1] } ?? .other
            entities[row[0].lowercased()] = (row[0], type)
            if row.count > 2 {
                for form in Self.list(row[2]) { entities[form.lowercased()] = (row[0], type) }
            }
        }
        addAliases(text("aliases.tsv"))
        addSynonyms(text("synonyms.tsv"))
        for row in Self.rows(text("titles.tsv")) where !row[0].isEmpty {
            titles.insert(row[0].lowercased())
            if row.count > 1 && ["honorific", "counterpart"].contains(row[1]) { honorifics.insert(row[0].lowercased()) }
            if row.count > 1 && row[1] == "counterpart" { counterparts.insert(row[0].lowercased()) }
        }
        maxTitleWords = titles.map { $0.split(separator: " ").count }.max() ?? 1
        titleLastWords = Set(titles.compactMap { $0.split(separator: " ").last.map(String.init) })
        firstNames = Set(Self.words(text("first-names.txt")))
        for row in Self.rows(text("nominalizations.tsv")) where row.count > 1 {
            let preps = row.count > 2 ? Set(Self.list(row[2])) : []
            nominalizations[row[0].lowercased()] = Nominalization(verb: row[1], objectPrepositions: preps)
        }
        lightVerbs = Set(Self.words(text("light-verbs.txt")))
        reportingVerbs = Set(Self.words(text("reporting-verbs.txt")))
        timeWords = Set(Self.words(text("time-words.txt")))
        placeWords = Set(Self.words(text("place-words.txt")))
        for row in Self.rows(text("pronouns.tsv")) where row.count > 1 {
            if let kind = PronounClass(rawValue: row[1]) { pronouns[row[0]] = kind }
        }
        for row in Self.rows(text("modality.tsv")) where row.count > 1 {
            var flags: FactFlags = []
            for flag in Self.list(row[1]) {
                switch flag {
                case "future": flags.insert(.future)
                case "hedged": flags.insert(.hedged)
                case "negated": flags.insert(.negated)
                default: break
                }
            }
            modality[row[0]] = flags
        }
        for row in Self.rows(text("entity-keywords.tsv")) where row.count > 1 {
            nameKeywords[row[0]] = EntityType.allCases.first { $0.name == row[1] } ?? .other
        }
    }

    /// This lexicon with a user's alias table (`alias<TAB>canonical` lines) and synonym table
    /// (`phrase<TAB>canonical predicate` lines) added; later entries win.
    /// - Throws: the file-system error when a given file cannot be read.
    public func adding(aliasFile: URL? = nil, synonymFile: URL? = nil) throws -> Lexicon {
        var copy = self
        if let aliasFile { copy.addAliases(try String(contentsOf: aliasFile, encoding: .utf8)) }
        if let synonymFile { copy.addSynonyms(try String(contentsOf: synonymFile, encoding: .utf8)) }
        return copy
    }

    /// The canonical name for a written name: the alias table, then the gazetteers, then itself.
    func canonicalName(_ name: String) -> String {
        if let canonical = aliases[name] { return canonical }
        let lower = name.lowercased()
        if let country = countries[lower] { return country }
        if let entity = entities[lower] { return entity.name }
        return name
    }

    /// The type the gazetteers give a canonical name, if they know it.
    func knownType(_ name: String) -> EntityType? {
        let lower = name.lowercased()
        if countries[lower] != nil || capitals[lower] != nil { return .place }
        return entities[lower]?.type
    }

    private mutating func addAliases(_ text: String) {
        for row in Self.rows(text) where row.count > 1 && !row[1].isEmpty { aliases[row[0]] = row[1] }
    }

    private mutating func addSynonyms(_ text: String) {
        for row in Self.rows(text) where row.count > 1 && !row[1].isEmpty { synonyms[row[0].lowercased()] = row[1] }
    }

    /// Tab-separated rows of a data file, without blank lines and `#` comments.
    private static func rows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// One entry a line, without blank lines and `#` comments.
    private static func words(_ text: String) -> [String] {
        rows(text).map { $0[0] }.filter { !$0.isEmpty }
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
