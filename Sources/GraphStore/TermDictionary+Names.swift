#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TermDictionary {
    /// A reference to stored text: a term id, or an alias index with ``aliasBit`` set.
    private static let aliasBit: UInt32 = 1 << 31

    /// The distinct texts of every term of `kind` (and every alias, when asked), sorted by their
    /// UTF-8 bytes, which is Unicode code point order.
    ///
    /// Sorts references to the stored bytes and makes one `String` per distinct name, so it stays
    /// fast for hundreds of thousands of names.
    /// - Complexity: O(*t* log *t*) comparisons of stored bytes for *t* names.
    func sortedNames(of kind: TermKind, includingAliases: Bool) -> [String] {
        var refs = ids(of: kind)
        if includingAliases { refs += aliasOwners.indices.map { UInt32($0) | Self.aliasBit } }
        return withTextOrder(refs) { refs, bytes, compare in
            var names: [String] = []
            names.reserveCapacity(refs.count)
            for (i, ref) in refs.enumerated() where i == 0 || compare(refs[i - 1], ref) != 0 {
                names.append(String(decoding: bytes(ref), as: UTF8.self))
            }
            return names
        }
    }

    /// The sort position of each term's text, indexed by term id: entities ranked by name in
    /// UTF-8 byte (code point) order, then predicates by phrase after every entity; literals get
    /// `UInt32.max`. Two terms have the same rank exactly when they are of the same kind with the
    /// same text (never, for two different entities or predicates).
    /// - Complexity: O(*t* log *t*) comparisons of stored bytes for *t* entities and predicates.
    func nameRanks() -> [UInt32] {
        var ranks = [UInt32](repeating: .max, count: count)
        var next: UInt32 = 0
        for kind in [TermKind.entity, .predicate] {
            withTextOrder(ids(of: kind)) { refs, _, compare in
                for (i, ref) in refs.enumerated() {
                    if i > 0, compare(refs[i - 1], ref) != 0 { next += 1 }
                    ranks[Int(ref)] = next
                }
                if !refs.isEmpty { next += 1 }
            }
        }
        return ranks
    }

    /// The ids of every term of `kind`, ascending.
    private func ids(of kind: TermKind) -> [UInt32] {
        kinds.indices.filter { kinds[$0] == kind.rawValue }.map { UInt32($0) }
    }

    /// Sorts text references by their bytes, then calls `body` with them sorted, a way to read a
    /// reference's bytes and a way to compare two references (negative, zero or positive).
    ///
    /// Each reference is sorted with the first 8 bytes of its text as a big-endian integer, so
    /// most comparisons are one integer compare; only equal prefixes compare the stored bytes.
    private func withTextOrder<R>(
        _ refs: [UInt32],
        _ body: ([UInt32], (UInt32) -> UnsafeBufferPointer<UInt8>, (UInt32, UInt32) -> Int32) -> R
    ) -> R {
        texts.bytes.withUnsafeBufferPointer { termBytes in
            aliasTexts.bytes.withUnsafeBufferPointer { aliasBytes in
                func bytes(_ ref: UInt32) -> UnsafeBufferPointer<UInt8> {
                    ref & Self.aliasBit == 0
                        ? UnsafeBufferPointer(rebasing: termBytes[texts.range(Int(ref))])
                        : UnsafeBufferPointer(rebasing: aliasBytes[aliasTexts.range(Int(ref & ~Self.aliasBit))])
                }
                func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int32 {
                    let shared = min(x.count, y.count)
                    if shared > 0, let a = x.baseAddress, let b = y.baseAddress {
                        let order = memcmp(a, b, shared)
                        if order != 0 { return order }
                    }
                    return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
                }
                // A prefix pads short texts with zero bytes: different prefixes order the texts
                // as their bytes do; equal prefixes leave the order to the full comparison.
                func prefix(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
                    var value: UInt64 = 0
                    for k in 0 ..< 8 { value = value << 8 | UInt64(k < text.count ? text[k] : 0) }
                    return value
                }
                var keyed = refs.map { (prefix: prefix(bytes($0)), ref: $0) }
                keyed.sort { x, y in
                    x.prefix != y.prefix ? x.prefix < y.prefix : compare(bytes(x.ref), bytes(y.ref)) < 0
                }
                return body(keyed.map(\.ref), bytes) { compare(bytes($0), bytes($1)) }
            }
        }
    }
}
