/// Checks an event's `data` against its catalogue row, reading the tape.
enum DataValidator {
    /// Refuses `data` that breaks the row's rules, with a message naming the field by its
    /// dotted path (`data.customer.id`), what was expected and what was found.
    static func check(_ tape: JSONTape, data: Int, against entry: CatalogueEntry) throws(EventValidationError) {
        guard tape.kind(data) == .object else {
            throw error("data must be an object for type '\(entry.type)', got \(tape.typeName(data))")
        }
        try check(tape, object: data, shape: entry.shape, path: "data")
    }

    private static func check(
        _ tape: JSONTape, object: Int, shape: DataShape, path: String
    ) throws(EventValidationError) {
        for field in shape.fields {
            if let value = tape.member(object, named: field.name) {
                try check(tape, value, kind: field.kind, path: path, name: field.name)
            } else if field.isRequired {
                throw error("missing required field '\(path).\(field.name)' (\(field.kind.expectation))")
            }
        }
        for rule in shape.rules {
            switch rule {
            case .anyOf(let names, let message):
                guard names.contains(where: { tape.member(object, named: $0) != nil }) else { throw error(message) }
            case .absent(let name, let other, let value, let reason):
                if let otherValue = tape.member(object, named: other), tape.stringEquals(otherValue, value),
                   tape.member(object, named: name) != nil {
                    throw error("\(path).\(name) must be absent when \(path).\(other) is \"\(value)\" (\(reason))")
                }
            }
        }
    }

    /// Checks one field; `path` is its parent's and only joined with `name` for a message.
    private static func check(
        _ tape: JSONTape, _ value: Int, kind: FieldKind, path: String, name: StaticString
    ) throws(EventValidationError) {
        let wrongType = { () -> EventValidationError in
            error("\(path).\(name) must be \(kind.expectation), got \(tape.typeName(value))")
        }
        let wrongValue = { () -> EventValidationError in
            error("\(path).\(name) must be \(kind.expectation), got \(Found.value(tape, value))")
        }
        switch kind {
        case .string:
            guard tape.isString(value) else { throw wrongType() }
        case .identifier:
            guard tape.isString(value) else { throw wrongType() }
            guard tape.isNonEmptyString(value) else { throw wrongValue() }
        case .boolean:
            guard tape.kind(value) == .trueValue || tape.kind(value) == .falseValue else { throw wrongType() }
        case .oneOf(let allowed):
            guard tape.isString(value) else { throw wrongType() }
            guard allowed.contains(where: { tape.stringEquals(value, $0) }) else { throw wrongValue() }
        case .integer(let minimum, let maximum):
            guard tape.kind(value) == .number else { throw wrongType() }
            guard let int = tape.integer(value), int >= minimum, int <= maximum ?? Int64.max else { throw wrongValue() }
        case .timestamp:
            guard tape.isString(value) else { throw wrongType() }
            let valid = tape.kind(value) == .string
                ? RFC3339.parseMillis(utf8: tape.rawBytes(value)) != nil
                : RFC3339.parseMillis(tape.string(value)) != nil
            guard valid else { throw wrongValue() }
        case .stringArray:
            guard tape.kind(value) == .array else { throw wrongType() }
            for (index, element) in tape.elements(value).enumerated() where !tape.isString(element) {
                throw error("\(path).\(name)[\(index)] must be a string, got \(tape.typeName(element))")
            }
        case .object(let shape):
            guard tape.kind(value) == .object else { throw wrongType() }
            try check(tape, object: value, shape: shape, path: "\(path).\(name)")
        case .any:
            return
        }
    }

    private static func error(_ message: String) -> EventValidationError {
        EventValidationError(code: .invalidData, message: message)
    }
}
