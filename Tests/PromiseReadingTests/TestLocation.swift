import Foundation
import RapportCalendar

/// Fixture locations for the unit tests, on both sides of UTC, with both hemispheres' clock
/// changes, split spans, spans past midnight, holidays and special hours.
enum TestLocation: String, Sendable, CaseIterable {
    /// Europe/London: late Thursday, Saturday mornings, UK bank holidays, short 24 and 31 Dec; dmy.
    case london
    /// America/New_York: Thanksgiving and a short day after it; mdy.
    case newYork
    /// America/Los_Angeles: lunch break, closed Friday to Sunday; no date order.
    case losAngeles
    /// Australia/Sydney: split spans, late Wednesday, southern clock changes; dmy.
    case sydney
    /// Asia/Tokyo: closed Wednesdays, Friday and Saturday spans to 02:00; no date order.
    case tokyo
    /// Asia/Kolkata (+05:30): a holiday and a special short day; dmy.
    case kolkata

    /// The location's calendar.
    var calendar: LocationCalendar { Self.calendars[self]! }

    /// How the location reads numeric dates.
    var dateOrder: DateOrder? {
        switch self {
        case .london, .sydney, .kolkata: .dmy
        case .newYork: .mdy
        case .losAngeles, .tokyo: nil
        }
    }

    private static let calendars: [TestLocation: LocationCalendar] = [
        .london: make("Europe/London", weekdays: ["09:00-17:00"], days: [.thursday: ["09:00-19:00"], .saturday: ["09:00-12:30"]],
                      holidays: ["2026-04-03", "2026-04-06", "2026-08-31", "2026-12-25", "2026-12-26", "2026-12-28", "2027-01-01"],
                      special: ["2026-12-24": ["09:00-13:00"], "2026-12-31": ["09:00-13:00"]]),
        .newYork: make("America/New_York", weekdays: ["07:30-18:00"], days: [.saturday: ["08:00-14:00"]],
                       holidays: ["2026-07-03", "2026-11-26", "2026-12-25", "2027-01-01"], special: ["2026-11-27": ["07:30-12:00"]]),
        .losAngeles: make("America/Los_Angeles", weekdays: ["08:00-12:00", "13:00-16:30"], days: [.friday: []],
                          holidays: ["2026-11-11", "2026-11-26", "2026-12-24", "2026-12-25"], special: [:]),
        .sydney: make("Australia/Sydney", weekdays: ["08:00-12:30", "13:30-18:00"],
                      days: [.wednesday: ["08:00-12:30", "13:30-19:30"], .saturday: ["08:30-12:00"]],
                      holidays: ["2026-04-03", "2026-04-04", "2026-04-06", "2026-10-05", "2026-12-25"], special: [:]),
        .tokyo: make("Asia/Tokyo", weekdays: ["08:00-21:00"],
                     days: [.wednesday: [], .friday: ["08:00-12:00", "17:00-02:00"], .saturday: ["17:00-02:00"], .sunday: ["10:00-18:00"]],
                     holidays: ["2027-01-01"], special: ["2026-12-31": ["17:00-03:00"]]),
        .kolkata: make("Asia/Kolkata", weekdays: ["10:30-19:30"], days: [.saturday: ["10:30-16:00"]],
                       holidays: ["2026-08-15", "2026-10-02"], special: ["2026-10-21": ["12:00-17:00"]]),
    ]

    /// A calendar with `weekdays` on Monday to Friday, overridden by `days`.
    private static func make(_ zone: String, weekdays: [String], days: [Weekday: [String]], holidays: [String],
                             special: [String: [String]]) -> LocationCalendar {
        var weekly: [Weekday: [OpeningSpan]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { weekly[day] = weekdays.map { OpeningSpan(parsing: $0)! } }
        for (day, spans) in days { weekly[day] = spans.map { OpeningSpan(parsing: $0)! } }
        let specialHours = Dictionary(uniqueKeysWithValues: special.map { (LocalDate(parsing: $0.key)!, $0.value.map { OpeningSpan(parsing: $0)! }) })
        return try! LocationCalendar(timeZone: zone, weekly: weekly, holidays: Set(holidays.map { LocalDate(parsing: $0)! }),
                                     specialHours: specialHours)
    }
}
