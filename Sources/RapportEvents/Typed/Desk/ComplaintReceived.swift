/// `rapport.complaint.received`: a customer complained.
public struct ComplaintReceived: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.complaintReceived
    /// The complaint's id (non-empty).
    public let complaintID: String
    /// Who complained.
    public let customer: Customer
    /// The interaction it arose in (non-empty when present).
    public let interactionID: String?
    /// The complaint in the customer's words.
    public let text: String
    /// How serious it is.
    public let severity: ComplaintSeverity?

    /// A complaint; throws the bus's `invalid-data` error when an id is empty.
    public init(
        complaintID: String, customer: Customer, interactionID: String? = nil, text: String,
        severity: ComplaintSeverity? = nil
    ) throws(EventValidationError) {
        self.complaintID = complaintID
        self.customer = customer
        self.interactionID = interactionID
        self.text = text
        self.severity = severity
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        complaintID = try data.required("complaint", data.string)
        customer = try data.required("customer")
        interactionID = try data.optional("interaction", data.string)
        text = try data.required("text", data.string)
        severity = try data.optional("severity", data.choice)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("complaint", complaintID)
        object.add("customer", customer)
        object.add("interaction", interactionID)
        object.add("text", text)
        object.add("severity", severity)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .complaintReceived(self) }
}
