import Foundation

/// What the plugin should do for one promise now: alerts to raise and resolve, deadlines to
/// set and to drop. Plain values; the plugin carries them out in its handler's transaction.
public struct AlertPlan: Sendable, Equatable {
    /// Alerts to raise (each not raised before).
    public var raise: [PlannedAlert] = []
    /// Raised alerts to resolve, with the reason.
    public var resolve: [(dedupKey: String, reason: String)] = []
    /// Deadlines to set (or move), by timer key.
    public var schedule: [(key: String, at: Date)] = []
    /// Deadlines to drop, by timer key.
    public var cancel: [String] = []

    public init() {}

    public static func == (a: AlertPlan, b: AlertPlan) -> Bool {
        a.raise == b.raise && a.resolve.map(\.dedupKey) == b.resolve.map(\.dedupKey) && a.resolve.map(\.reason) == b.resolve.map(\.reason)
            && a.schedule.map(\.key) == b.schedule.map(\.key) && a.schedule.map(\.at) == b.schedule.map(\.at) && a.cancel == b.cancel
    }
}

/// The timer keys of a promise's deadlines.
public enum PromiseTimerKey {
    /// When its due-soon window opens.
    public static func dueSoon(_ promise: String) -> String { "due-soon:\(promise)" }
    /// When it is due.
    public static func overdue(_ promise: String) -> String { "overdue:\(promise)" }
    /// When an interaction's commitments are decided (its end plus the grace).
    public static func interaction(_ interaction: String) -> String { "interaction:\(interaction)" }
}
