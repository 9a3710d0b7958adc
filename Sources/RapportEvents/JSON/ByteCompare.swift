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
        return equal(left, right, count: a.count)
    }

    /// Whether `count` bytes at `left` and at `right` are the same.
    @inline(__always)
    static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            let x = UnsafeRawPointer(left + offset).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(right + offset).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            offset += 8
        }
        while offset < count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The offset of the first byte at or after `start` that is not plain string ASCII (`"`,
    /// `\`, a control character or a non-ASCII byte), or `end`.
    @inline(__always)
    static func plainRunEnd(_ base: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        var cursor = start
        while cursor + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
            let special = specialStringBytes(word)
            if special != 0 { return cursor + special.trailingZeroBitCount >> 3 }
            cursor += 8
        }
        while cursor < end {
            let byte = base[cursor]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return cursor }
            cursor += 1
        }
        return end
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
