/// `rapport.bus.dead-lettered`: the bus gave up delivering an event to a consumer group. The
/// bus emits it (source `/bus/groups/<group>`, id `<group>:<offset>`); see docs/PROTOCOL.md.
public struct DeadLettered: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.deadLettered
    /// The consumer group (non-empty).
    public let group: String
    /// The event's offset in the log (0 or more).
    public let offset: Int
    /// How many deliveries were tried (1 or more).
    public let attempts: Int
    /// The last error, as the plugin reported it.
    public let error: String
    /// The original event, as JSON (an object). It was valid when the bus accepted it but may
    /// not be under today's catalogue: ``decodedEvent()`` says.
    public let event: JSONValue

    /// A dead letter; throws the bus's `invalid-data` error for an empty group, an offset or
    /// attempt count out of range, or an `event` that is not an object.
    public init(group: String, offset: Int, attempts: Int, error: String, event: JSONValue) throws(EventValidationError) {
        self.group = group
        self.offset = offset
        self.attempts = attempts
        self.error = error
        self.event = event
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        group = try data.required("group", data.string)
        offset = try data.required("offset", data.integer)
        attempts = try data.required("attempts", data.integer)
        error = try data.required("error", data.string)
        event = try data.required("event", data.json)
    }

    /// The original event decoded by today's rules; throws the bus's error when they refuse it
    /// (e.g. it was stored under an older catalogue).
    public func decodedEvent() throws(EventValidationError) -> TypedEvent {
        try TypedEvent(decoding: event.serialized(), limits: EventLimits(maxEventBytes: .max))
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("group", group)
        object.add("offset", offset)
        object.add("attempts", attempts)
        object.add("error", error)
        object.add("event", event)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .deadLettered(self) }
}
