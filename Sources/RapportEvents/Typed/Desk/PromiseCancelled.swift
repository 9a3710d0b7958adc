/// `rapport.promise.cancelled`: a promise no longer stands.
public struct PromiseCancelled: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.promiseCancelled
    /// The promise's id (non-empty).
    public let promiseID: String
    /// Why it was cancelled.
    public let reason: String?

    /// A cancellation; throws the bus's `invalid-data` error for an empty id.
    public init(promiseID: String, reason: String? = nil) throws(EventValidationError) {
        self.promiseID = promiseID
        self.reason = reason
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        promiseID = try data.required("promise", data.string)
        reason = try data.optional("reason", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("promise", promiseID)
        object.add("reason", reason)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .promiseCancelled(self) }
}
