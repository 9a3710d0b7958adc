/// How urgent an alert is (`severity` of `rapport.alert.raised`).
public enum AlertSeverity: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `info`: for information.
    case info = "info"
    /// `warning`: needs attention soon.
    case warning = "warning"
    /// `critical`: needs attention now.
    case critical = "critical"
}
