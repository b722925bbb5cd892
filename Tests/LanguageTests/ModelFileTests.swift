import Foundation
import Testing
@testable import Language

@Suite struct ModelFileTests {
    static func sample() -> [UInt8] {
        var f = ModelFile()
        var w = BinaryWriter()
        w.strings(["a", "bc"])
        w.array([UInt64(7), 9])
        f.append("ABCD", w.bytes)
        f.append("EFGH", [1, 2, 3])
        return f.encoded()
    }

    @Test func roundTrips() throws {
        let f = try ModelFile(decoding: Self.sample())
        var r = try f.section("ABCD")
        #expect(try r.strings() == ["a", "bc"])
        #expect(try r.array(of: UInt64.self) == [7, 9])
        #expect(r.isAtEnd)
        #expect(throws: ModelError.missingSection("ZZZZ")) { try f.section("ZZZZ") }
    }

    @Test func damageIsFoundAndNamed() {
        var bytes = Self.sample()
        bytes[bytes.count - 1] ^= 0xFF
        #expect(throws: ModelError.checksumMismatch(section: "EFGH")) { try ModelFile(decoding: bytes) }
        #expect(throws: ModelError.truncated(section: "EFGH")) { try ModelFile(decoding: Array(Self.sample().dropLast())) }
        #expect(throws: ModelError.notAModelFile) { try ModelFile(decoding: Array("hello world, not a model".utf8)) }
        var version = Self.sample()
        version[8] = 99
        #expect(throws: ModelError.unsupportedVersion(found: 99, supported: 1)) { try ModelFile(decoding: version) }
        #expect(throws: ModelError.notAModelFile) { try ModelFile(decoding: []) }
    }

    @Test func readerChecksLengthsBeforeAllocating() {
        var w = BinaryWriter()
        w.u64(UInt64.max)
        var r = BinaryReader(w.bytes, section: "X")
        #expect(throws: ModelError.truncated(section: "X")) { try r.array(of: UInt32.self) }
    }

    @Test func crcMatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    /// Three sections of different sizes, so that checksums are computed on both cores.
    static func threeSections() -> [UInt8] {
        var f = ModelFile()
        f.append("AAAA", (0..<5000).map { UInt8($0 % 251) })
        f.append("BBBB", [1, 2, 3])
        f.append("CCCC", (0..<6000).map { UInt8($0 % 241) })
        return f.encoded()
    }

    @Test func theFirstDamageInFileOrderIsReported() {
        let bytes = Self.threeSections()
        let a = 16 + 16, b = a + 5000 + 16, c = b + 3 + 16
        var damaged = bytes
        damaged[b] ^= 1
        damaged[c + 10] ^= 1
        #expect(throws: ModelError.checksumMismatch(section: "BBBB")) { try ModelFile(decoding: damaged) }
        damaged[a + 4999] ^= 1
        #expect(throws: ModelError.checksumMismatch(section: "AAAA")) { try ModelFile(decoding: damaged) }
        var truncated = bytes
        truncated[a] ^= 1
        truncated.removeLast()
        #expect(throws: ModelError.checksumMismatch(section: "AAAA")) { try ModelFile(decoding: truncated) }
        #expect(throws: ModelError.truncated(section: "CCCC")) { try ModelFile(decoding: Array(bytes.dropLast())) }
        #expect(throws: ModelError.truncated(section: "header")) { try ModelFile(decoding: Array(bytes[..<(c - 8)])) }
    }

    @Test func sectionsAreReadFromASliceOfTheFile() throws {
        let padded = Data([9, 9, 9] + Self.threeSections())
        let f = try ModelFile(decoding: padded[3...])
        #expect(f.sections.map(\.tag) == ["AAAA", "BBBB", "CCCC"])
        var r = try f.section("BBBB")
        #expect(try [r.u8(), r.u8(), r.u8()] == [1, 2, 3])
        #expect(r.isAtEnd)
        #expect(f.encoded() == Self.threeSections())
    }

    @Test func stringsCheckEveryLength() throws {
        var w = BinaryWriter()
        w.strings(["ab", "cde"])
        var r = BinaryReader(w.bytes, section: "S")
        #expect(try r.strings() == ["ab", "cde"])
        #expect(r.isAtEnd)
        for cut in 1..<w.bytes.count {
            var short = BinaryReader(Array(w.bytes.prefix(cut)), section: "S")
            #expect(throws: ModelError.truncated(section: "S")) { try short.strings() }
        }
    }

    @Test func scaledIntegersAreReadAsFloats() throws {
        var w = BinaryWriter()
        w.array([Int16(-3), 0, 32767, Int16.min])
        var r = BinaryReader(Data([0] + w.bytes)[1...], section: "W")
        #expect(try r.array(of: Int16.self, scaledBy: 0.5) == [-1.5, 0, 16383.5, -16384])
        var short = BinaryReader(Array(w.bytes.dropLast()), section: "W")
        #expect(throws: ModelError.truncated(section: "W")) { try short.array(of: Int16.self, scaledBy: 1) }
    }

    /// Slicing-by-16 agrees with the bitwise definition for every length and alignment.
    @Test func crcMatchesABitwiseReference() {
        var rng = SplitMix64(seed: 3)
        let bytes = (0..<100).map { _ in UInt8.random(in: 0...255, using: &rng) }
        func reference(_ b: ArraySlice<UInt8>) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            for x in b {
                c ^= UInt32(x)
                for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            }
            return c ^ 0xFFFF_FFFF
        }
        for start in 0..<9 {
            for end in start...bytes.count {
                #expect(CRC32.checksum(Data(bytes)[start..<end]) == reference(bytes[start..<end]))
            }
        }
    }
}
