#if canImport(Glibc)
import Glibc
#endif

/// Maps the pages of a large, freshly allocated buffer in one request before it is written.
///
/// Loading a model fills about 60 MB of new memory; taking one page fault per 4 KiB page as
/// it is first written cost about half of the load's time. On Linux, `MADV_POPULATE_WRITE`
/// maps a whole range at once, which costs about a third less. Without Glibc, on kernels
/// older than 5.14 (the call fails and is ignored) and for buffers under 1 MiB this does nothing.
enum Prefault {
    /// Asks the kernel to map every whole page of `buffer` writable now.
    static func pages(of buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        guard buffer.count >= 1 << 20, let base = buffer.baseAddress else { return }
        let page = UInt(sysconf(Int32(_SC_PAGESIZE)))
        let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(buffer.count)) & ~(page - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), MADV_POPULATE_WRITE) }
        #endif
    }

    /// An array of `count` copies of `value`, its pages mapped in one request.
    static func array<T>(repeating value: T, count: Int) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            pages(of: UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: value)
            initialized = count
        }
    }
}
