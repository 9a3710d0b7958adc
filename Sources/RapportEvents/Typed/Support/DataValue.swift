/// A typed value written into an event's `data` as one JSON value.
protocol DataValue {
    /// The value as JSON, as the catalogue wants it.
    var jsonValue: JSONValue { get }
}

extension String: DataValue {
    var jsonValue: JSONValue { .string(self) }
}

extension Bool: DataValue {
    var jsonValue: JSONValue { .bool(self) }
}

extension Int: DataValue {
    var jsonValue: JSONValue { .number(JSONNumber(self)) }
}

extension Array: DataValue where Element: DataValue {
    var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension JSONValue: DataValue {
    var jsonValue: JSONValue { self }
}

extension DataValue where Self: RawRepresentable, RawValue == String {
    /// A closed set is written as its catalogue spelling.
    var jsonValue: JSONValue { .string(rawValue) }
}
