import Foundation
import RapportCalendar
import RapportConfig
import Testing

/// A location's calendar, built while `rapport.yaml` is read, answers as the file says.
@Suite("rapport.yaml: a location's calendar")
struct LocationCalendarConfigTests {
    static let yaml = """
    locations:
      store-12:
        time_zone: Europe/London
        hours:
          mon: [09:00-17:30]
          tue: [09:00-17:30]
          wed: [09:00-17:30]
          thu: [09:00-17:30]
          fri: [09:00-17:30]
          sat: [10:00-14:00]
        holidays: [2026-12-25, 2026-12-26, 2026-12-28]
        special_hours:
          2026-12-24: [09:00-13:00]
          2026-12-26: [11:00-13:00]
        date_order: dmy
    """

    static func calendar() throws -> LocationCalendar {
        let reading = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        return try #require(try reading.get().locations["store-12"]).calendar
    }

    /// An instant written in ISO 8601 with its offset.
    static func at(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "\(text)")
    }

    static func day(_ text: String) throws -> LocalDate {
        try #require(LocalDate(parsing: text))
    }

    @Test("open and closed by the weekly hours, in the location's zone (GMT in winter, BST in summer)", arguments: [
        ("2026-12-21T08:59:00Z", false), ("2026-12-21T09:00:00Z", true), ("2026-12-21T17:29:00Z", true), ("2026-12-21T17:30:00Z", false),
        ("2026-12-19T10:00:00Z", true), ("2026-12-19T14:00:00Z", false), ("2026-12-20T12:00:00Z", false),
        ("2026-07-01T08:30:00Z", true), ("2026-07-01T16:29:00Z", true), ("2026-07-01T16:45:00Z", false), ("2026-07-01T08:59:00+01:00", false),
    ])
    func weekly(instant: String, open: Bool) throws {
        #expect(try Self.calendar().isOpen(at: Self.at(instant)) == open, "\(instant)")
    }

    @Test("closing times: weekly (in BST an hour earlier in UTC), special hours, none on a holiday")
    func closingTimes() throws {
        let calendar = try Self.calendar()
        #expect(calendar.closingTime(on: try Self.day("2026-12-21")) == (try Self.at("2026-12-21T17:30:00Z")))
        #expect(calendar.closingTime(on: try Self.day("2026-07-01")) == (try Self.at("2026-07-01T16:30:00Z")))
        #expect(calendar.closingTime(on: try Self.day("2026-12-19")) == (try Self.at("2026-12-19T14:00:00Z")))
        #expect(calendar.closingTime(on: try Self.day("2026-12-24")) == (try Self.at("2026-12-24T13:00:00Z")))
        #expect(calendar.closingTime(on: try Self.day("2026-12-25")) == nil)
        #expect(calendar.closingTime(on: try Self.day("2026-12-20")) == nil)
    }

    @Test("a holiday is closed all day; special hours replace the weekly ones and win over a holiday on the same date")
    func holidaysAndSpecialHours() throws {
        let calendar = try Self.calendar()
        #expect(calendar.isOpen(at: try Self.at("2026-12-24T12:59:00Z")))
        #expect(!calendar.isOpen(at: try Self.at("2026-12-24T13:00:00Z")))
        #expect(!calendar.isOpen(at: try Self.at("2026-12-25T12:00:00Z")))
        #expect(!calendar.isOpeningDay(try Self.day("2026-12-25")))
        // 2026-12-26 is a holiday and has special hours: the special hours apply.
        #expect(!calendar.isOpen(at: try Self.at("2026-12-26T10:30:00Z")))
        #expect(calendar.isOpen(at: try Self.at("2026-12-26T11:00:00Z")))
        #expect(calendar.nextOpening(after: try Self.at("2026-12-24T13:00:00Z")) == (try Self.at("2026-12-26T11:00:00Z")))
        #expect(calendar.openingDay(1, after: try Self.day("2026-12-24")) == (try Self.day("2026-12-26")))
        // Monday 2026-12-28 is a holiday: the next opening day after Saturday is Tuesday.
        #expect(calendar.openingDay(1, after: try Self.day("2026-12-26")) == (try Self.day("2026-12-29")))
    }

    @Test("date_order stays with the location")
    func dateOrder() throws {
        let reading = RapportConfigFile.read(Self.yaml, source: "rapport.yaml", dataDirectory: "/d")
        #expect(try reading.get().locations["store-12"]?.dateOrder == .dmy)
    }

    @Test("config check's entries show the calendar, each value with its line")
    func entries() throws {
        let reading = RapportConfigFile.read(Self.yaml, source: "rapport.yaml", dataDirectory: "/d")
        func entry(_ key: String) -> ConfigEntry? { reading.entries.first { $0.key == "locations.store-12." + key } }
        let expected: [(String, ConfigValue, String)] = [
            ("time_zone", .string("Europe/London"), "file rapport.yaml:3"),
            ("hours.mon", .array([.string("09:00-17:30")]), "file rapport.yaml:5"),
            ("hours.sat", .array([.string("10:00-14:00")]), "file rapport.yaml:10"),
            ("hours.sun", .string("closed"), "default"),
            ("holidays.2026-12-25", .string("closed"), "file rapport.yaml:11"),
            ("holidays.2026-12-26", .string("replaced by special_hours.2026-12-26"), "file rapport.yaml:11"),
            ("special_hours.2026-12-24", .array([.string("09:00-13:00")]), "file rapport.yaml:13"),
            ("special_hours.2026-12-26", .array([.string("11:00-13:00")]), "file rapport.yaml:14"),
            ("date_order", .string("dmy"), "file rapport.yaml:15"),
        ]
        for (key, value, origin) in expected {
            let found = try #require(entry(key), "\(key)")
            #expect(found.value == value, "\(key)")
            #expect(found.origin.description == origin, "\(key)")
        }
        let keys = reading.entries.map(\.key).filter { $0.hasPrefix("locations.store-12.holidays") }
        #expect(keys == ["2026-12-25", "2026-12-26", "2026-12-28"].map { "locations.store-12.holidays.\($0)" })
    }
}
