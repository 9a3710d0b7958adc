/// Builds a `data` object member by member, in the catalogue's order, leaving out absent
/// optional members (the catalogue refuses `null` for them).
struct DataObjectBuilder {
    /// The members so far.
    private(set) var members: [(String, JSONValue)] = []

    /// Adds `name` when `value` is present.
    mutating func add(_ name: String, _ value: (some DataValue)?) {
        if let value { members.append((name, value.jsonValue)) }
    }

    /// The object.
    var json: JSONValue { .object(members) }
}
