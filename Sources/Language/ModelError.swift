/// Why a model file could not be loaded or written.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not start with the model magic bytes.
    case notAModelFile
    /// The file was written by another format version.
    case unsupportedVersion(found: UInt32, supported: UInt32)
    /// The file ends inside the named section.
    case truncated(section: String)
    /// The named section's checksum does not match its bytes.
    case checksumMismatch(section: String)
    /// A required section is absent.
    case missingSection(String)
    /// A section's content is inconsistent.
    case malformed(section: String, reason: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// One line saying what is wrong and, where useful, what to do.
    public var description: String {
        switch self {
        case .notAModelFile: return "not a kg NLP model file (bad magic bytes)"
        case let .unsupportedVersion(found, supported):
            return "model format version \(found) is not supported (this build reads version \(supported)); retrain with `kg nlp train`"
        case let .truncated(section): return "model file is truncated in section \(section)"
        case let .checksumMismatch(section): return "model file is damaged: checksum mismatch in section \(section)"
        case let .missingSection(tag): return "model file lacks section \(tag)"
        case let .malformed(section, reason): return "model section \(section) is malformed: \(reason)"
        case let .io(path, reason): return "\(path): \(reason)"
        }
    }
}
