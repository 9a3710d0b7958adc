import Foundation
import RapportCalendar

/// Credibility figures for one agent at one location in one month (the month the promises
/// were made in, in the location's zone).
public struct CredibilityMeasures: Sendable, Equatable, Codable {
    public let month: String
    public let location: String
    public let agent: String
    public var made = 0
    public var keptOnTime = 0
    public var keptLate = 0
    public var broken = 0
    public var renegotiated = 0
    public var cancelled = 0
    public var open = 0
    public var missed = 0
    public var missedToldFirst = 0

    public init(month: String, location: String, agent: String) {
        self.month = month
        self.location = location
        self.agent = agent
    }

    /// Kept on time out of those decided (kept on time, kept late, broken); `nil` when none is.
    public var onTimeRate: Double? {
        let decided = keptOnTime + keptLate + broken
        return decided == 0 ? nil : Double(keptOnTime) / Double(decided)
    }

    /// Of the missed promises, the share whose customer was told first; `nil` when none was missed.
    public var toldFirstShare: Double? {
        missed == 0 ? nil : Double(missedToldFirst) / Double(missed)
    }

    /// Adds one promise's outcome.
    public mutating func add(_ outcome: PromiseOutcome) {
        made += 1
        switch outcome.result {
        case .open: open += 1
        case .keptOnTime: keptOnTime += 1
        case .keptLate: keptLate += 1
        case .broken: broken += 1
        case .cancelled: cancelled += 1
        }
        if outcome.renegotiated { renegotiated += 1 }
        if outcome.missed {
            missed += 1
            if outcome.toldFirst { missedToldFirst += 1 }
        }
    }

    /// The figures of `records` at `now`, one row per agent and location, for the promises made
    /// in `month` ("2026-10") in their location's zone (UTC where it has no calendar), sorted by
    /// location then agent. A promise without an agent counts under "-".
    public static func measure(_ records: [PromiseRecord], month: String, calendars: [String: LocationCalendar],
                               at now: Date) -> [CredibilityMeasures] {
        measure(madeIn: month, records.filter { record in
            guard let terms = record.terms, let madeAt = record.madeAt else { return false }
            return Self.month(of: madeAt, calendar: terms.location.flatMap { calendars[$0] }) == month
        }, at: now)
    }

    /// The figures of `records`, all made in `month` (already chosen by month), at `now`.
    public static func measure(madeIn month: String, _ records: [PromiseRecord], at now: Date) -> [CredibilityMeasures] {
        var rows: [String: CredibilityMeasures] = [:]
        for record in records {
            guard let terms = record.terms, let outcome = PromiseOutcome(record, at: now) else { continue }
            let location = terms.location ?? "-"
            let agent = terms.agentID ?? "-"
            rows[location + "\u{0}" + agent, default: CredibilityMeasures(month: month, location: location, agent: agent)].add(outcome)
        }
        return rows.values.sorted { ($0.location, $0.agent) < ($1.location, $1.agent) }
    }

    /// The month ("2026-10") of `instant` in the calendar's zone (UTC without one).
    public static func month(of instant: Date, calendar: LocationCalendar?) -> String {
        let date: LocalDate
        if let calendar {
            date = calendar.localDate(at: instant)
        } else {
            date = LocalDate(daysSince1970: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
        }
        return String(format: "%04d-%02d", date.year, date.month)
    }
}
