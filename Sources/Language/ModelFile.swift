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

    /// The sections, by tag, in file order. A decoded file's payloads are slices of the
    /// file's bytes (mapped, for a file read from disk), so decoding copies nothing.
    var sections: [(tag: String, payload: Data)] = []

    /// The payload of section `tag`.
    func section(_ tag: String) throws(ModelError) -> BinaryReader {
        guard let s = sections.first(where: { $0.tag == tag }) else { throw .missingSection(tag) }
        return BinaryReader(s.payload, section: tag)
    }

    /// Adds a section at the end.
    mutating func append(_ tag: String, _ payload: [UInt8]) {
        sections.append((tag, Data(payload)))
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
            w.raw([UInt8](s.payload))
        }
        return w.bytes
    }

    /// Decodes and verifies a file's bytes. Errors are those of the first damaged part in
    /// file order: a checksum mismatch before a truncation that follows it.
    init(decoding bytes: [UInt8]) throws(ModelError) {
        try self.init(decoding: Data(bytes))
    }

    /// Decodes and verifies a file's bytes, which the sections' payloads then share; errors
    /// as for `init(decoding:)` with an array.
    init(decoding data: Data) throws(ModelError) {
        // Offsets below count from the start of `bytes`, whatever `data`'s indices are.
        let bytes = data.startIndex == 0 ? data : Data(data)
        guard bytes.count >= 16, bytes[0..<8].elementsEqual(Self.magic) else { throw .notAModelFile }
        var r = BinaryReader(bytes[8..<16], section: "header")
        let version = try r.u32()
        guard version == Self.version else { throw .unsupportedVersion(found: version, supported: Self.version) }
        let count = try r.u32()
        var at = 16
        var found: [(tag: String, payload: Data, crc: UInt32)] = []
        var truncation: ModelError?
        for _ in 0..<count {
            guard bytes.count - at >= 16 else {
                truncation = .truncated(section: "header")
                break
            }
            let tag = String(decoding: bytes[at..<(at + 4)], as: UTF8.self)
            var h = BinaryReader(bytes[(at + 4)..<(at + 16)], section: tag)
            let length = try h.u64(), crc = try h.u32()
            at += 16
            guard length <= UInt64(bytes.count - at) else {
                truncation = .truncated(section: tag)
                break
            }
            found.append((tag, bytes[at..<(at + Int(length))], crc))
            at += Int(length)
        }
        let valid = Self.checksumsMatch(found)
        if let bad = found.indices.first(where: { !valid[$0] }) { throw .checksumMismatch(section: found[bad].tag) }
        if let truncation { throw truncation }
        sections = found.map { ($0.tag, $0.payload) }
    }

    /// Whether each section's payload has its checksum, computed on two cores: the sections
    /// are dealt, largest first, to the side with fewer bytes so far.
    private static func checksumsMatch(_ found: [(tag: String, payload: Data, crc: UInt32)]) -> [Bool] {
        var sides: [[Int]] = [[], []], bytes = [0, 0]
        for i in found.indices.sorted(by: { found[$0].payload.count > found[$1].payload.count }) {
            let side = bytes[0] <= bytes[1] ? 0 : 1
            sides[side].append(i)
            bytes[side] += found[i].payload.count
        }
        let check: @Sendable ([Int]) -> [Int] = { $0.filter { CRC32.checksum(found[$0].payload) != found[$0].crc } }
        let (first, second) = (sides[0], sides[1])
        let (a, b) = Parallel.both({ check(first) }, { check(second) })
        var valid = [Bool](repeating: true, count: found.count)
        for i in a + b { valid[i] = false }
        return valid
    }

    /// An empty file to add sections to.
    init() {}

    /// Reads and verifies the file at `url`.
    static func read(_ url: URL) throws(ModelError) -> ModelFile {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw .io(path: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        return try ModelFile(decoding: data)
    }

    /// Writes the file to `url`.
    func write(_ url: URL) throws(ModelError) {
        do { try Data(encoded()).write(to: url, options: .atomic) } catch {
            throw .io(path: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}
