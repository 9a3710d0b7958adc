/// What a `data` field must hold.
enum FieldKind: Sendable {
    /// Any string (free text).
    case string
    /// A non-empty string: an identifier.
    case identifier
    /// `true` or `false`.
    case boolean
    /// One of a fixed set of strings.
    case oneOf([StaticString])
    /// An exact integer in `minimum...maximum` (no maximum when `nil`).
    case integer(minimum: Int64, maximum: Int64?)
    /// An RFC 3339 timestamp with an offset.
    case timestamp
    /// An array whose elements are all strings.
    case stringArray
    /// An object whose listed fields follow the shape (other members are allowed).
    case object(DataShape)
    /// Any JSON value.
    case any
    /// An object whose members (any names, any number, none included) all hold `values`.
    indirect case mapOf(values: FieldKind)

    /// What the field must be, as written in messages: "a non-empty string", "an integer 0-10".
    var expectation: String {
        switch self {
        case .string: return "a string"
        case .identifier: return "a non-empty string"
        case .boolean: return "a boolean"
        case .oneOf(let values): return "one of " + values.map { "\($0)" }.joined(separator: "|")
        case .integer(let minimum, let maximum?): return "an integer \(minimum)-\(maximum)"
        case .integer(let minimum, nil): return "an integer >= \(minimum)"
        case .timestamp: return "RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00)"
        case .stringArray: return "an array of strings"
        case .object: return "an object"
        case .any: return "a JSON value"
        case .mapOf(let values): return "an object whose values are each \(values.expectation)"
        }
    }
}
