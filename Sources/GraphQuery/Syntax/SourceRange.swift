/// A position in query text: a Character offset plus the 1-based line and column it falls on.
///
/// Columns count Characters (grapheme clusters), not bytes or scalars, so a caret drawn under
/// `Zelenskyy` after `"Šefčovič"` lands where the eye expects.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Character offset from the start of the text.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Characters.
    public var column: Int

    /// Makes a location.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Orders locations by offset.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of query text, from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// First Character of the range.
    public var start: SourceLocation
    /// One past the last Character of the range.
    public var end: SourceLocation

    /// Makes a range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one location.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The smallest range covering both ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
