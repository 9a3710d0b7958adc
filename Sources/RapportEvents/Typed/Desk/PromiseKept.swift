/// `rapport.promise.kept`: a promise was kept.
public struct PromiseKept: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.promiseKept
    /// The promise's id (non-empty).
    public let promiseID: String
    /// When it was kept; `nil` means at the event's `time`.
    public let keptAt: Instant?

    /// A kept promise; throws the bus's `invalid-data` error for an empty id.
    public init(promiseID: String, keptAt: Instant? = nil) throws(EventValidationError) {
        self.promiseID = promiseID
        self.keptAt = keptAt
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        promiseID = try data.required("promise", data.string)
        keptAt = try data.optional("at", data.instant)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("promise", promiseID)
        object.add("at", keptAt)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .promiseKept(self) }
}
