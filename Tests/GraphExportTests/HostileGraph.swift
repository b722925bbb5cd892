import GraphExport
import GraphStore

/// Names chosen to break naive writers: quotes, backslashes, line breaks, NUL, brackets,
/// arrows, markup, language-tag and formula look-alikes, wide characters, a huge name.
enum HostileGraph {
    static let names = [
        "Say \"hi\"", "back\\slash", "trailing\\", "new\nline", "nul\u{0}byte", "]", "a -> b", "<b>bold</b>",
        "\"@en", "=cmd|' /C calc'!A0", "東京", "family 👩‍👩‍👧", "{ } | < >", "tab\there", "\\N\\G", "& amp;",
        "-- comment", "x;y,z", "'quote'", String(repeating: "long ", count: 4_000),
    ]

    /// Every name as a person, each meeting the next; a few literal objects too.
    static var graph: ExportGraph {
        var graph = ExportGraph()
        for (index, name) in names.enumerated() {
            let next = names[(index + 1) % names.count]
            graph.addFact(subject: .entity(name, type: EntityType.allCases[index % EntityType.allCases.count]),
                          predicate: index % 2 == 0 ? "meet" : "warn \"about\" ->",
                          object: .entity(next, type: .person), sourceCount: index + 1,
                          sentence: "\(name) met \(next).\u{7}", document: "doc/\(index)")
        }
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "annex in",
                      object: .literal(.year(2014)))
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "said",
                      object: .literal(.string("\"bye\"\n\\", language: "en")))
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "date",
                      object: .literal(.date("2014-03-18")))
        graph.addFact(subject: .entity("Russia", type: .place), predicate: "tag",
                      object: .literal(.string("x", language: "not a tag!")))
        return graph
    }
}
