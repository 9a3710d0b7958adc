/// Ids for the events a plugin emits: random (version 4) UUIDs in lower case.
///
/// Hand-written rather than `UUID().uuidString.lowercased()`: on Linux Foundation's `UUID()`
/// opened `/dev/urandom` for every id, 5% of a plugin's time per event in the plugin bench;
/// this draws 16 bytes from the system generator (`getrandom`) and formats them directly.
enum EventID {
    /// A new random id, e.g. `3f2b6c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b`.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var high = generator.next() as UInt64
        var low = generator.next() as UInt64
        high = (high & ~0xF000) | 0x4000                    // version 4
        low = (low & ~(0xC << 60)) | (0x8 << 60)            // variant 10xx
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        var position = 0
        for nibble in 0..<32 {
            if position == 8 || position == 13 || position == 18 || position == 23 { position += 1 }
            let word = nibble < 16 ? high : low
            let shift = UInt64(60 - 4 * (nibble % 16))
            bytes[position] = hex[Int((word >> shift) & 0xF)]
            position += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
