/// `rapport.interaction.utterance`: one turn of speech in an interaction.
public struct Utterance: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.utterance
    /// The interaction's id (non-empty).
    public let interactionID: String
    /// Who spoke.
    public let speaker: Speaker
    /// What was said.
    public let text: String
    /// Milliseconds from the start of the interaction (0 or more).
    public let offsetMilliseconds: Int?

    /// An utterance; throws the bus's `invalid-data` error for an empty id or a negative offset.
    public init(interactionID: String, speaker: Speaker, text: String, offsetMilliseconds: Int? = nil) throws(EventValidationError) {
        self.interactionID = interactionID
        self.speaker = speaker
        self.text = text
        self.offsetMilliseconds = offsetMilliseconds
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
        speaker = try data.required("speaker", data.choice)
        text = try data.required("text", data.string)
        offsetMilliseconds = try data.optional("offset_ms", data.integer)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        object.add("speaker", speaker)
        object.add("text", text)
        object.add("offset_ms", offsetMilliseconds)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .utterance(self) }
}
