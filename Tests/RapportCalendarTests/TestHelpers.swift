import Foundation
import RapportCalendar

/// The instant of an ISO 8601 timestamp with an offset ("2026-03-29T09:00:00+01:00").
func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    guard let date = formatter.date(from: text) else { preconditionFailure("bad test timestamp \(text)") }
    return date
}

/// A date from `YYYY-MM-DD` text known to be valid.
func date(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { preconditionFailure("bad test date \(text)") }
    return date
}

/// A span from `HH:MM-HH:MM` text known to be valid.
func span(_ text: String) -> OpeningSpan {
    guard let span = OpeningSpan(parsing: text) else { preconditionFailure("bad test span \(text)") }
    return span
}

/// Hours as a `Duration`.
func hours(_ value: Double) -> Duration {
    .seconds(value * 3_600)
}

/// A calendar from text: weekly spans by weekday, holidays and special hours by date.
func calendar(
    _ zone: String, _ weekly: [Weekday: [String]], holidays: [String] = [], special: [String: [String]] = [:]
) throws -> LocationCalendar {
    try LocationCalendar(
        timeZone: zone,
        weekly: weekly.mapValues { $0.map(span) },
        holidays: Set(holidays.map(date)),
        specialHours: Dictionary(uniqueKeysWithValues: special.map { (date($0.key), $0.value.map(span)) })
    )
}

/// The same spans every day of the week.
func everyDay(_ spans: String...) -> [Weekday: [String]] {
    Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, spans) })
}

/// A shop open 09:00–17:30 Monday to Saturday, closed on Sunday.
func shopWeek() -> [Weekday: [String]] {
    var week = everyDay("09:00-17:30")
    week[.sunday] = nil
    return week
}
