#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file atomically: write `name.tmp-PID`, fsync it, rename it over `name`, fsync the
/// directory. On any failure the temporary file is removed and the old file is left as it was.
/// A save killed before its rename leaves its `name.tmp-PID`; the next save of `name` removes it
/// once no process PID is running.
enum AtomicFile {
    /// A failure to inject, for tests: the write fails with `code` once `afterBytes` are written.
    struct Fault {
        var afterBytes: Int
        var code: Int32
    }

    /// Writes `bytes` to `path` atomically.
    /// - Throws: ``GraphFileError/cannotWrite(path:reason:)`` naming the failing step and errno.
    /// - Complexity: O(bytes).
    static func write(_ bytes: [UInt8], to path: String, fault: Fault? = nil) throws(GraphFileError) {
        removeStaleTemporaryFiles(of: path)
        let temporary = "\(path).tmp-\(getpid())"
        func failure(_ step: String, _ code: Int32) -> GraphFileError {
            .cannotWrite(path: path, reason: "\(step) \(temporary): \(String(cString: strerror(code)))")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("creating", errno) }
        var written = 0
        let code: Int32? = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            while written < buffer.count {
                var chunk = min(buffer.count - written, 1 << 24)
                if let fault {
                    if written >= fault.afterBytes { return fault.code }
                    chunk = min(chunk, fault.afterBytes - written)
                }
                let n = systemWrite(fd, base + written, chunk)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let code {
            close(fd)
            unlink(temporary)
            throw failure("writing", code)
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw failure("syncing", code)
        }
        if close(fd) != 0 {
            let code = errno
            unlink(temporary)
            throw failure("closing", code)
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw failure("renaming", code)
        }
        syncDirectory(of: path)
    }

    /// `write(2)`, named apart from ``write(_:to:fault:)``.
    private static func systemWrite(_ fd: Int32, _ base: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, base, count)
        #else
        Darwin.write(fd, base, count)
        #endif
    }

    /// Removes the temporary files of saves of `path` that were killed: names of exactly the
    /// form `name.tmp-PID` (PID in decimal, as ``write(_:to:fault:)`` makes them) beside `path`,
    /// regular files only, whose PID is not this process and names no running process
    /// (`kill(PID, 0)` fails with ESRCH; a process of another user, EPERM, counts as running).
    /// A save in progress in another process keeps its file, and so does every other name.
    static func removeStaleTemporaryFiles(of path: String) {
        let (directory, name) = location(of: path)
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        let prefix = Array("\(name).tmp-".utf8)
        while let entry = readdir(stream) {
            var raw = entry.pointee.d_name
            let entryName = withUnsafeBytes(of: &raw) { Array($0.prefix { $0 != 0 }) }
            guard entryName.count > prefix.count, entryName.starts(with: prefix) else { continue }
            let digits = String(decoding: entryName[prefix.count...], as: UTF8.self)
            guard let pid = pid_t(digits), pid > 0, String(pid) == digits, pid != getpid() else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            let file = (directory == "/" ? "" : directory) + "/" + String(decoding: entryName, as: UTF8.self)
            var info = stat()
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(file)
        }
    }

    /// The directory of `path` (`.` for a bare name) and its last component.
    private static func location(of path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        return (directory, String(path[path.index(after: slash)...]))
    }

    /// Flushes the directory entry of `path` so the rename survives a crash.
    private static func syncDirectory(of path: String) {
        let directory = location(of: path).directory
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
