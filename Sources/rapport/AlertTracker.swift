import RapportEvents

/// Keeps the alerts shown so far and their states, and turns each `rapport.alert.*` event
/// into the change a manager should see, if any.
///
/// Only alerts that pass the ``AlertFilter`` are kept: an acknowledgement or resolution of an
/// alert that was not shown (filtered out, or raised before the view started) changes nothing
/// on screen. A state change carries no severity or kind of its own, so the raised alert is
/// what the filter judges.
struct AlertTracker: Sendable {
    /// Which alerts are shown.
    let filter: AlertFilter
    /// Shown alerts by id.
    private(set) var alerts: [String: ShownAlert] = [:]

    init(filter: AlertFilter) {
        self.filter = filter
    }

    /// Applies the event read at `offset`; returns what changed on screen, or `nil`.
    mutating func apply(_ event: TypedEvent, offset: UInt64) -> AlertChange? {
        switch event.payload {
        case .alertRaised(let raised):
            guard filter.admits(raised, location: event.location) else { return nil }
            let alert = ShownAlert(
                offset: offset, raised: raised, time: event.time, location: event.location,
                agent: event.agent, source: event.source)
            alerts[raised.alertID] = alert
            return .raised(alert)
        case .alertAcknowledged(let ack):
            return change(ack.alertID, offset: offset, at: event.time) { $0.acknowledged(by: ack.managerID) }
        case .alertResolved(let resolved):
            return change(resolved.alertID, offset: offset, at: event.time) { _ in
                .resolved(reason: resolved.reason, by: resolved.managerID)
            }
        default:
            return nil
        }
    }

    /// The shown alerts in the order they were raised (a replay's lines).
    var inOrder: [ShownAlert] {
        alerts.values.sorted { $0.offset < $1.offset }
    }

    private mutating func change(
        _ id: String, offset: UInt64, at time: Instant, _ next: (AlertState) -> AlertState
    ) -> AlertChange? {
        guard var alert = alerts[id] else { return nil }
        let state = next(alert.state)
        guard state != alert.state else { return nil }
        alert.state = state
        alerts[id] = alert
        return .stateChanged(alert, offset: offset, at: time)
    }
}
