#if canImport(Glibc)
import Glibc
#endif

/// The floor for opening a file: reading its bytes into memory.
public enum FileBytes {
    /// Reads the whole file at `path` into a freshly allocated buffer with `read(2)` (what a
    /// loader that copies the file would do at the least); returns the number of bytes read
    /// and a checksum byte so the work cannot be optimised away, or nil on failure.
    /// - Complexity: O(file size).
    public static func readFresh(_ path: String) -> (bytes: Int, check: UInt8)? {
        guard let size = TextFile.size(path) else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 64)
        defer { buffer.deallocate() }
        var done = 0
        while done < size {
            let got = read(fd, buffer.baseAddress.map { $0 + done }, size - done)
            if got <= 0 { break }
            done += got
        }
        var check: UInt8 = 0
        var offset = 0
        while offset < done {
            check ^= buffer[offset]
            offset += 4096
        }
        return (done, check)
    }

    /// Reads the whole file at `path` through one reused 1 MiB buffer (what `cat` does: the
    /// kernel's copy out of the page cache, no page faults on fresh memory); returns the
    /// number of bytes read, or nil on failure.
    /// - Complexity: O(file size).
    public static func readStreaming(_ path: String) -> Int? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 64)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let got = read(fd, buffer.baseAddress, chunk)
            if got < 0 { return nil }
            if got == 0 { return total }
            total += got
        }
    }
}
