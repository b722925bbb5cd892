/// Which view of a coordination a fact belongs to (`ExtractedFact.coordination`).
public struct Coordination: OptionSet, Sendable, Hashable {
    /// The bits.
    public let rawValue: UInt8
    /// Makes a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// An argument is one conjunct of a coordination (the graph's view).
    public static let split = Coordination(rawValue: 1)
    /// An argument is a whole coordination (Open IE's view).
    public static let joined = Coordination(rawValue: 2)
}
