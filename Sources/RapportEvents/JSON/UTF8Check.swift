/// Well-formed UTF-8 per the Unicode standard (Table 3-7): no overlong forms, no surrogates,
/// nothing above U+10FFFF.
enum UTF8Check {
    /// The length of the well-formed sequence starting at `index` (whose lead byte is >= 0x80),
    /// or, when it is not well-formed, the negated count of bytes up to and including the first
    /// offending one (so the caller can name them).
    static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let lead = base[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return -1
        }
        for offset in 1..<length {
            guard index + offset < end else { return -offset }
            let byte = base[index + offset]
            let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= min, byte <= max else { return -(offset + 1) }
        }
        return length
    }

    /// The message for a sequence `sequenceLength` refused, naming its bytes.
    static func message(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int, badLength: Int) -> String {
        let shown = (0..<badLength).map { Hex.byte(base[index + $0]) }.joined(separator: " ")
        let truncated = index + badLength >= end && badLength > 0 && sequenceIsPrefix(base, index, end)
        if truncated {
            return "invalid UTF-8: sequence \(shown) is cut off by the end of input"
        }
        return "invalid UTF-8: \(badLength == 1 ? "byte" : "bytes") \(shown) \(badLength == 1 ? "cannot start" : "do not form") a character"
    }

    /// Whether the bytes from `index` to the end are a well-formed start of a sequence that
    /// the end of input cut short.
    private static func sequenceIsPrefix(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let available = end - index
        guard available < expectedLength(base[index]) else { return false }
        var padded = [UInt8](repeating: 0x80, count: 4)
        for offset in 0..<available { padded[offset] = base[index + offset] }
        // Completing the sequence with a continuation byte shows whether the prefix was fine.
        return padded.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return false }
            return sequenceLength(start, 0, 4) > 0 || sequenceLength(start, 0, 4) < -available
        }
    }

    /// The length a lead byte announces (0 for bytes that cannot lead).
    private static func expectedLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }
}
