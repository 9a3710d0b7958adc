import RapportEvents

/// The `location` extension of a stored event, read from its JSON: only for groups and READs
/// limited to some locations (a manager's), so other consumers never pay for it.
enum EventLocation {
    static func of(_ payload: [UInt8]) -> String? {
        guard let event = try? JSONValue.parse(payload) else { return nil }
        return event["location"]?.stringValue
    }
}
