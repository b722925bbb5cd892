/// One fact as three term ids: subject, predicate, object.
public struct Triple: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The subject (an entity).
    public var subject: TermID
    /// The predicate.
    public var predicate: TermID
    /// The object (an entity or a literal).
    public var object: TermID

    /// Makes a triple from its three ids.
    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// Orders triples by subject, then predicate, then object (SPO order).
    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        PackedKey(lhs.subject.rawValue, lhs.predicate.rawValue, lhs.object.rawValue)
            < PackedKey(rhs.subject.rawValue, rhs.predicate.rawValue, rhs.object.rawValue)
    }

    /// `(#s #p #o)`, for debugging output.
    public var description: String { "(\(subject) \(predicate) \(object))" }
}

/// Three ids in the order of one permutation index, compared lexicographically.
struct PackedKey: Hashable, Comparable, Sendable {
    var a: UInt32
    var b: UInt32
    var c: UInt32

    init(_ a: UInt32, _ b: UInt32, _ c: UInt32) {
        self.a = a
        self.b = b
        self.c = c
    }

    @inline(__always)
    static func < (lhs: PackedKey, rhs: PackedKey) -> Bool {
        if lhs.a != rhs.a { return lhs.a < rhs.a }
        if lhs.b != rhs.b { return lhs.b < rhs.b }
        return lhs.c < rhs.c
    }
}

/// The three orders in which triples are kept sorted.
enum Permutation: Int, CaseIterable, Sendable {
    /// Subject, predicate, object.
    case spo = 0
    /// Predicate, object, subject.
    case pos = 1
    /// Object, subject, predicate.
    case osp = 2

    /// The triple's ids in this permutation's order.
    @inline(__always)
    func key(_ t: Triple) -> PackedKey {
        switch self {
        case .spo: PackedKey(t.subject.rawValue, t.predicate.rawValue, t.object.rawValue)
        case .pos: PackedKey(t.predicate.rawValue, t.object.rawValue, t.subject.rawValue)
        case .osp: PackedKey(t.object.rawValue, t.subject.rawValue, t.predicate.rawValue)
        }
    }

    /// The triple whose ids in this permutation's order are `k`.
    @inline(__always)
    func triple(_ k: PackedKey) -> Triple {
        switch self {
        case .spo: Triple(TermID(rawValue: k.a), TermID(rawValue: k.b), TermID(rawValue: k.c))
        case .pos: Triple(TermID(rawValue: k.c), TermID(rawValue: k.a), TermID(rawValue: k.b))
        case .osp: Triple(TermID(rawValue: k.b), TermID(rawValue: k.c), TermID(rawValue: k.a))
        }
    }
}
