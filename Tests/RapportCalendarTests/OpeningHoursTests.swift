import Foundation
import RapportCalendar
import Testing

@Suite("Open or closed, next opening and next closing")
struct OpeningHoursTests {
    // The week of Monday 2026-12-07 in London is on GMT (+00:00).

    @Test("Open from the opening instant up to, not including, the closing instant", arguments: [
        ("2026-12-07T08:59:59Z", false), ("2026-12-07T09:00:00Z", true), ("2026-12-07T17:29:59Z", true),
        ("2026-12-07T17:30:00Z", false), ("2026-12-13T12:00:00Z", false), ("2026-12-12T12:00:00Z", true),
    ])
    func isOpen(instant: String, open: Bool) throws {
        #expect(try calendar("Europe/London", shopWeek()).isOpen(at: at(instant)) == open)
    }

    @Test("Next opening is strictly after the instant", arguments: [
        ("2026-12-07T08:00:00Z", "2026-12-07T09:00:00Z"), ("2026-12-07T09:00:00Z", "2026-12-08T09:00:00Z"),
        ("2026-12-07T12:00:00Z", "2026-12-08T09:00:00Z"), ("2026-12-12T18:00:00Z", "2026-12-14T09:00:00Z"),
    ])
    func nextOpening(instant: String, expected: String) throws {
        #expect(try calendar("Europe/London", shopWeek()).nextOpening(after: at(instant)) == at(expected))
    }

    @Test("Next closing is strictly after the instant", arguments: [
        ("2026-12-07T08:00:00Z", "2026-12-07T17:30:00Z"), ("2026-12-07T10:00:00Z", "2026-12-07T17:30:00Z"),
        ("2026-12-07T17:30:00Z", "2026-12-08T17:30:00Z"), ("2026-12-12T18:00:00Z", "2026-12-14T17:30:00Z"),
    ])
    func nextClosing(instant: String, expected: String) throws {
        #expect(try calendar("Europe/London", shopWeek()).nextClosing(after: at(instant)) == at(expected))
    }

    @Test("A span past midnight is open until it closes on the next day")
    func pastMidnight() throws {
        let bar = try calendar("Europe/London", [.friday: ["18:00-02:00"]])
        #expect(bar.isOpen(at: at("2026-12-12T01:59:00Z")))
        #expect(!bar.isOpen(at: at("2026-12-12T02:00:00Z")))
        #expect(bar.nextClosing(after: at("2026-12-11T20:00:00Z")) == at("2026-12-12T02:00:00Z"))
        #expect(bar.closingTime(on: date("2026-12-11")) == at("2026-12-12T02:00:00Z"))
        #expect(bar.closingTime(on: date("2026-12-12")) == nil)
        #expect(bar.openingTime(from: at("2026-12-11T00:00:00Z"), to: at("2026-12-13T00:00:00Z")) == hours(8))
    }

    @Test("Spans touching at midnight are one stretch: one opening, one closing")
    func touchingAtMidnight() throws {
        let bar = try calendar("Europe/London", [.friday: ["18:00-24:00"], .saturday: ["00:00-02:00", "20:00-23:00"]])
        #expect(bar.nextOpening(after: at("2026-12-11T17:00:00Z")) == at("2026-12-11T18:00:00Z"))
        #expect(bar.nextOpening(after: at("2026-12-11T18:00:00Z")) == at("2026-12-12T20:00:00Z"))
        #expect(bar.nextClosing(after: at("2026-12-11T19:00:00Z")) == at("2026-12-12T02:00:00Z"))
        #expect(bar.closingTime(on: date("2026-12-11")) == at("2026-12-12T00:00:00Z"))
    }

    @Test("A holiday is closed all day, but a span from the day before still runs into it")
    func holiday() throws {
        var week = shopWeek()
        week[.thursday] = ["18:00-01:00"]
        let shop = try calendar("Europe/London", week, holidays: ["2026-12-25"])
        #expect(!shop.isOpen(at: at("2026-12-25T12:00:00Z")))
        #expect(shop.isOpen(at: at("2026-12-25T00:30:00Z")))
        #expect(!shop.isOpeningDay(date("2026-12-25")))
        #expect(shop.nextOpening(after: at("2026-12-25T01:00:00Z")) == at("2026-12-26T09:00:00Z"))
        #expect(shop.closingTime(on: date("2026-12-25")) == nil)
    }

    @Test("Special hours replace the day's spans; an empty list closes it; they win over a holiday")
    func specialHours() throws {
        let shop = try calendar(
            "Europe/London", shopWeek(), holidays: ["2026-12-26"],
            special: ["2026-12-24": ["10:00-14:00"], "2026-12-23": [], "2026-12-20": ["11:00-15:00"], "2026-12-26": ["10:00-12:00"]]
        )
        #expect(shop.spans(on: date("2026-12-24")) == [span("10:00-14:00")])
        #expect(!shop.isOpen(at: at("2026-12-24T09:30:00Z")))
        #expect(!shop.isOpen(at: at("2026-12-24T15:00:00Z")))
        #expect(shop.closingTime(on: date("2026-12-24")) == at("2026-12-24T14:00:00Z"))
        #expect(!shop.isOpeningDay(date("2026-12-23")))
        #expect(shop.nextOpening(after: at("2026-12-22T18:00:00Z")) == at("2026-12-24T10:00:00Z"))
        #expect(shop.isOpen(at: at("2026-12-20T12:00:00Z")))
        #expect(shop.isOpen(at: at("2026-12-26T11:00:00Z")))
    }

    @Test("24:00 is midnight at the start of the next day")
    func endOfDay() throws {
        let shop = try calendar("America/New_York", [.friday: ["10:00-24:00"]])
        #expect(shop.instant(date("2026-12-11"), .endOfDay) == shop.instant(date("2026-12-12"), .midnight))
        #expect(shop.closingTime(on: date("2026-12-11")) == at("2026-12-12T00:00:00-05:00"))
        #expect(!shop.isOpen(at: at("2026-12-12T00:00:00-05:00")))
    }

    @Test("The local date follows the location's zone, not UTC")
    func localDate() throws {
        let sydney = try calendar("Australia/Sydney", shopWeek())
        #expect(sydney.localDate(at: at("2026-12-06T14:00:00Z")) == date("2026-12-07"))
        let newYork = try calendar("America/New_York", shopWeek())
        #expect(newYork.localDate(at: at("2027-01-01T04:30:00Z")) == date("2026-12-31"))
    }
}
