#if canImport(Glibc)
import Glibc
#endif

/// Writes diagnostics to standard error, one line at a time, without Foundation.
enum StandardError {
    /// Writes `line` and a newline to standard error.
    static func write(_ line: String) {
        let text = line.hasSuffix("\n") ? line : line + "\n"
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
