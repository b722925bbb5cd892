/// A problem found in query text: a stable id, a message, the source range, and what was expected.
///
/// The lexer and parser never print; they record diagnostics, and ``DiagnosticFormatter`` renders them.
public struct Diagnostic: Error, Sendable, Hashable {
    /// Stable identifiers of the problems the lexer and parser report; tests and tools match on these.
    public enum ID: String, Sendable, Hashable {
        /// A character that cannot start any token.
        case unexpectedCharacter
        /// A quoted name without its closing quote.
        case unterminatedString
        /// A token that does not fit the grammar here.
        case unexpectedToken
        /// A number that is not a valid count (`limit`, `offset`, `depth`).
        case invalidNumber
        /// Brackets or operators nested past ``QueryParser/maximumDepth``.
        case nestingTooDeep
        /// More patterns in one query than ``QueryParser/maximumPatterns``.
        case tooManyPatterns
        /// A variable used where the query cannot bind it (e.g. `order by ?z` with no `?z`).
        case unknownVariable
        /// A function name that the filter language does not have.
        case unknownFunction
        /// A function called with the wrong number of arguments.
        case wrongArgumentCount
        /// A projection that mixes grouped and ungrouped variables.
        case invalidAggregation
        /// A name or predicate in the statement that matches nothing in the graph (a warning).
        case unknownName
        /// A name that matches several entities, all of which the statement uses (a note).
        case ambiguousName
        /// `path` found no chain of facts within its length (a warning).
        case noPath
    }

    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The statement cannot run.
        case error
        /// The statement runs, but probably not as meant.
        case warning
        /// Worth knowing about how the statement was read.
        case note
    }

    /// Which problem this is.
    public var id: ID
    /// The message, starting lowercase, without a trailing period.
    public var message: String
    /// Where the problem is.
    public var range: SourceRange
    /// Spellings of tokens that would have been accepted here, for "expected …".
    public var expected: [String]
    /// How serious the problem is.
    public var severity: Severity

    /// Makes a diagnostic.
    public init(_ id: ID, _ message: String, at range: SourceRange, expected: [String] = [],
                severity: Severity = .error) {
        self.id = id
        self.message = message
        self.range = range
        self.expected = expected
        self.severity = severity
    }
}
