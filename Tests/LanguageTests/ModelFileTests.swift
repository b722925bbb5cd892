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
}
