/// The exact value of a JSON number literal in a canonical form: significant digits and a
/// power of ten, so equal values have equal forms.
struct DecimalValue: Hashable {
    /// True for values below zero (zero is never negative).
    var negative: Bool
    /// Significant decimal digits (0-9) without leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// The value is `digits × 10^exponent`.
    var exponent: Int

    /// Exponents are clamped to this magnitude; literals beyond it are far outside any range used.
    private static let exponentLimit = 1_000_000_000

    /// The canonical form of a literal that is valid JSON number syntax.
    init(literal text: String) {
        var negative = false
        var digits: [UInt8] = []
        var fractionDigits = 0
        var exponent = 0
        var exponentNegative = false
        var part = 0  // 0: integer part, 1: fraction, 2: exponent
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"):
                if part == 2 { exponentNegative = true } else { negative = true }
            case UInt8(ascii: "."):
                part = 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                part = 2
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = byte - UInt8(ascii: "0")
                if part == 2 {
                    exponent = min(exponent * 10 + Int(digit), Self.exponentLimit)
                } else {
                    digits.append(digit)
                    if part == 1 { fractionDigits += 1 }
                }
            default:
                break
            }
        }
        var power = (exponentNegative ? -exponent : exponent) - fractionDigits
        let firstSignificant = digits.firstIndex { $0 != 0 } ?? digits.endIndex
        digits.removeFirst(firstSignificant)
        while let last = digits.last, last == 0 {
            digits.removeLast()
            power += 1
        }
        if digits.isEmpty {
            negative = false
            power = 0
        }
        self.negative = negative
        self.digits = digits
        self.exponent = power
    }
}
