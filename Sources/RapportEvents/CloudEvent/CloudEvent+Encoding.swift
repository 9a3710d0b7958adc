extension CloudEvent {
    /// Names `encoded()` writes itself; extensions with these names are skipped.
    private static let reservedNames: Set<String> = [
        "specversion", "id", "source", "type", "time", "subject", "datacontenttype", "data", "data_base64",
    ]

    /// Structured-mode JSON: `specversion` "1.0", `id`, `source`, `type`, `time`, `subject`
    /// when set, the extensions in order, then `data`; `datacontenttype` is omitted (JSON is
    /// the default).
    ///
    /// An extension named like a core attribute, or named twice, is skipped (the first wins),
    /// so the output always parses.
    public func encoded() -> [UInt8] {
        var members: [(String, JSONValue)] = [
            ("specversion", "1.0"),
            ("id", .string(id)),
            ("source", .string(source)),
            ("type", .string(type)),
            ("time", .string(time)),
        ]
        if let subject { members.append(("subject", .string(subject))) }
        for (name, value) in extensions where !Self.reservedNames.contains(name) {
            members.append((name, value))
        }
        members.append(("data", data))
        return JSONValue.object(members).serialized()
    }
}
