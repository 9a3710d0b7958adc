import Foundation
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
        #expect(store.timeZone.identifier == "Europe/London")
        #expect(store.hours.keys.sorted() == [.monday, .tuesday, .friday, .sunday])
        #expect(store.hours[.tuesday]?.map(\.description) == ["09:00-12:00", "13:00-17:30"])
        let late = try #require(store.hours[.friday]?.first)
        #expect(late.endsNextDay && late.minutes == 8 * 60)
        #expect(store.hours[.sunday]?.first?.minutes == 1_440)
        #expect(store.holidays.map(\.description) == ["2026-12-25", "2026-12-26"])
        #expect(store.specialHours.count == 2)
        #expect(store.specialHours[try #require(LocalDate("2026-12-31"))] == [])
        #expect(store.specialHours[try #require(LocalDate("2026-12-24"))]?.map(\.description) == ["09:00-13:00"])
        #expect(store.dateOrder == .dmy)
        let desk = try #require(config.locations["desk-2"])
        #expect(desk.hours.isEmpty && desk.holidays.isEmpty && desk.dateOrder == nil)
    }

    @Test("times and dates", arguments: [
        ("00:00", true), ("23:59", true), ("24:00", true), ("24:01", false), ("25:00", false),
        ("12:60", false), ("9:00", false), ("09:0", false), ("0900", false), ("-1:00", false),
    ])
    func clockTimes(text: String, valid: Bool) {
        #expect((ClockTime(text) != nil) == valid)
    }

    @Test("dates", arguments: [
        ("2026-12-25", true), ("2024-02-29", true), ("2026-02-29", false), ("2100-02-29", false), ("2000-02-29", true),
        ("2026-04-31", false), ("2026-13-01", false), ("2026-00-10", false), ("26-12-25", false), ("2026/12/25", false),
    ])
    func dates(text: String, valid: Bool) {
        #expect((LocalDate(text) != nil) == valid)
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
