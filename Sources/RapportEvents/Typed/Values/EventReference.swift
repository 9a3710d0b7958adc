/// The identity of another event, its (`source`, `id`): e.g. the `rapport.feedback.received`
/// event a follow-up call or a tag refers to. Both must be non-empty.
public struct EventReference: Sendable, Hashable, DataValue, DataReadable {
    /// The other event's `source`, e.g. `/locations/store-12/desks/3`.
    public let source: String
    /// The other event's `id`.
    public let id: String

    /// A reference to the event with this `source` and `id`.
    public init(source: String, id: String) {
        self.source = source
        self.id = id
    }

    init(reading data: DataReader) throws(EventValidationError) {
        source = try data.required("source", data.string)
        id = try data.required("id", data.string)
    }

    var jsonValue: JSONValue {
        var object = DataObjectBuilder()
        object.add("source", source)
        object.add("id", id)
        return object.json
    }
}
