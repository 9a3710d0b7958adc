/// A JSON number, kept as its literal text so no digit is lost in transit.
///
/// Two numbers are equal when their exact decimal values are equal (`4`, `4.0` and `40e-1`
/// are equal; `-0` equals `0`).
public struct JSONNumber: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The literal JSON text, e.g. `-12`, `4.50`, `1e3`.
    public let text: String
    /// The exact value as an `Int64`: present only when the number is integral (`4`, `4.0`,
    /// `1e3`) and in `Int64`'s range.
    public let int: Int64?

    /// A number from its JSON literal text; `nil` unless `text` is exactly one JSON number
    /// (no whitespace, no leading `+`, no leading zeros, no `NaN` or `Infinity`).
    public init?(text: String) {
        guard case .number(let number)? = try? JSONValue.parse(Array(text.utf8)),
              number.text == text
        else { return nil }
        self = number
    }

    /// A number from an integer.
    public init(_ value: Int64) {
        self.text = String(value)
        self.int = value
    }

    /// A number from an integer.
    public init(_ value: Int) {
        self.init(Int64(value))
    }

    /// A number from a `Double`; `nil` for NaN and infinities, which JSON cannot express.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // Integral doubles within 2^53 are written as integers (no libm: truncate and compare).
        if value.magnitude < 9_007_199_254_740_992, Double(Int64(value)) == value {
            self.init(Int64(value))
        } else {
            self.init(text: String(value))
        }
    }

    /// A number whose literal the parser has already checked.
    init(validatedText text: String, int: Int64?) {
        self.text = text
        self.int = int
    }

    /// The nearest `Double`, or `nil` when the value is beyond `Double`'s range.
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The literal text.
    public var description: String { text }

    /// Equal when the exact decimal values are equal.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || DecimalValue(literal: lhs.text) == DecimalValue(literal: rhs.text)
    }

    /// Hashes the exact decimal value, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(DecimalValue(literal: text))
    }
}
