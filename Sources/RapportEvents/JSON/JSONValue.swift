/// A JSON value; objects keep member order as parsed or built.
///
/// Parse one with ``parse(_:)-(UnsafeRawBufferPointer)``, read it with the subscript and
/// the typed accessors (`stringValue`, `intValue`, ...), write it with ``serialized()``.
/// Equality is by value: numbers compare by their exact decimal value, objects compare
/// member by member regardless of order.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as its literal text.
    case number(JSONNumber)
    /// A string (always valid Unicode).
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object's members in order. Parsed objects never hold a key twice; when a built
    /// object does, lookups and ``serialized()`` use the first member with that key.
    case object([(String, JSONValue)])

    /// The deepest nesting of arrays and objects the parser accepts; deeper input is refused
    /// so hostile input cannot exhaust the stack.
    public static let maxNestingDepth = JSONParser.maxDepth

    /// Parses one JSON text (RFC 8259, strict UTF-8) from bytes.
    ///
    /// Throws ``JSONParseError`` with the byte offset of the first problem: invalid UTF-8,
    /// bad escapes or lone surrogates, control characters in strings, leading zeros, duplicate
    /// object keys, nesting deeper than ``maxNestingDepth``, or anything after the value.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        try JSONParser.parse(bytes).value(0)
    }

    /// Parses one JSON text from a byte array; see ``parse(_:)-(UnsafeRawBufferPointer)``.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) -> JSONValue in try parse(raw) }
        }.get()
    }

    /// The value of the first member named `key` when this is an object, else `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.0 == key {
            return member.1
        }
        return nil
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The boolean, when this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number, when this is a number.
    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The exact integer, when this is a number that is integral and fits in `Int64`
    /// (`4`, `4.0` and `4e0` qualify; `4.5` and `1e30` do not).
    public var intValue: Int64? {
        if case .number(let value) = self { return value.int }
        return nil
    }

    /// The nearest `Double`, when this is a number within `Double`'s range.
    public var doubleValue: Double? {
        if case .number(let value) = self { return value.double }
        return nil
    }

    /// The members in order, when this is an object.
    public var objectValue: [(String, JSONValue)]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type's name as used in messages: `null`, `boolean`, `number`, `string`,
    /// `array` or `object`.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
