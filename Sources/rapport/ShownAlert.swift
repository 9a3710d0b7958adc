import RapportEvents

/// An alert `rapport alerts` has shown (or will show, at the end of a replay): the parts of
/// its `rapport.alert.raised` event and where it stands now.
struct ShownAlert: Sendable {
    /// The raised event's offset in the log.
    let offset: UInt64
    /// The raised event's `data`.
    let raised: AlertRaised
    /// When it was raised (the event's `time`).
    let time: Instant
    /// The raised event's `location` extension.
    let location: String?
    /// The raised event's `agent` extension.
    let agent: String?
    /// Who raised it (the event's `source`, e.g. `/plugins/promise-tracker`).
    let source: String
    /// Where it stands now.
    var state: AlertState = .open

    /// The alert's id.
    var id: String { raised.alertID }
}
