/// Why a graph file could not be read, written or imported; its description is one line naming
/// the file and the problem.
public enum GraphFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened, examined or mapped.
    case cannotRead(path: String, reason: String)
    /// The file does not start with the graph file magic: it is some other kind of file.
    case notAGraphFile(path: String)
    /// The file was written by a newer version of the format.
    case newerVersion(path: String, version: UInt32, supported: UInt32)
    /// The file ends before its contents do.
    case truncated(path: String, detail: String)
    /// A checksum does not match: the bytes were damaged.
    case checksumMismatch(path: String, section: String)
    /// The bytes pass their checksums but do not describe a valid graph.
    case malformed(path: String, detail: String)
    /// Writing failed; the previous file, if any, is unchanged.
    case cannotWrite(path: String, reason: String)

    /// One line naming the file and the problem.
    public var description: String {
        switch self {
        case .cannotRead(let path, let reason): "\(path): cannot read: \(reason)"
        case .notAGraphFile(let path): "\(path): not a kg graph file (bad magic bytes)"
        case .newerVersion(let path, let version, let supported):
            "\(path): graph file format version \(version) is newer than this kg supports (\(supported)); upgrade kg"
        case .truncated(let path, let detail): "\(path): truncated graph file (\(detail))"
        case .checksumMismatch(let path, let section): "\(path): corrupted graph file (checksum mismatch in \(section))"
        case .malformed(let path, let detail): "\(path): corrupted graph file (\(detail))"
        case .cannotWrite(let path, let reason): "\(path): cannot save: \(reason); the previous file is unchanged"
        }
    }
}
