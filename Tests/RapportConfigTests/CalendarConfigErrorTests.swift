import RapportConfig
import Testing

/// A calendar that cannot be built, or a holiday listed twice, is an error at the entry that
/// causes it, with file, line, column and key.
@Suite("rapport.yaml: calendar errors")
struct CalendarConfigErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let error: String
        var testDescription: String { name }
    }

    static let head = "locations:\n  s:\n    time_zone: Europe/London\n"

    static let cases: [Case] = [
        Case(name: "weekly spans overlap: at the second", yaml: head + "    hours:\n      mon: [09:00-13:00, 12:00-17:30]\n",
             error: "rapport.yaml:5:26: locations.s.hours.mon[1]: Monday has overlapping opening spans 09:00-13:00 and 12:00-17:30: "
                + "give each day spans that do not overlap (merge them into one span)"),
        Case(name: "the same span twice: at the second", yaml: head + "    hours:\n      tue:\n        - 09:00-17:00\n        - 09:00-17:00\n",
             error: "rapport.yaml:7:11: locations.s.hours.tue[1]: Tuesday has overlapping opening spans 09:00-17:00 and 09:00-17:00: "
                + "give each day spans that do not overlap (merge them into one span)"),
        Case(name: "a weekly span past midnight into the next day's: at the first, naming the second",
             yaml: head + "    hours:\n      fri: [09:00-17:00, 18:00-02:00]\n      sat: [01:00-05:00]\n",
             error: "rapport.yaml:5:26: locations.s.hours.fri[1]: Friday's span 18:00-02:00 runs past midnight into Saturday's span "
                + "01:00-05:00: close the first span by 01:00 or open the second later (Saturday's span is locations.s.hours.sat[0], line 6)"),
        Case(name: "Sunday past midnight into Monday", yaml: head + "    hours:\n      mon: [00:30-06:00]\n      sun: [22:00-01:00]\n",
             error: "rapport.yaml:6:13: locations.s.hours.sun[0]: Sunday's span 22:00-01:00 runs past midnight into Monday's span "
                + "00:30-06:00: close the first span by 00:30 or open the second later (Monday's span is locations.s.hours.mon[0], line 5)"),
        Case(name: "special hours overlap: at the second", yaml: head + "    special_hours:\n      2026-12-24: [09:00-13:00, 12:30-14:00]\n",
             error: "rapport.yaml:5:33: locations.s.special_hours.2026-12-24[1]: 2026-12-24 has overlapping opening spans 09:00-13:00 "
                + "and 12:30-14:00: give each day spans that do not overlap (merge them into one span)"),
        Case(name: "special hours past midnight into the next day's weekly span: at the special hours",
             yaml: head + "    hours:\n      sat: [08:00-12:00]\n    special_hours:\n      2026-12-25: [20:00-09:00]\n",
             error: "rapport.yaml:7:20: locations.s.special_hours.2026-12-25[0]: 2026-12-25's span 20:00-09:00 runs past midnight into "
                + "2026-12-26's span 08:00-12:00: close the first span by 08:00 or open the second later "
                + "(2026-12-26's span is locations.s.hours.sat[0], line 5)"),
        Case(name: "a weekly span past midnight into special hours: at the special hours",
             yaml: head + "    hours:\n      fri: [18:00-02:00]\n    special_hours:\n      2026-12-26: [01:00-04:00]\n",
             error: "rapport.yaml:7:20: locations.s.special_hours.2026-12-26[0]: 2026-12-25's span 18:00-02:00 runs past midnight into "
                + "2026-12-26's span 01:00-04:00: close the first span by 01:00 or open the second later "
                + "(2026-12-25's span is locations.s.hours.fri[0], line 5)"),
        Case(name: "a holiday listed twice: at the second", yaml: head + "    holidays: [2026-12-25, 2026-12-28, 2026-12-25]\n",
             error: "rapport.yaml:4:40: locations.s.holidays[2]: 2026-12-25 is already listed as locations.s.holidays[0] at line 4; "
                + "remove one of the two"),
        Case(name: "an unknown zone: at time_zone", yaml: "locations:\n  s:\n    time_zone: Europe/Londres\n",
             error: "rapport.yaml:3:16: locations.s.time_zone: 'Europe/Londres' is not a known time zone; "
                + "write an IANA name such as Europe/London or America/New_York"),
    ]

    @Test("each is one error, positioned at the entry at fault", arguments: cases)
    func positioned(_ c: Case) {
        let reading = RapportConfigFile.read(c.yaml, source: "rapport.yaml", dataDirectory: "/d")
        #expect(reading.errors.map(\.description) == [c.error])
        #expect(reading.configuration == nil)
    }

    @Test("spans that touch, or a span past midnight that closes as the next day opens, are fine")
    func touching() throws {
        let yaml = Self.head + "    hours:\n      mon: [09:00-12:00, 12:00-17:00]\n      fri: [18:00-24:00]\n      sat: [00:00-02:00]\n"
            + "      sun: [22:00-01:00]\n    special_hours:\n      2026-12-26: [02:00-04:00]\n"
        let reading = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
    }

    @Test("calendar errors are reported with the location's other errors, in file order")
    func withOtherErrors() {
        let yaml = Self.head + "    hours:\n      mon: [09:00-13:00, 12:00-17:30]\n    holidays: [2026-12-25, 2026-12-25]\n    date_order: ymd\n"
        let errors = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d").errors
        #expect(errors.map(\.key) == ["locations.s.hours.mon[1]", "locations.s.holidays[1]", "locations.s.date_order"], "\(errors)")
    }

    @Test("a day whose spans do not read is left out of the calendar (no second error about it)")
    func noCalendarAfterAnError() {
        let yaml = Self.head + "    hours:\n      mon: [09:00-13:00, 12:00-25:00]\n"
        let errors = RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d").errors
        #expect(errors.map(\.key) == ["locations.s.hours.mon[1]"])
        #expect(errors.first?.message.contains("'25:00' is not a time") == true)
    }
}
