extension EventCatalogue {
    /// The catalogue as the bus checks it, as a Markdown table: every type and what its
    /// `data` must hold. `rapport events` prints it, and docs/PROTOCOL.md carries it (a test
    /// keeps the two the same), so a client written in another language knows the rules
    /// without reading this code.
    public static func reference() -> String {
        var lines = [
            "| type | `data` must hold (`?`: optional; id: a non-empty string; text: any string; other members are allowed and kept) |",
            "|---|---|",
        ]
        for entry in entries {
            let envelope = entry.needsLocation ? "; the envelope's `location` (id) too" : ""
            lines.append("| `\(entry.type)` | \(describe(entry.shape))\(envelope) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ shape: DataShape) -> String {
        let fields = shape.fields.map { field in
            "`\(field.name)`\(field.isRequired ? "" : "?")\(describe(field.kind))"
        }
        let rules = shape.rules.map { rule in
            switch rule {
            case .anyOf(_, let need, _):
                return String("needs \(need)".map { $0 == "'" ? "`" : $0 })
            case .absent(let field, let other, let value, let reason):
                return "no `\(field)` when `\(other)` is `\(value)` (\(reason))"
            case .anyWithin(let object, let names, let unless, _, _):
                return "`\(object)` holds at least one of " + names.map { "`\($0)`" }.joined(separator: ", ")
                    + " unless `\(unless)` is a non-empty string"
            }
        }
        return (fields + rules).joined(separator: ", ")
    }

    private static func describe(_ kind: FieldKind) -> String {
        switch kind {
        case .string: return " (text)"
        case .identifier: return " (id)"
        case .boolean: return " (true or false)"
        case .oneOf(let values): return " (one of " + values.map { "`\($0)`" }.joined(separator: ", ") + ")"
        case .integer(let minimum, let maximum?): return " (integer \(minimum)-\(maximum))"
        case .integer(let minimum, nil): return " (integer >= \(minimum))"
        case .timestamp: return " (RFC 3339 with an offset)"
        case .stringArray: return " (array of strings)"
        case .object(let shape): return shape.fields.isEmpty ? " (an object)" : " {" + describe(shape) + "}"
        case .any: return " (any JSON value)"
        case .mapOf(let values): return " (an object: any names, each value" + describe(values) + ")"
        }
    }
}
