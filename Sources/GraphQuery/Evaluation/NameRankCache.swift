import GraphStore
import Synchronization

/// The dataset's name ranks (``QueryDataset/nameRanks()``), made on the first sort that needs
/// them and kept for the engine's snapshot, so `order by` compares integers instead of names.
final class NameRankCache: Sendable {
    private let ranks = Mutex<[UInt32]?>(nil)

    init() {}

    /// The ranks of `dataset`'s terms (the engine's one dataset), made on first use.
    /// - Complexity: O(1) after the first call; the first is O(*t* log *t*) for *t* names.
    func ranks(of dataset: some QueryDataset) -> [UInt32] {
        ranks.withLock { table in
            if let table { return table }
            let made = dataset.nameRanks()
            table = made
            return made
        }
    }
}
