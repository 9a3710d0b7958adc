/// A JSON-like value read from the configuration: plugin `settings` are kept this way for the
/// plugin to validate, and ``ConfigEntry`` uses it to show effective values.
///
/// Plain YAML scalars are typed as YAML reads them (`true`, `3`, `2.5`, `~`); quoted ones are
/// strings. Mapping keys are strings.
public indirect enum ConfigValue: Sendable, Equatable, Encodable, CustomStringConvertible {
    /// `~`, `null` or nothing.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction or exponent.
    case double(Double)
    /// Any other scalar, or a quoted one.
    case string(String)
    /// A YAML sequence.
    case array([ConfigValue])
    /// A YAML mapping.
    case object([String: ConfigValue])

    /// Encodes as the JSON value it stands for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case let .bool(value): try container.encode(value)
        case let .int(value): try container.encode(value)
        case let .double(value): try container.encode(value)
        case let .string(value): try container.encode(value)
        case let .array(values): try container.encode(values)
        case let .object(fields): try container.encode(fields)
        }
    }

    /// Compact text in YAML flow style, keys sorted: `none`, `30s`, `[09:00-17:30]`, `{a: 1}`.
    public var description: String {
        switch self {
        case .null: "none"
        case let .bool(value): "\(value)"
        case let .int(value): "\(value)"
        case let .double(value): "\(value)"
        case let .string(value): value
        case let .array(values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case let .object(fields):
            "{" + fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}
