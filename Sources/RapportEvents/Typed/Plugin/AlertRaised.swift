/// `rapport.alert.raised`: a plugin saw a situation a manager should act on.
public struct AlertRaised: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.alertRaised
    /// The alert's id (non-empty).
    public let alertID: String
    /// How urgent it is.
    public let severity: AlertSeverity
    /// What it is about, e.g. ``AlertKind/promiseOverdue`` (non-empty).
    public let kind: AlertKind
    /// One human sentence, e.g. "Promise to Zoë Ångström is due by Friday and not yet kept."
    public let summary: String
    /// The de-duplication key: the same situation never raises twice (non-empty).
    public let dedupKey: String
    /// What the alert refers to.
    public let refs: References

    /// An alert; throws the bus's `invalid-data` error when an id, the kind or the key is empty.
    public init(
        alertID: String, severity: AlertSeverity, kind: AlertKind, summary: String, dedupKey: String,
        refs: References = References()
    ) throws(EventValidationError) {
        self.alertID = alertID
        self.severity = severity
        self.kind = kind
        self.summary = summary
        self.dedupKey = dedupKey
        self.refs = refs
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        alertID = try data.required("alert", data.string)
        severity = try data.required("severity", data.choice)
        kind = AlertKind(rawValue: try data.required("kind", data.string))
        summary = try data.required("summary", data.string)
        dedupKey = try data.required("dedup", data.string)
        refs = try data.required("refs")
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("alert", alertID)
        object.add("severity", severity)
        object.add("kind", kind)
        object.add("summary", summary)
        object.add("dedup", dedupKey)
        object.add("refs", refs)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .alertRaised(self) }
}
