/// Why a statement stopped while running (as opposed to not parsing: see ``SyntaxError``).
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The cancellation token was set (Ctrl-C at the prompt).
        case cancelled
        /// More rows than ``EvaluationLimits/maxRows`` would have been produced or held.
        case rowLimitExceeded(Int)
        /// The statement ran longer than ``EvaluationLimits/timeout``.
        case timeLimitExceeded(Duration)
        /// A regular expression in a filter does not compile.
        case invalidRegex(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// Where in the statement, when one place is to blame.
    public var range: SourceRange?

    /// Makes an error.
    public init(_ kind: Kind, range: SourceRange? = nil) {
        self.kind = kind
        self.range = range
    }

    /// A one-line message, lowercase, saying what to do where there is something to do.
    public var message: String {
        switch kind {
        case .cancelled:
            "query cancelled"
        case .rowLimitExceeded(let limit):
            "query stopped after \(limit) rows (the row limit); add 'limit N' or narrow the patterns"
        case .timeLimitExceeded(let duration):
            "query stopped after \(duration) (the time limit); narrow the patterns or add 'limit N'"
        case .invalidRegex(let detail):
            "invalid regular expression: \(detail)"
        }
    }

    /// The message.
    public var description: String { message }
}
