/// `rapport.alert.acknowledged`: a manager has seen an alert.
public struct AlertAcknowledged: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.alertAcknowledged
    /// The alert's id (non-empty).
    public let alertID: String
    /// The manager who acknowledged it (non-empty).
    public let managerID: String

    /// An acknowledgement; throws the bus's `invalid-data` error when an id is empty.
    public init(alertID: String, managerID: String) throws(EventValidationError) {
        self.alertID = alertID
        self.managerID = managerID
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        alertID = try data.required("alert", data.string)
        managerID = try data.required("by", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("alert", alertID)
        object.add("by", managerID)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .alertAcknowledged(self) }
}
