/// One article read from the input, before parsing: its identity, metadata and text.
struct Article: Sendable {
    /// Stable identifier: the JSON Lines `id`, or the file's path as given.
    var id: String
    /// Title: the JSON `title`, or a text file's first non-empty line.
    var title: String
    /// The body text to parse (for a text file, everything, headline included).
    var text: String
    /// Where the article came from: the file path (with `:line` for JSON Lines), or its `url`.
    var source: String
    /// Publication date as given (`date` in JSON Lines), if any.
    var date: String?
    /// How many bytes of input it took (a file's size, a JSON line with its newline), for the
    /// remaining-time estimate.
    var inputBytes = 0
}
