import Foundation
import RapportCalendar
import Testing

/// The operations agree with each other at instants stepped through weeks with clock changes.
@Suite("Operations agree with each other")
struct ConsistencyTests {
    static let cases: [(zone: String, from: String)] = [
        ("Europe/London", "2026-03-25T00:00:00Z"), ("Europe/London", "2026-10-21T00:00:00Z"),
        ("America/New_York", "2026-03-04T00:00:00Z"), ("America/New_York", "2026-10-28T00:00:00Z"),
        ("Australia/Sydney", "2026-04-01T00:00:00Z"), ("Australia/Sydney", "2026-09-30T00:00:00Z"),
    ]

    static func mixedWeek(_ zone: String) throws -> LocationCalendar {
        try calendar(zone, [
            .monday: ["09:00-12:00", "12:00-17:30"], .tuesday: ["01:00-03:00", "09:00-17:30"],
            .wednesday: ["09:00-12:30", "13:30-17:30"], .thursday: ["09:00-17:30"],
            .friday: ["09:00-12:00", "18:00-02:30"], .saturday: ["02:30-04:00", "10:00-16:00"],
            .sunday: ["00:30-03:30", "22:00-06:00"],
        ], holidays: ["2026-03-06", "2026-10-30"], special: ["2026-04-03": [], "2026-10-02": ["11:00-13:00"]])
    }

    @Test("Open/closed, next opening and closing, adding and elapsed agree", arguments: cases)
    func agree(zone: String, from: String) throws {
        let week = try Self.mixedWeek(zone)
        var instant = at(from)
        for _ in 0..<110 {
            instant = instant.addingTimeInterval(97 * 60)
            let closing = try #require(week.nextClosing(after: instant))
            let opening = try #require(week.nextOpening(after: instant))
            #expect(closing > instant && opening > instant)
            if week.isOpen(at: instant) {
                #expect(closing < opening)
                #expect(week.openingTime(from: instant, to: closing) == .seconds(closing.timeIntervalSince(instant)))
                #expect(week.isOpen(at: closing.addingTimeInterval(-1)) && !week.isOpen(at: closing))
            } else {
                #expect(opening < closing)
                #expect(week.openingTime(from: instant, to: opening) == .zero)
                #expect(week.isOpen(at: opening) && !week.isOpen(at: opening.addingTimeInterval(-1)))
            }
            let later = instant.addingTimeInterval(36 * 3_600)
            let elapsed = week.openingTime(from: instant, to: later)
            #expect(week.openingTime(from: instant, to: closing) + week.openingTime(from: closing, to: later) == elapsed)
            if elapsed > .zero, let reached = week.adding(openingTime: elapsed, to: instant) {
                #expect(reached <= later && week.openingTime(from: instant, to: reached) == elapsed)
            }
        }
    }
}
