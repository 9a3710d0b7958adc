#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ids for the events a plugin emits: random (version 4) UUIDs in lower case.
///
/// Hand-written rather than `UUID().uuidString.lowercased()`: on Linux Foundation's `UUID()`
/// opened `/dev/urandom` for every id, 5% of a plugin's time per event in the plugin bench. The
/// random bytes come from the system generator (glibc's `arc4random_buf`, over `getrandom`) 4 KiB
/// at a time, one call per 256 ids: drawing each id's 16 bytes with its own two calls was 3.7% of
/// the plugin loop's samples.
enum EventID {
    private static let pool = Mutex(RandomPool())

    /// A new random id, e.g. `3f2b6c1e-9a4d-4e7f-8b21-0c5d6e7f8a9b`.
    static func make() -> String {
        var (high, low) = pool.withLock { $0.next() }
        high = (high & ~0xF000) | 0x4000                    // version 4
        low = (low & ~(0xC << 60)) | (0x8 << 60)            // variant 10xx
        // Written straight into the string's storage: the two arrays (hex digits, bytes) were
        // allocated and freed for every id.
        return String(unsafeUninitializedCapacity: 36) { bytes in
            let hex: StaticString = "0123456789abcdef"
            var position = 0
            for nibble in 0..<32 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    bytes[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = nibble < 16 ? high : low
                let shift = UInt64(60 - 4 * (nibble % 16))
                bytes[position] = hex.utf8Start[Int((word >> shift) & 0xF)]
                position += 1
            }
            return 36
        }
    }

    /// Random words from the system generator, refilled 512 at a time; each is used once.
    struct RandomPool: ~Copyable {
        private var words = [UInt64](repeating: 0, count: 512)
        private var used = 512

        mutating func next() -> (UInt64, UInt64) {
            if used + 2 > words.count { refill() }
            defer { used += 2 }
            return (words[used], words[used + 1])
        }

        private mutating func refill() {
            #if canImport(Glibc)
            // glibc's arc4random_buf: the kernel's generator (getrandom), one call for the lot.
            words.withUnsafeMutableBytes { arc4random_buf($0.baseAddress!, $0.count) }
            #else
            var generator = SystemRandomNumberGenerator()
            for index in words.indices { words[index] = generator.next() }
            #endif
            used = 0
        }
    }
}
