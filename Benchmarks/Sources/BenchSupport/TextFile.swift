#if canImport(Glibc)
import Glibc
#endif

/// Small whole-file reads with plain `read(2)`, for `/proc` files and for timing the floor
/// of reading a file's bytes.
public enum TextFile {
    /// The file's contents as UTF-8 text, or nil when it cannot be read.
    public static func read(_ path: String) -> String? {
        var bytes: [UInt8] = []
        guard readAll(path, into: &bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads every byte of the file at `path` into `buffer` (replacing its contents) with
    /// `read(2)` in 1 MiB chunks; returns false when the file cannot be opened or read.
    /// - Complexity: O(file size).
    @discardableResult
    public static func readAll(_ path: String, into buffer: inout [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        buffer.removeAll(keepingCapacity: true)
        let chunk = 1 << 20
        var ok = true
        while ok {
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let got = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress.map { $0 + old }, chunk)
            }
            if got < 0 { ok = false; buffer.removeLast(chunk); break }
            buffer.removeLast(chunk - got)
            if got == 0 { break }
        }
        return ok
    }

    /// The size in bytes of the file at `path`, or nil when it does not exist.
    public static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The 1-, 5- and 15-minute load averages, or nil where unavailable.
    public static var loadAverage: [Double]? {
        var values = [Double](repeating: 0, count: 3)
        guard getloadavg(&values, 3) == 3 else { return nil }
        return values
    }
}
