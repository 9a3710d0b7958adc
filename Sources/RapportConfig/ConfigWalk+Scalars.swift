import Yams

/// Typed values of single keys. Each returns `nil` after recording an error that says what
/// was written, where, and what is accepted; on success it notes where the value came from.
extension ConfigWalk {
    /// The text of a scalar, or an error saying what `expected` is.
    mutating func text(_ field: ConfigField, expected: String) -> String? {
        guard case let .scalar(scalar) = field.value, !field.isNull else {
            mismatch(field, expected: expected)
            return nil
        }
        note(field)
        return scalar.string
    }

    /// Records that `field` holds something other than `expected`.
    mutating func mismatch(_ field: ConfigField, expected: String) {
        let hint = field.isNull ? "; write a value, or remove the key to use the default" : ""
        fail(field.path, at: field.position, "must be \(expected), got \(field.value.shown)\(hint)")
    }

    /// A whole number in `range`.
    mutating func integer(_ field: ConfigField, in range: ClosedRange<Int>? = nil, unit: String = "") -> Int? {
        let expected = "a whole number" + (unit.isEmpty ? "" : " of \(unit)")
        guard case let .scalar(scalar) = field.value, !field.isNull, let value = Int.construct(from: scalar) else {
            mismatch(field, expected: expected)
            return nil
        }
        if let range, !range.contains(value) {
            let bound = range.upperBound == .max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            fail(field.path, at: field.position, "must be \(bound), got \(value)")
            return nil
        }
        note(field)
        return value
    }

    /// A number of bytes: a whole number, or one with a unit (`64MiB`, see ``ByteSizeText``).
    mutating func byteCount(_ field: ConfigField) -> Int64? {
        guard let written = text(field, expected: "a size in bytes") else { return nil }
        guard let bytes = ByteSizeText.bytes(written) else {
            fail(field.path, at: field.position, "\"\(written)\" is not a size; write a whole number of bytes "
                + "or one with a unit, e.g. 65536, 512KiB, 64MiB or 10GiB")
            return nil
        }
        return bytes
    }

    /// `true` or `false` (YAML's `yes`/`no`/`on`/`off` are read as they always were).
    mutating func boolean(_ field: ConfigField) -> Bool? {
        guard case let .scalar(scalar) = field.value, !field.isNull, let value = Bool.construct(from: scalar) else {
            mismatch(field, expected: "true or false")
            return nil
        }
        note(field)
        return value
    }

    /// A duration (`500ms`, `30s`, `15m`, `2h`, `7d`), in milliseconds.
    mutating func duration(_ field: ConfigField) -> Int64? {
        guard let written = text(field, expected: "a duration such as 30s") else { return nil }
        guard let millis = DurationText.milliseconds(written) else {
            fail(field.path, at: field.position, "\"\(written)\" is not a duration; write e.g. 500ms, 30s, 15m, 2h or 7d")
            return nil
        }
        return millis
    }

    /// The items of a list (an empty value is an empty list).
    mutating func list(_ field: ConfigField, expected: String) -> [Node]? {
        if field.isNull { return [] }
        guard case let .sequence(sequence) = field.value else {
            fail(field.path, at: field.position, "must be a list of \(expected), got \(field.value.shown); write e.g. [\(expected)]")
            return nil
        }
        note(field)
        return Array(sequence)
    }
}
