import Extraction

/// `--shard I/N`: the I-th of N stable partitions of the input, by a hash of each article's id,
/// so N processes given the same input split it with no overlap and no gap.
struct ShardSelector: Sendable, Equatable {
    /// 1-based shard number.
    let index: Int
    /// Number of shards.
    let count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else {
            return nil
        }
        index = i
        count = n
    }

    /// Whether the article with this id belongs to this shard (FNV-1a of the id's UTF-8, mod N).
    func contains(id: String) -> Bool {
        Int(FactExtractor.contentHash(id) % UInt64(count)) == index - 1
    }
}
