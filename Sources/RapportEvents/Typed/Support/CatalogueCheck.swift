/// Runs the bus's own `data` check on a typed value's JSON, so typed initialisers refuse
/// exactly what the bus refuses, with the bus's message.
enum CatalogueCheck {
    /// Throws the bus's error when `data` breaks the catalogue row for `type`.
    static func data(_ data: JSONValue, of type: EventType) throws(EventValidationError) {
        guard let entry = EventCatalogue.entry(for: type.rawValue) else {
            throw EventValidationError(
                code: .unknownType,
                message: "\(type.rawValue) has a typed payload but no catalogue row: add the row to EventCatalogue.entries")
        }
        let bytes = data.serialized()
        try bytes.withUnsafeBytes { raw in
            Result { () throws(EventValidationError) in
                let tape = try EventValidator.parse(raw)
                try DataValidator.check(tape, data: 0, against: entry)
            }
        }.get()
    }
}
