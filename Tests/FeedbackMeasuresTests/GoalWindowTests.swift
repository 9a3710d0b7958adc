import FeedbackMeasures
import Foundation
import RapportCalendar
import Testing

@Suite struct GoalWindowTests {
    let resolver = Fixtures.resolver

    @Test func theWindowIsTheLastLocalDaysOfItsInstant() {
        // 23:30 UTC on 9 October is 00:30 on the 10th in London (BST): the window ends on the 10th.
        let window = resolver.goalWindow(days: 28, asOf: Fixtures.at("2026-10-09T23:30:00Z"), location: "store-12")
        #expect(window.firstDay.description == "2026-09-13" && window.lastDay.description == "2026-10-10")
        #expect(window.labels.count == 28 && window.labels.first == "2026-09-13" && window.labels.last == "2026-10-10")
        #expect(window.labels == resolver.rollingDays(28, endingAt: Fixtures.at("2026-10-09T23:30:00Z"), location: "store-12"))
    }

    @Test func aWindowKnowsTheInstantsOfItsLastDay() {
        let window = resolver.goalWindow(days: 28, asOf: Fixtures.at("2026-10-10T09:00:00Z"), location: "store-12")
        #expect(window.endsOnTheDay(of: Fixtures.at("2026-10-09T23:00:00Z")), "midnight BST")
        #expect(window.endsOnTheDay(of: Fixtures.at("2026-10-10T22:59:59Z")))
        #expect(!window.endsOnTheDay(of: Fixtures.at("2026-10-09T22:59:59Z")))
        #expect(!window.endsOnTheDay(of: Fixtures.at("2026-10-10T23:00:00Z")))
    }

    @Test func aDayLeavesAtLocalMidnightWhateverTheOffsetThatNight() {
        let window = resolver.goalWindow(days: 28, asOf: Fixtures.at("2026-10-10T09:00:00Z"), location: "store-12")
        // 20 September leaves when 18 October starts: midnight BST, 23:00 UTC on the 17th.
        #expect(window.exit(of: LocalDate(year: 2026, month: 9, day: 20)!) == Fixtures.at("2026-10-17T23:00:00Z"))
        // 1 October leaves when 29 October starts: the clocks went back on the 25th, so midnight GMT.
        #expect(window.nextChange(oldestDayWithAnswers: LocalDate(year: 2026, month: 10, day: 1)!) == Fixtures.at("2026-10-29T00:00:00Z"))
        // New York: 1 October leaves at midnight EDT on the 29th, 04:00 UTC.
        let newYork = resolver.goalWindow(days: 28, asOf: Fixtures.at("2026-10-10T16:00:00Z"), location: "nyc-1")
        #expect(newYork.nextChange(oldestDayWithAnswers: LocalDate(year: 2026, month: 10, day: 1)!) == Fixtures.at("2026-10-29T04:00:00Z"))
    }

    @Test func noAnswersInTheWindowMeansNoChangeToWaitFor() {
        let window = resolver.goalWindow(days: 28, asOf: Fixtures.at("2026-10-10T09:00:00Z"), location: "store-12")
        #expect(window.nextChange(oldestDayWithAnswers: nil) == nil)
        #expect(window.nextChange(oldestDayWithAnswers: LocalDate(year: 2026, month: 9, day: 12)!) == nil, "a day already out")
    }

    @Test func goalsAreNeverCheckedAsOfAnEarlierMomentThanBeforeNorFarAheadOfTheClock() {
        let earlier = Fixtures.at("2026-10-01T09:00:00Z"), later = Fixtures.at("2026-10-29T00:00:00Z")
        let now = Fixtures.at("2026-10-29T12:00:00Z")
        #expect(GoalWindow.asOf(earlier, after: nil, now: now) == earlier)
        #expect(GoalWindow.asOf(earlier, after: later, now: now) == later)
        #expect(GoalWindow.asOf(later, after: earlier, now: now) == later)
        // A response dated a year ahead (a desk clock set wrong) is believed up to an hour ahead.
        #expect(GoalWindow.asOf(Fixtures.at("2027-10-29T12:00:00Z"), after: later, now: now) == Fixtures.at("2026-10-29T13:00:00Z"))
        #expect(GoalWindow.asOf(Fixtures.at("2026-10-29T12:30:00Z"), after: later, now: now) == Fixtures.at("2026-10-29T12:30:00Z"))
    }
}
