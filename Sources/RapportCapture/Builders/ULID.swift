/// A ULID: 48 bits of milliseconds since the Unix epoch, then 80 random bits, written as 26
/// characters of Crockford base32 (`01JD5Z7Q4R8W2M6N0P3T9V1XKC`); ids sort by time as text.
///
/// Written here rather than taken from a package: no Swift package installed for this project
/// provides ULIDs (the machine's list of Swift packages has none for "ulid" or "crockford";
/// only Go, .NET and npm ones exist), and the format is 30 lines. Make them with ``ULIDGenerator``, which keeps ids made
/// within one millisecond in increasing order.
public struct ULID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Crockford's base32 alphabet: digits and capitals without I, L, O and U.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// Milliseconds since 1970-01-01T00:00:00Z (48 bits).
    public let milliseconds: UInt64
    /// The high 16 of the 80 random bits.
    let randomHigh: UInt16
    /// The low 64 of the 80 random bits.
    let randomLow: UInt64

    /// A ULID from its parts; `milliseconds` is cut to 48 bits.
    init(milliseconds: UInt64, randomHigh: UInt16, randomLow: UInt64) {
        self.milliseconds = milliseconds & 0xFFFF_FFFF_FFFF
        self.randomHigh = randomHigh
        self.randomLow = randomLow
    }

    /// The 26-character text, e.g. `01JD5Z7Q4R8W2M6N0P3T9V1XKC`.
    public var description: String {
        // 128 bits = 2 bits of padding + 48 + 80, read 5 bits at a time from the top.
        let high = (milliseconds << 16) | UInt64(randomHigh)  // the top 64 bits
        let low = randomLow
        var characters = [UInt8](repeating: 0, count: 26)
        for index in 0..<26 {
            let shift = 125 - index * 5  // bit position (of 130) of this character's lowest bit
            let value: UInt64
            if shift >= 64 {
                value = high >> UInt64(shift - 64)
            } else if shift > 59 {
                value = (high << UInt64(64 - shift)) | (low >> UInt64(shift))
            } else {
                value = low >> UInt64(shift)
            }
            characters[index] = Self.alphabet[Int(value & 0x1F)]
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// Orders by time, then by the random part (as the text sorts).
    public static func < (a: ULID, b: ULID) -> Bool {
        (a.milliseconds, a.randomHigh, a.randomLow) < (b.milliseconds, b.randomHigh, b.randomLow)
    }

    /// The next ULID in the same millisecond (the random part plus one), or `nil` when the
    /// random part is all ones.
    var successor: ULID? {
        let (low, carry) = randomLow.addingReportingOverflow(1)
        if !carry { return ULID(milliseconds: milliseconds, randomHigh: randomHigh, randomLow: low) }
        guard randomHigh < .max else { return nil }
        return ULID(milliseconds: milliseconds, randomHigh: randomHigh + 1, randomLow: 0)
    }
}
