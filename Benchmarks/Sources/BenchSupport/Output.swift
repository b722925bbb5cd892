#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered line output with `write(2)`, so every reply reaches a pipe at once.
public enum Output {
    /// Writes `line` and a newline to standard output.
    public static func line(_ line: String) { write(descriptor: 1, line + "\n") }

    /// Writes `line` and a newline to standard error.
    public static func error(_ line: String) { write(descriptor: 2, line + "\n") }

    private static func write(descriptor: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let wrote = Glibc.write(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done)
                if wrote <= 0 { return }
                done += wrote
            }
        }
    }
}
