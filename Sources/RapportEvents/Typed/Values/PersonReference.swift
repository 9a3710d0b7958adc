/// A person an event names by id and name: the agent of `rapport.interaction.started`, the
/// customer of `rapport.complaint.received` (both `{id, name}` in the catalogue).
public struct PersonReference: Sendable, Hashable, DataValue, DataReadable {
    /// Their id (non-empty).
    public let id: String
    /// Their name as given.
    public let name: String

    /// A person; the id is checked with the event.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    init(reading data: DataReader) throws(EventValidationError) {
        id = try data.required("id", data.string)
        name = try data.required("name", data.string)
    }

    var jsonValue: JSONValue {
        var object = DataObjectBuilder()
        object.add("id", id)
        object.add("name", name)
        return object.json
    }
}
