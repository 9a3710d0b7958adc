/// `rapport.interaction.name-used`: the agent ticked "addressed the customer by name".
public struct NameUsed: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.nameUsed
    /// The interaction's id (non-empty).
    public let interactionID: String

    /// The tick; throws the bus's `invalid-data` error for an empty id.
    public init(interactionID: String) throws(EventValidationError) {
        self.interactionID = interactionID
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .nameUsed(self) }
}
