import Foundation

/// Where the shell keeps its history, and making that file private.
enum HistoryFile {
    /// Lines kept.
    static let limit: Int32 = 1000

    /// The history file: the explicit path, else `$KG_HISTORY` when set and not empty, else
    /// `~/.kg_history`; nil when there is no home directory to put it in.
    static func path(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["KG_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".kg_history"
    }

    /// Creates the file (mode 0600) if missing and makes a regular file mode 0600 if it is not
    /// (a device such as `/dev/null` is left alone); false when it cannot be opened.
    @discardableResult
    static func prepare(_ path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o777 != 0o600 {
            fchmod(descriptor, 0o600)
        }
        return true
    }
}
