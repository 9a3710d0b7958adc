import Foundation

/// The kinds of alert the promise tracker raises.
public enum PromiseAlertKind: String, Sendable, CaseIterable {
    /// Warning: the due is within the lead time (opening hours).
    case dueSoon = "promise.due-soon"
    /// Critical: the due passed and the promise is not kept.
    case overdue = "promise.overdue"
    /// Info: kept, but after its due.
    case keptLate = "promise.kept-late"
    /// Warning: the due words cannot be read; someone must set a due time.
    case unreadableDue = "promise.unreadable-due"
    /// Warning: an agent promised something in an interaction and no promise was logged.
    case unlogged = "promise.unlogged"

    /// How urgent it is.
    public var severity: PromiseAlertSeverity {
        switch self {
        case .dueSoon, .unreadableDue, .unlogged: .warning
        case .overdue: .critical
        case .keptLate: .info
        }
    }

    /// Whether the alert is about a situation that can end (and is resolved when it does).
    public var resolvable: Bool { self != .keptLate && self != .unlogged }
}

/// An alert's severity, as the catalogue spells it.
public enum PromiseAlertSeverity: String, Sendable {
    case info, warning, critical
}

/// An alert to raise: its dedup key is also its id, so the same situation never raises twice,
/// even after the plugin's state is reset and the log replayed.
public struct PlannedAlert: Sendable, Equatable {
    public let kind: PromiseAlertKind
    /// The de-duplication key, e.g. `promise.overdue:p-1:1795425300000`.
    public let dedupKey: String
    /// The sentence a manager reads.
    public let summary: String

    public init(kind: PromiseAlertKind, dedupKey: String, summary: String) {
        self.kind = kind
        self.dedupKey = dedupKey
        self.summary = summary
    }

    /// The alert's id (the dedup key).
    public var alertID: String { dedupKey }
}

/// An alert already raised for a promise, as the plugin's state remembers it.
public struct RaisedAlert: Sendable, Equatable {
    public let kind: PromiseAlertKind
    public let dedupKey: String
    /// Whether it has been resolved.
    public let resolved: Bool

    public init(kind: PromiseAlertKind, dedupKey: String, resolved: Bool) {
        self.kind = kind
        self.dedupKey = dedupKey
        self.resolved = resolved
    }
}

/// The stable dedup keys of the tracker's alerts.
public enum PromiseAlertKey {
    /// Due soon, for the due in force (a revision to a new due is a new situation).
    public static func dueSoon(_ promise: String, due: Date) -> String { "promise.due-soon:\(promise):\(millis(due))" }
    /// Overdue, for the due in force.
    public static func overdue(_ promise: String, due: Date) -> String { "promise.overdue:\(promise):\(millis(due))" }
    /// Kept late (once per promise).
    public static func keptLate(_ promise: String) -> String { "promise.kept-late:\(promise)" }
    /// Unreadable due words (once per promise and words).
    public static func unreadableDue(_ promise: String, words: String) -> String { "promise.unreadable-due:\(promise):\(words)" }
    /// A commitment said and not logged: the utterance event's key.
    public static func unlogged(interaction: String, utterance: String) -> String { "promise.unlogged:\(interaction):\(utterance)" }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1_000).rounded()) }
}
