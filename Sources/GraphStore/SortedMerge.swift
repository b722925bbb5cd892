/// Merges two sorted arrays into one sorted array; on ties, elements of `old` come first.
///
/// When every new element sorts after the old ones (appending in order, the common case for
/// ingestion) this is a plain append.
/// - Complexity: O(*n* + *m*).
func mergeSorted<T>(_ old: [T], _ new: [T], by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
    guard let firstNew = new.first else { return old }
    if old.isEmpty { return new }
    guard let lastOld = old.last, areInIncreasingOrder(firstNew, lastOld) else { return old + new }
    var merged: [T] = []
    merged.reserveCapacity(old.count + new.count)
    var i = 0, j = 0
    while i < old.count, j < new.count {
        if areInIncreasingOrder(new[j], old[i]) {
            merged.append(new[j])
            j += 1
        } else {
            merged.append(old[i])
            i += 1
        }
    }
    merged.append(contentsOf: old[i...])
    merged.append(contentsOf: new[j...])
    return merged
}
