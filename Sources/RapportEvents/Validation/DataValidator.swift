/// Checks an event's `data` against its catalogue row, reading the tape.
enum DataValidator {
    /// Refuses `data` that breaks the row's rules, with a message naming the field by its
    /// dotted path (`data.customer.id`), what was expected and what was found.
    static func check(_ tape: JSONTape, data: Int, against entry: CatalogueEntry) throws(EventValidationError) {
        guard tape.kind(data) == .object else {
            throw EventValidationError(
                code: .invalidData, message: "data must be an object for type '\(entry.type)', got \(tape.typeName(data))")
        }
        do throws(DataProblem) {
            try check(tape, object: data, shape: entry.shape)
        } catch {
            throw EventValidationError(code: .invalidData, message: error.message("data"))
        }
    }

    private static func check(_ tape: JSONTape, object: Int, shape: DataShape) throws(DataProblem) {
        for field in shape.fields {
            if let value = tape.member(object, named: field.name) {
                try check(tape, value, kind: field.kind, name: field.name)
            } else if field.isRequired {
                let name = field.name
                let expectation = field.kind.expectation
                throw DataProblem { path in "missing required field '\(path).\(name)' (\(expectation))" }
            }
        }
        for rule in shape.rules {
            switch rule {
            case .anyOf(let names, let need, let foundNone):
                guard names.contains(where: { tape.member(object, named: $0) != nil }) else {
                    throw DataProblem { path in "\(path) needs \(need), found \(foundNone)" }
                }
            case .anyWithin(let name, let names, let unless, let need, let foundNone):
                if let alternative = tape.member(object, named: unless), tape.isNonEmptyString(alternative) { continue }
                // The member's own type is checked with the fields above.
                guard let inner = tape.member(object, named: name), tape.kind(inner) == .object,
                      !names.contains(where: { tape.member(inner, named: $0) != nil }) else { continue }
                throw DataProblem { path in "\(path).\(name) needs \(need), found \(foundNone)" }
            case .absent(let name, let other, let value, let reason):
                if let otherValue = tape.member(object, named: other), tape.stringEquals(otherValue, value),
                   tape.member(object, named: name) != nil {
                    throw DataProblem { path in
                        "\(path).\(name) must be absent when \(path).\(other) is \"\(value)\" (\(reason))"
                    }
                }
            }
        }
    }

    /// Checks the value of member `name`.
    private static func check(
        _ tape: JSONTape, _ value: Int, kind: FieldKind, name: StaticString
    ) throws(DataProblem) {
        switch kind {
        case .string:
            guard tape.isString(value) else { throw wrongType(tape, value, kind, name) }
        case .identifier:
            guard tape.isString(value) else { throw wrongType(tape, value, kind, name) }
            guard tape.isNonEmptyString(value) else { throw wrongValue(tape, value, kind, name) }
        case .boolean:
            let valueKind = tape.kind(value)
            guard valueKind == .trueValue || valueKind == .falseValue else { throw wrongType(tape, value, kind, name) }
        case .oneOf(let allowed):
            guard tape.isString(value) else { throw wrongType(tape, value, kind, name) }
            guard allowed.contains(where: { tape.stringEquals(value, $0) }) else {
                throw wrongValue(tape, value, kind, name)
            }
        case .integer(let minimum, let maximum):
            guard tape.kind(value) == .number else { throw wrongType(tape, value, kind, name) }
            switch ExactInteger(literal: tape.rawBytes(value)) {
            case .integer(let int) where int >= minimum && int <= maximum ?? Int64.max:
                return
            case .outOfRange(negative: false) where maximum == nil:
                // "an integer >= 0" reads as unbounded: say where the bound is.
                throw wrongValue(tape, value, kind, name, note: " (out of range: the largest accepted is \(Int64.max))")
            case .integer, .outOfRange, .fraction:
                throw wrongValue(tape, value, kind, name)
            }
        case .timestamp:
            guard tape.isString(value) else { throw wrongType(tape, value, kind, name) }
            let valid = tape.kind(value) == .string
                ? RFC3339.parseMillis(utf8: tape.rawBytes(value)) != nil
                : RFC3339.parseMillis(tape.string(value)) != nil
            guard valid else { throw wrongValue(tape, value, kind, name) }
        case .stringArray:
            guard tape.kind(value) == .array else { throw wrongType(tape, value, kind, name) }
            for (index, element) in tape.elements(value).enumerated() where !tape.isString(element) {
                let found = tape.typeName(element)
                throw DataProblem { path in "\(path).\(name)[\(index)] must be a string, got \(found)" }
            }
        case .object(let shape):
            guard tape.kind(value) == .object else { throw wrongType(tape, value, kind, name) }
            do throws(DataProblem) {
                try check(tape, object: value, shape: shape)
            } catch {
                throw error.inside(name)
            }
        case .any:
            return
        case .mapOf(let values):
            guard tape.kind(value) == .object else { throw wrongType(tape, value, kind, name) }
            for (key, member) in tape.members(value) {
                do throws(DataProblem) {
                    try check(tape, member, kind: values, name: "")
                } catch {
                    // The member's name is the key: say it, cut if long.
                    let keyText = Excerpt.quoted(tape.string(key), limit: 40)
                    let expectation = values.expectation
                    let found = Found.value(tape, member)
                    throw DataProblem { path in "\(path).\(name)[\(keyText)] must be \(expectation), got \(found)" }
                }
            }
        }
    }

    /// "<path>.<name> must be <expectation>, got <type>".
    private static func wrongType(_ tape: JSONTape, _ value: Int, _ kind: FieldKind, _ name: StaticString) -> DataProblem {
        let expectation = kind.expectation
        let found = tape.typeName(value)
        return DataProblem { path in "\(path).\(name) must be \(expectation), got \(found)" }
    }

    /// "<path>.<name> must be <expectation>, got <value as sent><note>".
    private static func wrongValue(
        _ tape: JSONTape, _ value: Int, _ kind: FieldKind, _ name: StaticString, note: String = ""
    ) -> DataProblem {
        let expectation = kind.expectation
        let found = Found.value(tape, value)
        return DataProblem { path in "\(path).\(name) must be \(expectation), got \(found)\(note)" }
    }
}
