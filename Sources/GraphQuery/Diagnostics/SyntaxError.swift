/// The error thrown when query text does not parse: one or more diagnostics with source ranges.
public struct SyntaxError: Error, Sendable, Equatable {
    /// The problems, in source order; never empty.
    public var diagnostics: [Diagnostic]

    /// Makes a syntax error.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
