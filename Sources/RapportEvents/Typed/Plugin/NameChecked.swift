/// `rapport.name.checked`: the name-usage checker's verdict on one interaction.
public struct NameChecked: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.nameChecked
    /// The interaction's id (non-empty).
    public let interactionID: String
    /// Whether the agent addressed the customer by name.
    public let used: Bool
    /// The name forms heard, e.g. ["Mrs. Okafor"].
    public let forms: [String]
    /// Milliseconds from the start to the first use (0 or more).
    public let firstOffsetMilliseconds: Int?
    /// How many turns the agent spoke (0 or more).
    public let agentTurns: Int
    /// Whether the agent ticked "addressed by name".
    public let ticked: Bool?
    /// Whether the verdict read utterances (`false`: it rests on the tick alone).
    public let transcript: Bool?

    /// A verdict; throws the bus's `invalid-data` error for an empty id or a negative count.
    public init(
        interactionID: String, used: Bool, forms: [String], firstOffsetMilliseconds: Int? = nil, agentTurns: Int,
        ticked: Bool? = nil, transcript: Bool? = nil
    ) throws(EventValidationError) {
        self.interactionID = interactionID
        self.used = used
        self.forms = forms
        self.firstOffsetMilliseconds = firstOffsetMilliseconds
        self.agentTurns = agentTurns
        self.ticked = ticked
        self.transcript = transcript
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
        used = try data.required("used", data.bool)
        forms = try data.required("forms", data.strings)
        firstOffsetMilliseconds = try data.optional("first_offset_ms", data.integer)
        agentTurns = try data.required("agent_turns", data.integer)
        ticked = try data.optional("ticked", data.bool)
        transcript = try data.optional("transcript", data.bool)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        object.add("used", used)
        object.add("forms", forms)
        object.add("first_offset_ms", firstOffsetMilliseconds)
        object.add("agent_turns", agentTurns)
        object.add("ticked", ticked)
        object.add("transcript", transcript)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .nameChecked(self) }
}
