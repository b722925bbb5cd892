#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes text: a file descriptor, a file, or (in tests) memory.
protocol ShellOutput: AnyObject {
    /// Writes the text as UTF-8.
    func write(_ text: String)
}

/// Writes to an open file descriptor, closing it at the end when it owns it.
final class FileDescriptorOutput: ShellOutput, Sendable {
    private let descriptor: Int32
    private let owned: Bool

    /// Standard output.
    static let standardOutput = FileDescriptorOutput(descriptor: STDOUT_FILENO, owned: false)
    /// Standard error.
    static let standardError = FileDescriptorOutput(descriptor: STDERR_FILENO, owned: false)

    private init(descriptor: Int32, owned: Bool) {
        self.descriptor = descriptor
        self.owned = owned
    }

    /// Creates or truncates a file for writing (mode 0644 before umask).
    convenience init(creating path: String) throws(StatementError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StatementError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.init(descriptor: descriptor, owned: true)
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    deinit {
        if owned { close(descriptor) }
    }
}

/// write(2), named apart from the ``ShellOutput`` method.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
