/// A problem in a CoNLL-U file, with the 1-based line where it was found.
public struct CoNLLUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line number of the offending line.
    public let line: Int
    /// What is wrong with it.
    public let reason: String

    /// Makes an error for `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// `line N: reason`.
    public var description: String { "line \(line): \(reason)" }
}
