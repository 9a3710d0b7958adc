import Foundation
import RapportCalendar
import RapportConfig
import Testing

/// `locations:` and `plugins:` read into typed values.
@Suite("rapport.yaml: locations and plugins")
struct SiteSectionsTests {
    static func read(_ yaml: String) throws -> RapportConfiguration {
        let reading = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        return try reading.get()
    }

    @Test("a location: time zone, hours (short and long day names, past midnight), holidays, special hours, date order")
    func location() throws {
        let config = try Self.read("""
        locations:
          store-12:
            time_zone: Europe/London
            hours:
              mon: ["09:00-17:30"]
              tuesday: [09:00-12:00, 13:00-17:30]
              fri: [18:00-02:00]
              sat: []
              sun: [00:00-24:00]
            holidays: [2026-12-25, "2026-12-26"]
            special_hours:
              2026-12-24: [09:00-13:00]
              2026-12-31: []
            date_order: dmy
          desk-2:
            time_zone: America/New_York
        """)
        let store = try #require(config.locations["store-12"])
        #expect(store.id == "store-12")
        #expect(store.calendar.timeZoneIdentifier == "Europe/London")
        #expect(store.calendar.weekly.filter { !$0.value.isEmpty }.keys.sorted { $0.rawValue < $1.rawValue } == [.monday, .tuesday, .friday, .sunday])
        #expect(store.calendar.weekly[.tuesday]?.map(\.description) == ["09:00-12:00", "13:00-17:30"])
        let late = try #require(store.calendar.weekly[.friday]?.first)
        #expect(late.endsNextDay && late.nominalMinutes == 8 * 60)
        #expect(store.calendar.weekly[.sunday]?.first?.nominalMinutes == 1_440)
        #expect(store.calendar.holidays == [try #require(LocalDate(parsing: "2026-12-25")), try #require(LocalDate(parsing: "2026-12-26"))])
        #expect(store.calendar.specialHours.count == 2)
        #expect(store.calendar.specialHours[try #require(LocalDate(parsing: "2026-12-31"))] == [])
        #expect(store.calendar.specialHours[try #require(LocalDate(parsing: "2026-12-24"))]?.map(\.description) == ["09:00-13:00"])
        #expect(store.dateOrder == .dmy)
        let desk = try #require(config.locations["desk-2"])
        #expect(desk.calendar.timeZoneIdentifier == "America/New_York")
        #expect(desk.calendar.weekly.isEmpty && desk.calendar.holidays.isEmpty && desk.dateOrder == nil)
    }

    /// The errors of a location with `hours: {mon: [<span>]}`.
    static func spanErrors(_ span: String) -> [ConfigError] {
        let yaml = "locations:\n  s:\n    time_zone: UTC\n    hours: {mon: [\"\(span)\"]}\n"
        return RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d").errors
    }

    @Test("spans: times H:MM or HH:MM, 00:00 to 24:00 (24:00 only to close), a dash or an en dash", arguments: [
        ("09:00-17:30", true), ("9:00-17:30", true), ("00:00-24:00", true), ("18:00-02:00", true), ("09:00 - 17:30", true),
        ("09:00–17:30", true), ("24:00-02:00", false), ("09:00-24:01", false), ("09:00-25:00", false), ("12:60-13:00", false),
        ("09:0-17:00", false), ("0900-1700", false), ("09:00-09:00", false), ("09:00", false), ("09:00-12:00-13:00", false),
    ])
    func spans(text: String, valid: Bool) {
        let errors = Self.spanErrors(text)
        #expect(errors.isEmpty == valid, "\(errors)")
        #expect(errors.allSatisfy { $0.key == "locations.s.hours.mon[0]" && $0.line == 4 && $0.column == 19 }, "\(errors)")
    }

    @Test("dates: YYYY-MM-DD that exist", arguments: [
        ("2026-12-25", true), ("2024-02-29", true), ("2026-02-29", false), ("2100-02-29", false), ("2000-02-29", true),
        ("2026-04-31", false), ("2026-13-01", false), ("2026-00-10", false), ("26-12-25", false), ("2026/12/25", false),
    ])
    func dates(text: String, valid: Bool) {
        let yaml = "locations:\n  s:\n    time_zone: UTC\n    holidays: [\"\(text)\"]\n"
        let errors = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d").errors
        #expect(errors.isEmpty == valid, "\(errors)")
        #expect(errors.allSatisfy { $0.key == "locations.s.holidays[0]" && $0.message.contains("is not a date") }, "\(errors)")
    }

    @Test("plugins: defaults, and settings kept as typed JSON-like values")
    func plugins() throws {
        let config = try Self.read("""
        plugins:
          promises:
            instances: 2
            settings:
              due_default: 3d
              remind: true
              retries: 4
              ratio: 0.5
              quoted: "42"
              nothing: ~
              desks: [front, back]
              nested: {a: 1}
          themes:
            enabled: false
          reports:
        """)
        let promises = try #require(config.plugins["promises"])
        #expect(promises.enabled && promises.instances == 2)
        #expect(promises.settings == [
            "due_default": .string("3d"), "remind": .bool(true), "retries": .int(4), "ratio": .double(0.5),
            "quoted": .string("42"), "nothing": .null, "desks": .array([.string("front"), .string("back")]),
            "nested": .object(["a": .int(1)]),
        ])
        #expect(config.plugins["themes"] == { var p = PluginConfiguration(name: "themes"); p.enabled = false; return p }())
        #expect(config.plugins["reports"] == PluginConfiguration(name: "reports"))
    }

    @Test("settings encode as JSON")
    func settingsJSON() throws {
        let value = ConfigValue.object(["a": .array([.int(1), .null, .bool(false), .string("x")])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == #"{"a":[1,null,false,"x"]}"#)
    }
}
