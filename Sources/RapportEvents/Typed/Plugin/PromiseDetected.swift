/// `rapport.promise.detected`: the promise tracker heard an agent promise something.
public struct PromiseDetected: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.promiseDetected
    /// The interaction's id (non-empty).
    public let interactionID: String
    /// The agent's words, e.g. "I'll ring you back by Friday".
    public let text: String
    /// The due time resolved from the words, when it could be.
    public let due: Instant?
    /// Whether a matching `rapport.promise.made` was logged.
    public let logged: Bool

    /// A detection; throws the bus's `invalid-data` error for an empty id.
    public init(interactionID: String, text: String, due: Instant? = nil, logged: Bool) throws(EventValidationError) {
        self.interactionID = interactionID
        self.text = text
        self.due = due
        self.logged = logged
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        interactionID = try data.required("interaction", data.string)
        text = try data.required("text", data.string)
        due = try data.optional("due", data.instant)
        logged = try data.required("logged", data.bool)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("interaction", interactionID)
        object.add("text", text)
        object.add("due", due)
        object.add("logged", logged)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .promiseDetected(self) }
}
