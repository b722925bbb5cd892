#if canImport(Glibc)
import Glibc
#endif

/// Resident-memory figures of this process, read from `/proc/self/status` (Linux).
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, or nil where `/proc` is unavailable.
    public static var peakResidentBytes: Int? { statusField("VmHWM:") }

    /// Current resident set size (`VmRSS`) in bytes, or nil where `/proc` is unavailable.
    public static var residentBytes: Int? { statusField("VmRSS:") }

    /// Returns freed heap memory to the system (`malloc_trim(0)`), so that a following
    /// ``residentBytes`` counts live memory rather than what the allocator kept for reuse.
    public static func releaseFreeMemory() {
        #if canImport(Glibc)
        // malloc.h is not in the Glibc module: look the function up at run time.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// The value in bytes of a `kB` field of `/proc/self/status`.
    static func statusField(_ name: String) -> Int? {
        guard let text = TextFile.read("/proc/self/status") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let parts = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = parts.first, let kilobytes = Int(first) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
