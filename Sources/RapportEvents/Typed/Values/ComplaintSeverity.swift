/// How serious a complaint is (`severity` of `rapport.complaint.received`).
public enum ComplaintSeverity: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `low`: low.
    case low = "low"
    /// `normal`: normal.
    case normal = "normal"
    /// `high`: high.
    case high = "high"
}
