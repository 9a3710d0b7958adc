/// Reads the fields of an RFC 3339 timestamp from UTF-8 bytes, left to right.
struct TimestampReader {
    private let text: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position == text.count }

    /// Reads exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard position + digits <= text.count else { return nil }
        var value = 0
        for offset in position..<(position + digits) {
            let digit = text[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        position += digits
        return value
    }

    /// Reads `byte` (or `alternative`) if it is next.
    mutating func skip(_ byte: UInt8, or alternative: UInt8? = nil) -> Bool {
        guard position < text.count, text[position] == byte || text[position] == alternative else { return false }
        position += 1
        return true
    }

    /// Reads one or more fraction digits after the `.`, as whole milliseconds (truncated).
    mutating func fractionMillis() -> Int64? {
        var millis: Int64 = 0
        var count = 0
        while position < text.count {
            let digit = text[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            if count < 3 { millis = millis * 10 + Int64(digit) }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 3) { millis *= 10 }
        return millis
    }

    /// Reads the offset: `Z`/`z` (0) or `±hh:mm`, as minutes east of UTC.
    mutating func offsetMinutes() -> Int? {
        if skip(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) { return 0 }
        guard position < text.count else { return nil }
        let sign: Int
        switch text[position] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        position += 1
        guard let hours = number(digits: 2), skip(UInt8(ascii: ":")), let minutes = number(digits: 2),
              hours <= 23, minutes <= 59
        else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
