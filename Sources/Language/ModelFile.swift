import Foundation

/// The model container: magic, format version, then tagged sections each with a length and
/// a CRC-32 of its payload, so damage is found and named per section before anything is
/// decoded.
///
/// Layout (little-endian): `KGNLPMDL` · version `u32` · section count `u32` · per section:
/// tag (4 ASCII bytes) · payload length `u64` · CRC-32 `u32` · payload.
struct ModelFile {
    static let magic: [UInt8] = Array("KGNLPMDL".utf8)
    /// The format version this build writes and reads.
    static let version: UInt32 = 1

    /// The sections, by tag, in file order.
    var sections: [(tag: String, payload: [UInt8])] = []

    /// The payload of section `tag`.
    func section(_ tag: String) throws(ModelError) -> BinaryReader {
        guard let s = sections.first(where: { $0.tag == tag }) else { throw .missingSection(tag) }
        return BinaryReader(s.payload, section: tag)
    }

    /// The file's bytes.
    func encoded() -> [UInt8] {
        var w = BinaryWriter()
        w.raw(Self.magic)
        w.u32(Self.version)
        w.u32(UInt32(sections.count))
        for s in sections {
            w.raw(Array(s.tag.utf8.prefix(4)))
            w.u64(UInt64(s.payload.count))
            w.u32(CRC32.checksum(s.payload))
            w.raw(s.payload)
        }
        return w.bytes
    }

    /// Decodes and verifies a file's bytes.
    init(decoding bytes: [UInt8]) throws(ModelError) {
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw .notAModelFile }
        var r = BinaryReader(Array(bytes[8..<16]), section: "header")
        let version = try r.u32()
        guard version == Self.version else { throw .unsupportedVersion(found: version, supported: Self.version) }
        let count = try r.u32()
        var at = 16
        for _ in 0..<count {
            guard bytes.count - at >= 16 else { throw .truncated(section: "header") }
            let tag = String(decoding: bytes[at..<(at + 4)], as: UTF8.self)
            var h = BinaryReader(Array(bytes[(at + 4)..<(at + 16)]), section: tag)
            let length = try h.u64(), crc = try h.u32()
            at += 16
            guard length <= UInt64(bytes.count - at) else { throw .truncated(section: tag) }
            let payload = Array(bytes[at..<(at + Int(length))])
            guard CRC32.checksum(payload) == crc else { throw .checksumMismatch(section: tag) }
            sections.append((tag, payload))
            at += Int(length)
        }
    }

    /// An empty file to add sections to.
    init() {}

    /// Reads and verifies the file at `url`.
    static func read(_ url: URL) throws(ModelError) -> ModelFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .io(path: url.path, reason: "cannot read: \(error.localizedDescription)") }
        return try ModelFile(decoding: [UInt8](data))
    }

    /// Writes the file to `url`.
    func write(_ url: URL) throws(ModelError) {
        do { try Data(encoded()).write(to: url, options: .atomic) } catch {
            throw .io(path: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
