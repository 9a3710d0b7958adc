/// `rapport.interaction.ended`: the interaction is over.
public struct InteractionEnded: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.interactionEnded
    /// The interaction's id (non-empty).
    public let interactionID: String
    /// How it ended, in free text.
    public let outcome: String?

    /// The end of an interaction; throws the bus's `invalid-data` error for an empty id.
    public init(interactionID: String, outcome: String? = nil) throws(EventValidationError) {
        self.interactionID = interactionID
        self.outcome = outcome
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
        outcome = try data.optional("outcome", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        object.add("outcome", outcome)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .interactionEnded(self) }
}
