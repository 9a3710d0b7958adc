import Foundation
import RapportCalendar

/// A calendar month at a location, `YYYY-MM` ("2026-10"): the month an interaction counts
/// in is the month of its start in the location's own time zone.
public struct UsageMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1 through 12.
    public let month: Int

    /// The month of `date` on the location's clock.
    public init(at date: Date, calendar: LocationCalendar) {
        let local = calendar.localDate(at: date)
        year = local.year
        month = local.month
    }

    /// The month of `date` at a fixed offset from UTC (for a location without a configured
    /// zone: the offset its desk wrote the event time with).
    public init(at date: Date, utcOffsetMinutes: Int) {
        let local = LocalDate(daysSince1970: Int(((date.timeIntervalSince1970 + Double(utcOffsetMinutes * 60)) / 86_400).rounded(.down)))
        year = local.year
        month = local.month
    }

    /// Parses `YYYY-MM` ("2026-10"); `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...9999).contains(year), (1...12).contains(month)
        else { return nil }
        self.year = year
        self.month = month
    }

    /// `YYYY-MM`.
    public var description: String {
        (year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : "") + String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// The earlier month first.
    public static func < (lhs: UsageMonth, rhs: UsageMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
