import Foundation
import RapportCalendar
import Testing

@Suite("Calendars with no opening: forward searches are bounded")
struct NoOpeningTests {
    @Test("A week with no opening at all: searches give nil instead of looping")
    func neverOpen() throws {
        let closed = try calendar("Europe/London", [:])
        let start = at("2026-12-07T12:00:00Z")
        #expect(!closed.isOpen(at: start))
        #expect(closed.nextOpening(after: start) == nil)
        #expect(closed.nextClosing(after: start) == nil)
        #expect(closed.adding(openingTime: hours(1), to: start) == nil)
        #expect(closed.openingDay(1, after: date("2026-12-07")) == nil)
        #expect(closed.openingTime(from: start, to: start.addingTimeInterval(3 * 366 * 86_400)) == .zero)
    }

    @Test("Every opening day a holiday: no opening within the search limit")
    func allHolidays() throws {
        let first = date("2026-12-07")
        let holidays = (0..<400).map { first.adding(days: $0).description }
        let shop = try calendar("Europe/London", [.wednesday: ["09:00-17:00"]], holidays: holidays)
        #expect(shop.openingDay(1, after: first) == nil)
        #expect(shop.nextOpening(after: at("2026-12-07T12:00:00Z")) == nil)
    }

    @Test("Special hours on an otherwise closed calendar: found after 200 closed days, not after 400")
    func specialHoursOnly() throws {
        let start = date("2026-12-07")
        let near = start.adding(days: 200)
        let far = near.adding(days: 400)
        let popUp = try calendar("Europe/London", [:], special: [near.description: ["10:00-16:00"], far.description: ["10:00-16:00"]])
        let from = popUp.instant(start, .midnight)
        #expect(popUp.nextOpening(after: from) == popUp.openingTime(on: near))
        #expect(popUp.openingDay(1, after: start) == near)
        #expect(popUp.openingDay(2, after: start) == nil)
        #expect(popUp.adding(openingTime: hours(7), to: from) == nil)
        #expect(popUp.adding(openingTime: hours(6), to: from) == popUp.closingTime(on: near))
        // Measuring between two instants is not a search: it sees both days, however far apart.
        #expect(popUp.openingTime(from: from, to: popUp.instant(far.adding(days: 1), .midnight)) == hours(12))
    }
}
