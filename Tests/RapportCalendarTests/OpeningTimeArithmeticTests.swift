import Foundation
import RapportCalendar
import Testing

@Suite("Adding opening time and measuring it")
struct OpeningTimeArithmeticTests {
    @Test("Adding opening time skips closed time and lands on a closing, never the next opening", arguments: [
        ("2026-12-07T09:00:00Z", 8.5, "2026-12-07T17:30:00Z"),
        ("2026-12-07T17:00:00Z", 1.0, "2026-12-08T09:30:00Z"),
        ("2026-12-07T06:00:00Z", 1.0, "2026-12-07T10:00:00Z"),
        ("2026-12-12T20:00:00Z", 2.0, "2026-12-14T11:00:00Z"),
        ("2026-12-07T09:00:00Z", 17.0, "2026-12-08T17:30:00Z"),
        ("2026-12-07T12:00:00Z", 0.25, "2026-12-07T12:15:00Z"),
    ])
    func adding(start: String, openHours: Double, expected: String) throws {
        let shop = try calendar("Europe/London", shopWeek())
        #expect(shop.adding(openingTime: hours(openHours), to: at(start)) == at(expected))
    }

    @Test("Adding zero gives the instant itself, even when closed; a negative amount gives nil")
    func zeroAndNegative() throws {
        let shop = try calendar("Europe/London", shopWeek())
        let sunday = at("2026-12-13T12:00:00Z")
        #expect(shop.adding(openingTime: .zero, to: sunday) == sunday)
        #expect(shop.adding(openingTime: .seconds(-1), to: sunday) == nil)
    }

    @Test("Adding many opening hours reaches the right closing across months and a clock change")
    func addingManyHours() throws {
        let shop = try calendar("Europe/London", shopWeek())
        let monday = date("2026-12-07")
        let start = try #require(shop.openingTime(on: monday))
        let hundredth = try #require(shop.openingDay(99, after: monday))
        #expect(hundredth > date("2027-03-28"))
        #expect(shop.adding(openingTime: hours(850), to: start) == shop.closingTime(on: hundredth))
    }

    @Test("Elapsed opening time is the inverse of adding it", arguments: [
        ("2026-12-07T09:00:00Z", 3.0), ("2026-12-07T16:00:00Z", 5.5), ("2026-12-13T10:00:00Z", 20.0),
        ("2026-03-27T12:00:00Z", 30.0), ("2026-10-23T17:15:00+01:00", 12.75),
    ])
    func inverse(start: String, openHours: Double) throws {
        let shop = try calendar("Europe/London", shopWeek(), holidays: ["2026-12-08"], special: ["2026-12-09": ["12:00-13:00"]])
        let end = try #require(shop.adding(openingTime: hours(openHours), to: at(start)))
        #expect(shop.openingTime(from: at(start), to: end) == hours(openHours))
    }

    @Test("Elapsed opening time counts holidays and special hours and is zero backwards")
    func elapsed() throws {
        let shop = try calendar("Europe/London", shopWeek(), holidays: ["2026-12-08"], special: ["2026-12-09": ["12:00-13:00"]])
        // Monday 8.5 + Tuesday holiday 0 + Wednesday 1 + Thursday until 10:00, 1.
        #expect(shop.openingTime(from: at("2026-12-07T00:00:00Z"), to: at("2026-12-10T10:00:00Z")) == hours(10.5))
        #expect(shop.openingTime(from: at("2026-12-10T10:00:00Z"), to: at("2026-12-07T00:00:00Z")) == .zero)
        #expect(shop.openingTime(from: at("2026-12-13T00:00:00Z"), to: at("2026-12-13T23:00:00Z")) == .zero)
    }

    @Test("A location open around the clock never closes, and adding is plain elapsed time")
    func alwaysOpen() throws {
        let open = try calendar("America/New_York", everyDay("00:00-24:00"))
        let start = at("2026-12-07T12:00:00Z")
        #expect(open.isOpen(at: start))
        #expect(open.nextClosing(after: start) == nil)
        #expect(open.nextOpening(after: start) == nil)
        #expect(open.adding(openingTime: hours(1000), to: start) == start.addingTimeInterval(1000 * 3_600))
        #expect(open.openingTime(from: start, to: start.addingTimeInterval(40 * 86_400)) == hours(960))
    }
}
