import Foundation
import RapportCalendar
import Testing

/// 2026 clock changes: London 29 Mar (01:00 GMT -> 02:00 BST) and 25 Oct (02:00 BST -> 01:00 GMT);
/// New York 8 Mar (02:00 EST -> 03:00 EDT) and 1 Nov (02:00 EDT -> 01:00 EST);
/// Sydney 5 Apr (03:00 AEDT -> 02:00 AEST) and 4 Oct (02:00 AEST -> 03:00 AEDT).
@Suite("Clock changes in London, New York and Sydney")
struct DaylightSavingTests {
    struct Day: Sendable, CustomTestStringConvertible {
        let zone: String
        let date: String
        let opens: String
        let closes: String
        var testDescription: String { "\(zone) \(date)" }
    }

    static let shopDays: [Day] = [
        Day(zone: "Europe/London", date: "2026-03-29", opens: "2026-03-29T08:00:00Z", closes: "2026-03-29T16:30:00Z"),
        Day(zone: "Europe/London", date: "2026-10-25", opens: "2026-10-25T09:00:00Z", closes: "2026-10-25T17:30:00Z"),
        Day(zone: "America/New_York", date: "2026-03-08", opens: "2026-03-08T13:00:00Z", closes: "2026-03-08T21:30:00Z"),
        Day(zone: "America/New_York", date: "2026-11-01", opens: "2026-11-01T14:00:00Z", closes: "2026-11-01T22:30:00Z"),
        Day(zone: "Australia/Sydney", date: "2026-10-04", opens: "2026-10-03T22:00:00Z", closes: "2026-10-04T06:30:00Z"),
        Day(zone: "Australia/Sydney", date: "2026-04-05", opens: "2026-04-04T23:00:00Z", closes: "2026-04-05T07:30:00Z"),
    ]

    @Test("A 09:00-17:30 shop opens and closes at local 09:00 and 17:30 on clock-change days", arguments: shopDays)
    func shopOnChangeDay(day: Day) throws {
        let shop = try calendar(day.zone, everyDay("09:00-17:30"))
        let local = date(day.date)
        #expect(shop.openingTime(on: local) == at(day.opens))
        #expect(shop.closingTime(on: local) == at(day.closes))
        let midnight = shop.day(containing: at(day.opens))
        #expect(shop.openingTime(from: midnight.start, to: midnight.end) == hours(8.5))
        #expect(shop.nextOpening(after: midnight.start) == at(day.opens))
        #expect(shop.nextClosing(after: midnight.start) == at(day.closes))
        #expect(shop.adding(openingTime: hours(8.5), to: midnight.start) == at(day.closes))
    }

    static let nightSpans: [(Day, Double)] = [
        // Clocks forward: 01:00-03:00 lasts one real hour (a missing 01:00 moves forward to 02:00 BST).
        (Day(zone: "Europe/London", date: "2026-03-29", opens: "2026-03-29T01:00:00Z", closes: "2026-03-29T02:00:00Z"), 1),
        (Day(zone: "America/New_York", date: "2026-03-08", opens: "2026-03-08T06:00:00Z", closes: "2026-03-08T07:00:00Z"), 1),
        (Day(zone: "Australia/Sydney", date: "2026-10-04", opens: "2026-10-03T15:00:00Z", closes: "2026-10-03T16:00:00Z"), 1),
        // Clocks back: 01:00-03:00 lasts three real hours (an ambiguous 01:00 is its first occurrence).
        (Day(zone: "Europe/London", date: "2026-10-25", opens: "2026-10-25T00:00:00Z", closes: "2026-10-25T03:00:00Z"), 3),
        (Day(zone: "America/New_York", date: "2026-11-01", opens: "2026-11-01T05:00:00Z", closes: "2026-11-01T08:00:00Z"), 3),
        (Day(zone: "Australia/Sydney", date: "2026-04-05", opens: "2026-04-04T14:00:00Z", closes: "2026-04-04T17:00:00Z"), 3),
    ]

    @Test("A 01:00-03:00 span across a clock change lasts its real length", arguments: nightSpans)
    func spanAcrossChange(day: Day, realHours: Double) throws {
        let night = try calendar(day.zone, everyDay("01:00-03:00"))
        let local = date(day.date)
        #expect(night.openingTime(on: local) == at(day.opens))
        #expect(night.closingTime(on: local) == at(day.closes))
        #expect(night.openingTime(from: at(day.opens).addingTimeInterval(-7_200), to: at(day.closes).addingTimeInterval(7_200)) == hours(realHours))
        #expect(night.isOpen(at: at(day.closes).addingTimeInterval(-1)))
        #expect(!night.isOpen(at: at(day.closes)))
        #expect(!night.isOpen(at: at(day.opens).addingTimeInterval(-1)))
    }

    @Test("A wall time that does not exist moves forward by the gap; an ambiguous one is its first occurrence", arguments: [
        ("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30:00Z"),
        ("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z"),
        ("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30:00Z"),
        ("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z"),
        ("Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:30:00Z"),
        ("Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00Z"),
    ])
    func wallTimeResolution(zone: String, day: String, time: String, expected: String) throws {
        let made = try calendar(zone, [:])
        #expect(made.instant(date(day), try #require(LocalTime(parsing: time))) == at(expected))
    }

    @Test("Each end of a span in the gap moves forward by the gap; a span can become empty")
    func spansInGap() throws {
        let moved = try calendar("America/New_York", everyDay("02:15-02:45"))
        #expect(moved.openingTime(on: date("2026-03-08")) == at("2026-03-08T03:15:00-04:00"))
        #expect(moved.closingTime(on: date("2026-03-08")) == at("2026-03-08T03:45:00-04:00"))
        let emptied = try calendar("America/New_York", everyDay("02:30-03:15"))
        let day = emptied.day(containing: at("2026-03-08T12:00:00Z"))
        #expect(emptied.openingTime(from: day.start, to: day.end) == .zero)
        #expect(emptied.openingTime(from: day.start.addingTimeInterval(-86_400), to: day.start) == hours(0.75))
    }

    @Test("Elapsed opening time across a clock change is real time, not the wall-clock difference", arguments: [
        // A night shift 22:00-06:00: seven real hours the night clocks go forward, nine the night they go back.
        ("Europe/London", "2026-03-28T12:00:00Z", "2026-03-29T12:00:00+01:00", 7.0),
        ("Europe/London", "2026-10-24T12:00:00+01:00", "2026-10-25T12:00:00Z", 9.0),
        ("America/New_York", "2026-03-07T12:00:00-05:00", "2026-03-08T12:00:00-04:00", 7.0),
        ("America/New_York", "2026-10-31T12:00:00-04:00", "2026-11-01T12:00:00-05:00", 9.0),
        ("Australia/Sydney", "2026-10-03T12:00:00+10:00", "2026-10-04T12:00:00+11:00", 7.0),
        ("Australia/Sydney", "2026-04-04T12:00:00+11:00", "2026-04-05T12:00:00+10:00", 9.0),
    ])
    func nightShift(zone: String, from: String, to: String, realHours: Double) throws {
        let shift = try calendar(zone, everyDay("22:00-06:00"))
        #expect(shift.openingTime(from: at(from), to: at(to)) == hours(realHours))
    }

    @Test("An always-open location's clock-change days last 23 and 25 hours")
    func alwaysOpenDays() throws {
        let open = try calendar("Europe/London", everyDay("00:00-24:00"))
        let spring = open.day(containing: at("2026-03-29T12:00:00Z"))
        let autumn = open.day(containing: at("2026-10-25T12:00:00Z"))
        #expect(open.openingTime(from: spring.start, to: spring.end) == hours(23))
        #expect(open.openingTime(from: autumn.start, to: autumn.end) == hours(25))
        #expect(open.adding(openingTime: hours(24), to: at("2026-03-28T12:00:00Z")) == at("2026-03-29T13:00:00+01:00"))
    }

    @Test("A complaint's age over a weekend with a clock change counts only opening hours")
    func complaintAge() throws {
        let shop = try calendar("Europe/London", shopWeek())
        // Friday 17:00 GMT to Monday 10:00 BST: half an hour Friday, 8.5 Saturday, an hour Monday.
        #expect(shop.openingTime(from: at("2026-03-27T17:00:00Z"), to: at("2026-03-30T10:00:00+01:00")) == hours(10))
        #expect(shop.adding(openingTime: hours(10), to: at("2026-03-27T17:00:00Z")) == at("2026-03-30T10:00:00+01:00"))
    }

    @Test("Days containing a clock change are 23 or 25 hours long", arguments: [
        ("Europe/London", "2026-03-29T12:00:00Z", 23.0), ("Europe/London", "2026-10-25T12:00:00Z", 25.0),
        ("America/New_York", "2026-03-08T17:00:00Z", 23.0), ("America/New_York", "2026-11-01T17:00:00Z", 25.0),
        ("Australia/Sydney", "2026-10-04T02:00:00Z", 23.0), ("Australia/Sydney", "2026-04-05T02:00:00Z", 25.0),
    ])
    func dayLengths(zone: String, instant: String, length: Double) throws {
        let day = try calendar(zone, [:]).day(containing: at(instant))
        #expect(day.end.timeIntervalSince(day.start) == length * 3_600)
        #expect(day.contains(at(instant)))
    }
}
