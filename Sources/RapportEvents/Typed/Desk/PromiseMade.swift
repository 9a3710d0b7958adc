/// `rapport.promise.made`: an agent promised a customer something by a due time.
public struct PromiseMade: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.promiseMade
    /// The promise's id (non-empty).
    public let promiseID: String
    /// The interaction it was made in (non-empty when present).
    public let interactionID: String?
    /// The customer it was made to.
    public let customer: Customer
    /// What was promised, e.g. "Call back with the delivery date".
    public let what: String
    /// When it is due: an instant, the words used ("by Friday"), or both.
    public let due: Due

    /// A promise; throws the bus's `invalid-data` error when an id is empty.
    public init(
        promiseID: String, interactionID: String? = nil, customer: Customer, what: String, due: Due
    ) throws(EventValidationError) {
        self.promiseID = promiseID
        self.interactionID = interactionID
        self.customer = customer
        self.what = what
        self.due = due
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        promiseID = try data.required("promise", data.string)
        interactionID = try data.optional("interaction", data.string)
        customer = try data.required("customer")
        what = try data.required("what", data.string)
        due = try Due(reading: data)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("promise", promiseID)
        object.add("interaction", interactionID)
        object.add("customer", customer)
        object.add("what", what)
        due.add(to: &object)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .promiseMade(self) }
}
