/// `rapport.promise.revised`: a promise got a new due time.
public struct PromiseRevised: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.promiseRevised
    /// The promise's id (non-empty).
    public let promiseID: String
    /// The new due time.
    public let due: Due
    /// Whether the customer was told before the old due time.
    public let customerContacted: Bool
    /// Why it changed.
    public let reason: String?

    /// A revision; throws the bus's `invalid-data` error for an empty id.
    public init(promiseID: String, due: Due, customerContacted: Bool, reason: String? = nil) throws(EventValidationError) {
        self.promiseID = promiseID
        self.due = due
        self.customerContacted = customerContacted
        self.reason = reason
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        promiseID = try data.required("promise", data.string)
        due = try Due(reading: data)
        customerContacted = try data.required("customer_contacted", data.bool)
        reason = try data.optional("reason", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("promise", promiseID)
        due.add(to: &object)
        object.add("customer_contacted", customerContacted)
        object.add("reason", reason)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .promiseRevised(self) }
}
