/// `rapport.alert.resolved`: an alert no longer needs action.
public struct AlertResolved: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.alertResolved
    /// The alert's id (non-empty).
    public let alertID: String
    /// Why, e.g. "promise kept".
    public let reason: String
    /// The manager who resolved it, when a person did (non-empty when present).
    public let managerID: String?

    /// A resolution; throws the bus's `invalid-data` error when an id is empty.
    public init(alertID: String, reason: String, managerID: String? = nil) throws(EventValidationError) {
        self.alertID = alertID
        self.reason = reason
        self.managerID = managerID
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        alertID = try data.required("alert", data.string)
        reason = try data.required("reason", data.string)
        managerID = try data.optional("by", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("alert", alertID)
        object.add("reason", reason)
        object.add("by", managerID)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .alertResolved(self) }
}
