import Foundation

/// A calendar period in a location's time zone, the instants [start, end) and a label: a day
/// ("2026-12-06"), an ISO 8601 week ("2026-W49") or a month ("2026-12").
///
/// Periods start and end at local midnight, so a day is 23 or 25 hours long when the clocks
/// change in it (a midnight that does not exist is moved forward by the gap).
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible {
    /// The kinds of period.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A calendar day, labelled `YYYY-MM-DD`.
        case day
        /// An ISO 8601 week, Monday through Sunday, labelled `YYYY-Www` with the week-based year.
        case isoWeek
        /// A calendar month, labelled `YYYY-MM`.
        case month
    }

    /// Which kind of period this is.
    public let kind: Kind
    /// The local date of the first day of the period.
    public let firstDay: LocalDate
    /// The local date of the last day of the period (included).
    public let lastDay: LocalDate
    /// The first instant of the period.
    public let start: Date
    /// The first instant after the period (the next period's start).
    public let end: Date
    /// The label: "2026-12-06", "2026-W49" or "2026-12".
    public let label: String

    /// Whether `instant` lies in [start, end).
    public func contains(_ instant: Date) -> Bool {
        start <= instant && instant < end
    }

    /// The label.
    public var description: String { label }
}
