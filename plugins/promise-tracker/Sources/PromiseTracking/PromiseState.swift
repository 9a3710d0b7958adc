import Foundation

/// Where a promise stands at an instant.
public enum PromiseState: Sendable, Equatable {
    /// Only later facts have arrived (a keep, a revision); the `promise.made` has not yet.
    case awaitingTerms
    /// Open, its due more than the lead time (in opening hours) away.
    case open
    /// Open, within the lead time of its due.
    case dueSoon
    /// Open, its due passed.
    case overdue
    /// Open, with a due nobody can read.
    case openWithoutDue
    /// Kept by the due in force when it was kept (or it had no readable due).
    case keptOnTime
    /// Kept after its due.
    case keptLate
    /// Cancelled.
    case cancelled
}

extension PromiseRecord {
    /// Where the promise stands at `now`, the due-soon window starting where `rule` says.
    public func state(at now: Date, rule: DueSoonRule) -> PromiseState {
        guard terms != nil, let due else { return .awaitingTerms }
        switch ending {
        case .kept(let at):
            guard let instant = due.instant else { return .keptOnTime }
            return at <= instant ? .keptOnTime : .keptLate
        case .cancelled:
            return .cancelled
        case nil:
            guard let instant = due.instant else { return .openWithoutDue }
            if now >= instant { return .overdue }
            return now >= rule.dueSoonStart(before: instant) ? .dueSoon : .open
        }
    }
}
