import RapportEvents

/// What one `rapport.alert.*` event changed in the managers' view: a line to print.
enum AlertChange: Sendable {
    /// A new alert that passes the filter (state `open`, or its latest state in a replay).
    case raised(ShownAlert)
    /// An alert shown earlier was acknowledged or resolved: the alert with its new state,
    /// the offset of the event that changed it and that event's time.
    case stateChanged(ShownAlert, offset: UInt64, at: Instant)
}
