/// Interned strings: each distinct string stored once, named by a dense `UInt32`.
struct StringPool: Sendable, Equatable {
    /// The index meaning "no string" where a pooled string is optional.
    static let none = UInt32.max

    private(set) var column = StringColumn()
    private var table = IDHashTable()

    /// Makes an empty pool.
    init() {}

    /// Makes a pool from a loaded column, rebuilding its hash table.
    /// - Complexity: O(total bytes).
    init(column: StringColumn) {
        self.column = column
        table = IDHashTable(capacity: column.count)
        for i in 0 ..< column.count { table.insert(UInt32(i), hash: NameHash.exact(column.utf8(i))) }
    }

    /// The number of distinct strings.
    var count: Int { column.count }

    /// The index of `string`, adding it if new.
    /// - Complexity: O(*length*) expected.
    mutating func intern(_ string: String) -> UInt32 {
        let utf8 = Array(string.utf8)
        let hash = NameHash.exact(utf8)
        if let found = table.first(hash: hash, where: { column.equals(Int($0), utf8) }) { return found }
        column.append(bytes: utf8)
        let id = UInt32(column.count - 1)
        table.insert(id, hash: hash)
        return id
    }

    /// The index of an optional string, ``none`` for `nil`.
    mutating func intern(_ string: String?) -> UInt32 {
        guard let string else { return Self.none }
        return intern(string)
    }

    /// String `i`; `nil` for ``none`` or an index out of range.
    subscript(i: UInt32) -> String? {
        i == Self.none || Int(i) >= column.count ? nil : column[Int(i)]
    }

    static func == (lhs: StringPool, rhs: StringPool) -> Bool { lhs.column == rhs.column }
}
