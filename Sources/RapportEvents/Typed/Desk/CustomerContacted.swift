/// `rapport.customer.contacted`: someone at the location contacted a customer, e.g. to follow
/// up a promise, a complaint or their feedback.
public struct CustomerContacted: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.customerContacted
    /// The customer's id (non-empty; written as `customer.id`).
    public let customerID: String
    /// The promise followed up (non-empty when present).
    public let promiseID: String?
    /// The feedback event followed up.
    public let feedback: EventReference?
    /// The complaint followed up (non-empty when present).
    public let complaintID: String?
    /// How they were contacted.
    public let channel: Channel
    /// A note, e.g. "left a voicemail".
    public let note: String?

    /// A contact; throws the bus's `invalid-data` error when an id is empty.
    public init(
        customerID: String, promiseID: String? = nil, feedback: EventReference? = nil, complaintID: String? = nil,
        channel: Channel, note: String? = nil
    ) throws(EventValidationError) {
        self.customerID = customerID
        self.promiseID = promiseID
        self.feedback = feedback
        self.complaintID = complaintID
        self.channel = channel
        self.note = note
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        let customer = try DataReader(tape: data.tape, object: try data.required("customer") { $0 }, path: "data.customer")
        customerID = try customer.required("id", customer.string)
        promiseID = try data.optional("promise", data.string)
        feedback = try data.optional("feedback")
        complaintID = try data.optional("complaint", data.string)
        channel = try data.required("channel", data.choice)
        note = try data.optional("note", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var customer = DataObjectBuilder()
        customer.add("id", customerID)
        var object = DataObjectBuilder()
        object.add("customer", customer.json)
        object.add("promise", promiseID)
        object.add("feedback", feedback)
        object.add("complaint", complaintID)
        object.add("channel", channel)
        object.add("note", note)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .customerContacted(self) }
}
