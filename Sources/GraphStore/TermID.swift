/// A dense identifier of a term (entity, predicate or literal) in one graph's dictionary.
///
/// Ids are dense: a graph with `n` terms uses exactly `0..<n`. They are only meaningful for the
/// graph that issued them; ``Graph/merge(_:)`` translates between graphs.
public struct TermID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as stored in triples and in the file.
    public var rawValue: UInt32

    /// Wraps a raw id; the caller is responsible for it being valid in its graph.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Wraps a raw id given as an `Int` index; the caller keeps it below 2^32.
    init(_ index: Int) { self.rawValue = UInt32(truncatingIfNeeded: index) }

    /// The id as an array index.
    public var index: Int { Int(rawValue) }

    /// Orders ids by their raw value.
    public static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `#` followed by the raw value, for debugging output.
    public var description: String { "#\(rawValue)" }
}

/// What a term is; stored as one byte per term.
public enum TermKind: UInt8, Sendable, CaseIterable, Hashable {
    /// A named entity (person, organisation, place, event, other).
    case entity = 0
    /// A normalised predicate phrase.
    case predicate = 1
    /// A plain string literal.
    case string = 2
    /// A string literal with a language tag.
    case languageString = 3
    /// An integer literal.
    case integer = 4
    /// A decimal literal, kept as its lexical form.
    case decimal = 5
    /// A date literal `YYYY-MM-DD`.
    case date = 6
    /// A year literal.
    case year = 7

    /// Whether terms of this kind are literals.
    public var isLiteral: Bool { rawValue >= TermKind.string.rawValue }
}
