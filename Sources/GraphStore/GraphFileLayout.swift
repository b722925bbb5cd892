#if _endian(big)
#error("The graph file format is little-endian and is read and written with bulk copies; port BinaryWriter/BinaryReader first.")
#endif

/// The fixed parts of the binary graph file format v1 (see docs/FORMAT.md).
enum GraphFileLayout {
    /// The first eight bytes of every graph file: `0x89 K G R A P H \n`.
    static let magic: [UInt8] = [0x89, 0x4B, 0x47, 0x52, 0x41, 0x50, 0x48, 0x0A]
    /// The format version this code writes and the newest it reads.
    static let version: UInt32 = 1
    /// Bytes before the section table: magic, version, section count, file length, header checksum.
    static let headerSize = 32
    /// Bytes of one section table entry: kind, reserved, offset, length, checksum.
    static let entrySize = 32
    /// The most sections a file may declare.
    static let maximumSections = 16

    /// The kinds of section, by their stored number.
    enum Section: UInt32, CaseIterable {
        /// The term dictionary: kinds, entity types, texts, aliases.
        case terms = 1
        /// The triples in SPO order and the POS and OSP orders as positions into it.
        case triples = 2
        /// The documents and their sentences.
        case documents = 3
        /// The sources of facts.
        case sources = 4

        /// The name used in error messages.
        var name: String {
            switch self {
            case .terms: "terms section"
            case .triples: "triples section"
            case .documents: "documents section"
            case .sources: "sources section"
            }
        }
    }
}
