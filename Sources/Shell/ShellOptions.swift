/// Settings of a ``Shell`` run, as the `kg` command line sets them.
public struct ShellOptions: Sendable {
    /// Whether a person is at a terminal (prompt, line editing, history); nil decides by
    /// whether standard input is a terminal.
    public var interactive: Bool?
    /// Stop a script at the first failed statement (`--bail`).
    public var bail: Bool
    /// How results are printed at first.
    public var mode: OutputMode
    /// Most rows shown in table, box and line modes (0: all).
    public var maxRows: Int
    /// The history file; nil means `$KG_HISTORY`, or `~/.kg_history` when that is unset.
    public var historyPath: String?
    /// Most nodes `.dot` draws before cutting the picture down.
    public var dotMaxNodes: Int

    /// Makes options.
    public init(interactive: Bool? = nil, bail: Bool = false, mode: OutputMode = .table, maxRows: Int = 100,
                historyPath: String? = nil, dotMaxNodes: Int = 200) {
        self.interactive = interactive
        self.bail = bail
        self.mode = mode
        self.maxRows = maxRows
        self.historyPath = historyPath
        self.dotMaxNodes = dotMaxNodes
    }
}
