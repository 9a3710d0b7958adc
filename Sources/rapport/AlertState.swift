/// Where an alert stands for the managers: open, acknowledged by someone, or resolved.
///
/// Built from `rapport.alert.acknowledged` and `rapport.alert.resolved` events (EVENTS.md);
/// a resolution is final, so an acknowledgement that arrives after it does not reopen it.
enum AlertState: Equatable, Sendable {
    /// Raised, and nobody has acknowledged or resolved it yet.
    case open
    /// A manager has seen it.
    case acknowledged(by: String)
    /// It no longer needs action: why, and the manager who resolved it when a person did.
    case resolved(reason: String, by: String?)

    /// The state after an acknowledgement by `manager`.
    func acknowledged(by manager: String) -> AlertState {
        if case .resolved = self { return self }
        return .acknowledged(by: manager)
    }

    /// The word `--json` writes as `"state"`: `open`, `acknowledged` or `resolved`.
    var name: String {
        switch self {
        case .open: "open"
        case .acknowledged: "acknowledged"
        case .resolved: "resolved"
        }
    }

    /// The state in words for a line of text, e.g. `acknowledged by alice` or
    /// `resolved by bob: customer called back`; `open` for an open alert.
    var text: String {
        switch self {
        case .open: "open"
        case .acknowledged(let by): "acknowledged by \(by)"
        case .resolved(let reason, let by?): "resolved by \(by): \(reason)"
        case .resolved(let reason, nil): "resolved: \(reason)"
        }
    }
}
