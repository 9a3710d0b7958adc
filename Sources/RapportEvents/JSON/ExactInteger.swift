/// What a JSON number literal is as an integer, decided exactly from its decimal digits,
/// fraction and exponent (never through `Double`): `1`, `1.0`, `10e-1` and
/// `100000000000000000000e-20` are all the integer 1; `1.5` and `1e-400` are not integers;
/// `1e400` is an integer beyond `Int64`.
enum ExactInteger: Equatable {
    /// An integer in `Int64`'s range.
    case integer(Int64)
    /// An integer beyond `Int64`'s range, above it or (when `negative`) below it.
    case outOfRange(negative: Bool)
    /// Not an integer: the value has a non-zero fractional part.
    case fraction

    /// Exponents are clamped to this magnitude; digit counts stay far below it (inputs are
    /// under 2 GiB), so clamping never changes the answer.
    private static let exponentLimit = 1 << 40

    /// The integer value of `literal`, a valid JSON number (the parser checked its grammar).
    ///
    /// Plain integers (`-12`, `9`) take one pass with no allocation; other spellings take a
    /// second pass over the same bytes, also without allocating.
    init(literal: UnsafeBufferPointer<UInt8>) {
        let negative = literal.first == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        var index = negative ? 1 : 0
        while index < literal.count {
            let digit = literal[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { break }
            magnitude = sum
            index += 1
        }
        if index == literal.count {
            self = Self.signed(magnitude, negative: negative)
        } else {
            self = Self.decimal(literal, negative: negative)
        }
    }

    /// `magnitude` with its sign, when it fits in `Int64`.
    private static func signed(_ magnitude: UInt64, negative: Bool) -> ExactInteger {
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return .outOfRange(negative: true) }
            return .integer(Int64(truncatingIfNeeded: 0 &- magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { return .outOfRange(negative: false) }
        return .integer(Int64(magnitude))
    }

    /// The general case: the value is `significand × 10^power`, where the significand runs from
    /// the first to the last non-zero digit of the integer and fraction parts together.
    private static func decimal(_ literal: UnsafeBufferPointer<UInt8>, negative: Bool) -> ExactInteger {
        var significand: UInt64 = 0
        var significantDigits = 0  // from the first non-zero digit to the last non-zero digit
        var trailingZeros = 0      // zeros after the last non-zero digit so far
        var fractionDigits = 0
        var index = negative ? 1 : 0
        var inFraction = false
        scan: while index < literal.count {
            let byte = literal[index]
            switch byte {
            case UInt8(ascii: "."):
                inFraction = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                break scan
            default:
                if inFraction { fractionDigits += 1 }
                let digit = byte &- UInt8(ascii: "0")
                if digit == 0 {
                    if significantDigits > 0 { trailingZeros += 1 }
                } else {
                    // Past 19 digits the value is out of range unless the exponent cuts it
                    // back, which then leaves a fraction: only the digit count matters.
                    if significantDigits + trailingZeros < 19 {
                        for _ in 0..<trailingZeros { significand &*= 10 }
                        significand = significand &* 10 &+ UInt64(digit)
                    }
                    significantDigits += trailingZeros + 1
                    trailingZeros = 0
                }
            }
            index += 1
        }
        guard significantDigits > 0 else { return .integer(0) }
        let power = exponent(literal, from: index) - fractionDigits + trailingZeros
        // The last significant digit is not zero, so a negative power leaves a fraction.
        guard power >= 0 else { return .fraction }
        // 19 digits or fewer fit in UInt64; 20 or more are at least 10^19, beyond Int64.
        guard significantDigits + power <= 19 else { return .outOfRange(negative: negative) }
        var magnitude = significand
        for _ in 0..<power { magnitude &*= 10 }
        return signed(magnitude, negative: negative)
    }

    /// The exponent after the marker at `index` (0 when there is none), clamped to
    /// ±``exponentLimit``.
    private static func exponent(_ literal: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard index < literal.count else { return 0 }
        var cursor = index + 1
        var negative = false
        if literal[cursor] == UInt8(ascii: "-") || literal[cursor] == UInt8(ascii: "+") {
            negative = literal[cursor] == UInt8(ascii: "-")
            cursor += 1
        }
        var value = 0
        while cursor < literal.count {
            value = min(value * 10 + Int(literal[cursor] &- UInt8(ascii: "0")), exponentLimit)
            cursor += 1
        }
        return negative ? -value : value
    }
}
