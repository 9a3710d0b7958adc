import Foundation

/// When an interaction is decided: once `rapport.interaction.ended` has arrived and `grace`
/// has passed (late utterances and ticks still count), or, when it never ends, once `idle`
/// has passed without any event about it.
public struct ClosePolicy: Sendable, Hashable {
    /// How long after the end arrives events are still taken.
    public var grace: Duration
    /// How long an interaction that has not ended may go without events before it is closed.
    public var idle: Duration

    /// A policy.
    public init(grace: Duration, idle: Duration) {
        self.grace = grace
        self.idle = idle
    }

    /// When the interaction is to be decided, given what has arrived so far: the end's arrival
    /// plus the grace once it ended, else the last arrival plus the idle time.
    public func deadline(for evidence: InteractionEvidence) -> Date {
        if let ended = evidence.endedArrival { return ended.adding(grace) }
        return evidence.lastArrival.adding(idle)
    }

    /// Why the interaction closes at `now`, or `nil` while it is still open. Compared to the
    /// millisecond, as times are stored.
    public func closeReason(for evidence: InteractionEvidence, at now: Date) -> CloseReason? {
        let due = (deadline(for: evidence).timeIntervalSince1970 * 1_000).rounded()
        guard (now.timeIntervalSince1970 * 1_000).rounded() >= due else { return nil }
        return evidence.endedArrival == nil ? .idle : .ended
    }
}

/// Why an interaction was decided.
public enum CloseReason: String, Sendable, Hashable, CaseIterable {
    /// It ended and the grace for late events passed.
    case ended
    /// It never ended and went idle.
    case idle
}

extension Date {
    /// This instant plus `duration`.
    func adding(_ duration: Duration) -> Date {
        let (seconds, attoseconds) = duration.components
        return addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18)
    }
}
