#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TermDictionary {
    /// The distinct texts of every term of `kind` (and every alias, when asked), sorted by their
    /// UTF-8 bytes, which is Unicode code point order.
    ///
    /// Sorts references to the stored bytes and makes one `String` per distinct name, so it stays
    /// fast for hundreds of thousands of names.
    /// - Complexity: O(*t* log *t*) comparisons of stored bytes for *t* names.
    func sortedNames(of kind: TermKind, includingAliases: Bool) -> [String] {
        // A reference is a term id, or an alias index with the high bit set.
        let aliasBit: UInt32 = 1 << 31
        var refs = kinds.indices.filter { kinds[$0] == kind.rawValue }.map { UInt32($0) }
        if includingAliases { refs += aliasOwners.indices.map { UInt32($0) | aliasBit } }
        return texts.bytes.withUnsafeBufferPointer { termBytes in
            aliasTexts.bytes.withUnsafeBufferPointer { aliasBytes in
                func bytes(_ ref: UInt32) -> UnsafeBufferPointer<UInt8> {
                    ref & aliasBit == 0
                        ? UnsafeBufferPointer(rebasing: termBytes[texts.range(Int(ref))])
                        : UnsafeBufferPointer(rebasing: aliasBytes[aliasTexts.range(Int(ref & ~aliasBit))])
                }
                func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int32 {
                    let shared = min(x.count, y.count)
                    if shared > 0, let a = x.baseAddress, let b = y.baseAddress {
                        let order = memcmp(a, b, shared)
                        if order != 0 { return order }
                    }
                    return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
                }
                refs.sort { compare(bytes($0), bytes($1)) < 0 }
                var names: [String] = []
                names.reserveCapacity(refs.count)
                for (i, ref) in refs.enumerated() where i == 0 || compare(bytes(refs[i - 1]), bytes(ref)) != 0 {
                    names.append(String(decoding: bytes(ref), as: UTF8.self))
                }
                return names
            }
        }
    }
}
