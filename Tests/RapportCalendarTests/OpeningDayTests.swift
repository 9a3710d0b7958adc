import Foundation
import RapportCalendar
import Testing

@Suite("Opening days and closing times")
struct OpeningDayTests {
    static func weekdaysShop() throws -> LocationCalendar {
        var week = shopWeek()
        week[.saturday] = nil
        return try calendar("Europe/London", week, holidays: ["2026-12-25", "2026-12-28"])
    }

    @Test("The Nth opening day after a date: the date never counts, closed days and holidays are skipped", arguments: [
        ("2026-12-04", 1, "2026-12-07"), ("2026-12-07", 1, "2026-12-08"), ("2026-12-07", 5, "2026-12-14"),
        ("2026-12-24", 1, "2026-12-29"), ("2026-12-23", 2, "2026-12-29"), ("2026-12-25", 3, "2026-12-31"),
    ])
    func nthOpeningDay(from: String, count: Int, expected: String) throws {
        #expect(try Self.weekdaysShop().openingDay(count, after: date(from)) == date(expected))
    }

    @Test("A count below one has no opening day")
    func countBelowOne() throws {
        let shop = try Self.weekdaysShop()
        #expect(shop.openingDay(0, after: date("2026-12-07")) == nil)
        #expect(shop.openingDay(-1, after: date("2026-12-07")) == nil)
    }

    @Test("The opening day after an instant counts from the instant's local date")
    func openingDayAfterInstant() throws {
        let shop = try calendar("Australia/Sydney", shopWeek())
        // 2026-12-05T14:00Z is 01:00 on Sunday 6 December in Sydney.
        #expect(shop.openingDay(1, after: at("2026-12-05T14:00:00Z")) == date("2026-12-07"))
    }

    @Test("A promise 'in two opening days' is due at that day's closing time")
    func promiseDue() throws {
        let shop = try Self.weekdaysShop()
        let day = try #require(shop.openingDay(2, after: at("2026-12-24T15:00:00Z")))
        #expect(shop.closingTime(on: day) == at("2026-12-30T17:30:00Z"))
    }

    @Test("A day closes at the end of its last span; past midnight that is the next calendar day", arguments: [
        (["09:00-12:00", "13:00-17:00"], "2026-12-11T17:00:00Z"), (["18:00-02:00"], "2026-12-12T02:00:00Z"),
        (["09:00-12:00", "20:00-01:30"], "2026-12-12T01:30:00Z"), (["10:00-24:00"], "2026-12-12T00:00:00Z"),
        ([], nil),
    ])
    func closingTime(spans: [String], expected: String?) throws {
        let shop = try calendar("Europe/London", [.friday: spans])
        #expect(shop.closingTime(on: date("2026-12-11")) == expected.map(at))
    }

    @Test("A day opens at the start of its first span")
    func openingTime() throws {
        let shop = try calendar("America/New_York", [.friday: ["13:00-17:00", "09:00-12:00"]])
        #expect(shop.openingTime(on: date("2026-12-11")) == at("2026-12-11T09:00:00-05:00"))
        #expect(shop.openingTime(on: date("2026-12-12")) == nil)
    }
}
