extension JSONTape {
    /// The value at `index` as a ``JSONValue`` (strings decoded, containers built).
    func value(_ index: Int) -> JSONValue {
        let token = tokens[index]
        switch token.kind {
        case .null:
            return .null
        case .falseValue:
            return .bool(false)
        case .trueValue:
            return .bool(true)
        case .number:
            return .number(JSONNumber(validatedText: String(decoding: rawBytes(index), as: UTF8.self), int: integer(index)))
        case .string, .escapedString:
            return .string(string(index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(Int(token.length))
            for element in self.elements(index) {
                elements.append(value(element))
            }
            return .array(elements)
        case .object:
            var members: [(String, JSONValue)] = []
            members.reserveCapacity(Int(token.length))
            for (key, value) in self.members(index) {
                members.append((string(key), self.value(value)))
            }
            return .object(members)
        }
    }
}
