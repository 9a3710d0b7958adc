import Foundation

/// How a promise counts in the credibility figures, as of an instant.
///
/// - kept on time: kept by the due in force when it was kept (a renegotiated promise kept by
///   its new due is on time: telling the customer first keeps credibility); a promise with no
///   readable due that was kept counts as on time;
/// - kept late: kept after the due in force;
/// - broken: not kept, not cancelled, and its due in force has passed;
/// - cancelled; open (not yet due, or no readable due).
/// Besides, a promise was **missed** when its first due passed before it was kept (kept after
/// it, or still not kept, unless cancelled before it), and the customer was **told first**
/// when a revision says they were told before the due it replaced or a contact about the
/// promise came no later than the first due.
public struct PromiseOutcome: Sendable, Equatable {
    public enum Result: String, Sendable {
        case open, keptOnTime = "kept-on-time", keptLate = "kept-late", broken, cancelled
    }

    public let result: Result
    /// At least one revision came with the customer told before the due it replaced.
    public let renegotiated: Bool
    /// The first due passed before the promise was kept.
    public let missed: Bool
    /// The customer was told before the first due (meaningful for missed promises).
    public let toldFirst: Bool

    /// The outcome of `record` at `now`; `nil` while its `promise.made` has not arrived.
    public init?(_ record: PromiseRecord, at now: Date) {
        guard let terms = record.terms, let due = record.due else { return nil }
        switch record.ending {
        case .kept(let at):
            result = due.instant.map { at <= $0 } ?? true ? .keptOnTime : .keptLate
        case .cancelled:
            result = .cancelled
        case nil:
            result = due.instant.map { now >= $0 } ?? false ? .broken : .open
        }
        renegotiated = record.renegotiations.contains(true)
        if let first = terms.due.instant {
            switch record.ending {
            case .kept(let at): missed = at > first
            case .cancelled(let at): missed = at > first
            case nil: missed = now >= first
            }
            toldFirst = record.revisions.first?.customerContacted == true || record.contactTimes.contains { $0 <= first }
        } else {
            missed = false
            toldFirst = false
        }
    }
}
