/// `rapport.complaint.resolved`: a complaint was dealt with.
public struct ComplaintResolved: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.complaintResolved
    /// The complaint's id (non-empty).
    public let complaintID: String
    /// What was done, e.g. "refunded the delivery charge".
    public let resolution: String
    /// Whether the customer said they were satisfied.
    public let customerSatisfied: Bool?

    /// A resolution; throws the bus's `invalid-data` error for an empty id.
    public init(complaintID: String, resolution: String, customerSatisfied: Bool? = nil) throws(EventValidationError) {
        self.complaintID = complaintID
        self.resolution = resolution
        self.customerSatisfied = customerSatisfied
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        complaintID = try data.required("complaint", data.string)
        resolution = try data.required("resolution", data.string)
        customerSatisfied = try data.optional("customer_satisfied", data.bool)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("complaint", complaintID)
        object.add("resolution", resolution)
        object.add("customer_satisfied", customerSatisfied)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .complaintResolved(self) }
}
