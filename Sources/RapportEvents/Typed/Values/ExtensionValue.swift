/// The value of a CloudEvents extension attribute: a string, number or boolean (CloudEvents
/// has no object, array or null attribute values, so those cannot be held).
public enum ExtensionValue: Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number, kept as its JSON literal.
    case number(JSONNumber)
    /// `true` or `false`.
    case bool(Bool)

    /// The value as JSON.
    public var json: JSONValue {
        switch self {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        }
    }

    /// The extension value a JSON value is, when it is a string, number or boolean.
    public init?(_ json: JSONValue) {
        switch json {
        case .string(let text): self = .string(text)
        case .number(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        case .null, .array, .object: return nil
        }
    }
}
