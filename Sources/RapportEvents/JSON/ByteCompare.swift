/// Word-at-a-time byte comparison and scanning helpers for the parser's hot loops.
enum ByteCompare {
    /// Every byte 0x01.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// Every byte 0x80.
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether two buffers hold the same bytes.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.count == 0 }
        var offset = 0
        while offset + 8 <= a.count {
            let x = UnsafeRawPointer(left + offset).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(right + offset).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            offset += 8
        }
        while offset < a.count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }

    /// For eight string bytes (little-endian): a mask whose lowest set high bit marks the first
    /// byte that needs a closer look (`"`, `\`, a control character or a non-ASCII byte); zero
    /// when all eight are plain ASCII.
    @inline(__always)
    static func specialStringBytes(_ word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- ones &* 0x20) & ~word
        return (hasQuote | hasBackslash | hasControl | word) & highs
    }
}
