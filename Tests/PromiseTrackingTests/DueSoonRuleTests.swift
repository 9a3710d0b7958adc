import Foundation
import PromiseTracking
import RapportCalendar
import Testing

@Suite("Due soon: a lead time counted in opening hours")
struct DueSoonRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let what: String
        let calendar: String
        let leadMinutes: Int
        let due: String
        let start: String
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "inside one day (London, winter, UTC+0)", calendar: "store-12", leadMinutes: 120,
             due: "2026-11-27T17:30:00Z", start: "2026-11-27T15:30:00Z"),
        Case(what: "back over a Sunday into Saturday's hours", calendar: "store-12", leadMinutes: 120,
             due: "2026-11-30T10:00:00Z", start: "2026-11-28T15:00:00Z"),
        Case(what: "due at the opening instant: the lead is the last opening hours before it", calendar: "store-12", leadMinutes: 60,
             due: "2026-11-30T09:00:00Z", start: "2026-11-28T15:00:00Z"),
        Case(what: "the lead exactly fills the morning: the day's opening", calendar: "store-12", leadMinutes: 60,
             due: "2026-11-30T10:00:00Z", start: "2026-11-30T09:00:00Z"),
        Case(what: "holidays skipped (Christmas Day and Boxing Day closed, Thursday to 19:00)", calendar: "store-12", leadMinutes: 180,
             due: "2026-12-28T10:00:00Z", start: "2026-12-24T17:00:00Z"),
        Case(what: "clocks go forward (London 29 Mar): Saturday in GMT, Monday in BST", calendar: "store-12", leadMinutes: 120,
             due: "2026-03-30T10:00:00+01:00", start: "2026-03-28T15:00:00Z"),
        Case(what: "clocks go back (New York 1 Nov, UTC-4 to UTC-5): Friday in EDT, Monday in EST", calendar: "nyc-1", leadMinutes: 180,
             due: "2026-11-02T10:00:00-05:00", start: "2026-10-30T15:00:00-04:00"),
        Case(what: "east of UTC (Tokyo, UTC+9), over local midnight", calendar: "tokyo-1", leadMinutes: 90,
             due: "2026-10-01T10:30:00+09:00", start: "2026-09-30T19:00:00+09:00"),
        Case(what: "southern clocks go forward (Sydney 4 Oct, UTC+10 to UTC+11)", calendar: "syd-1", leadMinutes: 120,
             due: "2026-10-05T09:00:00+11:00", start: "2026-10-02T17:00:00+10:00"),
    ]

    @Test(arguments: cases)
    func dueSoonStart(_ c: Case) {
        let rule = DueSoonRule(lead: .seconds(c.leadMinutes * 60), calendar: Fixture.calendars[c.calendar])
        #expect(rule.dueSoonStart(before: Fixture.at(c.due)) == Fixture.at(c.start))
    }

    @Test("without a calendar the lead is wall-clock time")
    func wallClock() {
        let rule = DueSoonRule(lead: .seconds(7_200), calendar: nil)
        #expect(rule.dueSoonStart(before: Fixture.at("2026-11-30T10:00:00Z")) == Fixture.at("2026-11-30T08:00:00Z"))
    }
}
