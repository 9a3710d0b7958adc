extension JSONValue: Equatable {
    /// Value equality: numbers by exact decimal value, arrays in order, objects member by
    /// member regardless of order (keys are unique in parsed objects).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.number(let a), .number(let b)):
            return a == b
        case (.string(let a), .string(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a == b
        case (.object(let a), .object(let b)):
            return membersEqual(a, b)
        default:
            return false
        }
    }

    /// Compares object members: the same keys with equal values, in any order.
    static func membersEqual(_ a: [(String, JSONValue)], _ b: [(String, JSONValue)]) -> Bool {
        guard a.count == b.count else { return false }
        if a.elementsEqual(b, by: { $0.0 == $1.0 && $0.1 == $1.1 }) { return true }
        let right = JSONValue.object(b)
        for (key, value) in a {
            guard let other = right[key], other == value else { return false }
        }
        let left = JSONValue.object(a)
        for (key, _) in b where left[key] == nil {
            return false
        }
        return true
    }
}
