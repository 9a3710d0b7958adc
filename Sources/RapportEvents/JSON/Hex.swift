/// Hexadecimal digits for escapes and messages.
enum Hex {
    /// The upper-case hex digit for a value 0-15.
    static func digit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// The value of a hex digit byte, or nil.
    static func value(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// A byte written as `0xC3`.
    static func byte(_ value: UInt8) -> String {
        String(decoding: [UInt8(ascii: "0"), UInt8(ascii: "x"), digit(value >> 4), digit(value & 0x0F)], as: UTF8.self)
    }

    /// A scalar value written as four or more upper-case hex digits, e.g. `D83D`.
    static func scalar(_ value: UInt32) -> String {
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(digit(UInt8(rest & 0x0F)))
            rest >>= 4
        } while rest > 0
        while digits.count < 4 { digits.append(UInt8(ascii: "0")) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }
}
