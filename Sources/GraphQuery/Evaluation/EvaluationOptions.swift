/// Bounds on one statement's work, so a runaway cross product never hangs anyone.
public struct EvaluationLimits: Sendable, Equatable {
    /// The most rows a statement may return, or hold while sorting, grouping or removing
    /// duplicates; past it the statement stops with ``QueryError/Kind/rowLimitExceeded(_:)``.
    public var maxRows: Int?
    /// The longest a statement may run; past it it stops with
    /// ``QueryError/Kind/timeLimitExceeded(_:)``.
    public var timeout: Duration?

    /// Makes limits; nil means unbounded.
    public init(maxRows: Int? = nil, timeout: Duration? = nil) {
        self.maxRows = maxRows
        self.timeout = timeout
    }

    /// No limits (benchmarks, exports).
    public static let unlimited = EvaluationLimits()
    /// The prompt's defaults: a million rows, one minute.
    public static let interactive = EvaluationLimits(maxRows: 1_000_000, timeout: .seconds(60))
}

/// How to run one statement.
public struct EvaluationOptions: Sendable {
    /// Row and time limits.
    public var limits: EvaluationLimits
    /// Set from another thread to stop the statement.
    public var cancellation: CancellationToken?
    /// Whether rows remember the facts they matched (for `.why` and drawing); turn off to save
    /// time and memory when only the values are wanted.
    public var recordFacts: Bool

    /// Makes options.
    public init(limits: EvaluationLimits = .interactive, cancellation: CancellationToken? = nil,
                recordFacts: Bool = true) {
        self.limits = limits
        self.cancellation = cancellation
        self.recordFacts = recordFacts
    }
}
