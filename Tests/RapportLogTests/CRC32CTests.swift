import RapportLog
import Testing

@Suite("CRC32C")
struct CRC32CTests {
    @Test("the check value of \"123456789\" is 0xE3069283")
    func checkValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    /// RFC 3720 (iSCSI) test patterns, plus a few more computed bit by bit.
    static let vectors: [([UInt8], UInt32)] = [
        ([], 0),
        ([UInt8](repeating: 0, count: 32), 0x8A91_36AA),
        ([UInt8](repeating: 0xFF, count: 32), 0x62A8_AB43),
        (Array(0...31), 0x46DD_794E),
        (Array((0...31).reversed()), 0x113F_DB5C),
        (Array("a".utf8), 0xC1D0_4330),
        (Array("The quick brown fox jumps over the lazy dog".utf8), 0x2262_0404),
    ]

    @Test("known vectors", arguments: vectors)
    func knownVectors(bytes: [UInt8], crc: UInt32) {
        #expect(CRC32C.checksum(bytes) == crc)
        #expect(bytes.withUnsafeBytes { CRC32C.checksum($0) } == crc)
        #expect(bytes.withUnsafeBytes { CRC32C.portableChecksum($0) } == crc)
    }

    /// Every length and start alignment, so each tail length of the 8-byte loops (instruction
    /// and tables) is covered.
    @Test("the instruction and slicing-by-8 agree with the bitwise definition")
    func agreesWithBitwise() {
        let data = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 167 &+ 13) }
        for start in 0..<9 {
            for length in 0..<(data.count - start) where length < 40 || length % 17 == 0 {
                let slice = Array(data[start..<(start + length)])
                let fast = data.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[start..<(start + length)])) }
                let portable = data.withUnsafeBytes { CRC32C.portableChecksum(UnsafeRawBufferPointer(rebasing: $0[start..<(start + length)])) }
                #expect(fast == bitwiseCRC32C(slice), "start \(start) length \(length)")
                #expect(portable == bitwiseCRC32C(slice), "tables: start \(start) length \(length)")
            }
        }
    }

    private func bitwiseCRC32C(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

@Suite("IdentityHash")
struct IdentityHashTests {
    /// Values computed outside Swift from the documented definition (FNV-1a 64 over
    /// source, a zero byte and id, then the avalanche). They are stored in logs: they must not change.
    @Test("stable values", arguments: [
        ("", "", UInt64(0x9091_D607_2657_4AE6)),
        ("crm/web", "evt-1", 0xDDEF_2672_16B5_61D3),
        ("a", "bc", 0x6C48_A2FF_6B48_8D05),
        ("ab", "c", 0xB36C_8AE9_4B2A_EB1A),
    ])
    func stableValues(source: String, id: String, hash: UInt64) {
        #expect(IdentityHash.of(source: source, id: id) == hash)
    }

    @Test("the separator keeps source and id apart")
    func separator() {
        #expect(IdentityHash.of(source: "a", id: "bc") != IdentityHash.of(source: "ab", id: "c"))
    }
}
