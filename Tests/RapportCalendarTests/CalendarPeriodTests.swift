import Foundation
import RapportCalendar
import Testing

@Suite("Days, ISO weeks and months in the location's zone")
struct CalendarPeriodTests {
    @Test("ISO 8601 week labels, including year boundaries", arguments: [
        ("2026-12-06", "2026-W49"), ("2026-12-07", "2026-W50"), ("2026-12-31", "2026-W53"), ("2027-01-01", "2026-W53"),
        ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"), ("2020-12-31", "2020-W53"), ("2021-01-03", "2020-W53"),
        ("2021-01-04", "2021-W01"), ("2024-12-30", "2025-W01"), ("2026-01-01", "2026-W01"), ("2025-12-29", "2026-W01"),
        ("2016-01-03", "2015-W53"), ("2008-12-29", "2009-W01"),
    ])
    func isoWeekLabels(day: String, label: String) throws {
        let london = try calendar("Europe/London", [:])
        #expect(london.period(.isoWeek, of: date(day)).label == label)
        #expect(london.isoWeek(containing: london.instant(date(day), .midnight)).label == label)
    }

    @Test("The ISO week of 2027-01-01 runs Monday 2026-12-28 to Monday 2027-01-04")
    func weekAcrossNewYear() throws {
        let newYork = try calendar("America/New_York", [:])
        let week = newYork.isoWeek(containing: at("2027-01-01T12:00:00-05:00"))
        #expect(week.label == "2026-W53")
        #expect(week.firstDay == date("2026-12-28") && week.lastDay == date("2027-01-03"))
        #expect(week.start == at("2026-12-28T00:00:00-05:00"))
        #expect(week.end == at("2027-01-04T00:00:00-05:00"))
    }

    @Test("Day and month periods are labelled in the location's zone", arguments: [
        ("Europe/London", "2026-12-06T15:00:00Z", "2026-12-06", "2026-12", "2026-W49"),
        ("Australia/Sydney", "2026-12-06T14:00:00Z", "2026-12-07", "2026-12", "2026-W50"),
        ("America/New_York", "2027-01-01T04:30:00Z", "2026-12-31", "2026-12", "2026-W53"),
        ("Australia/Sydney", "2026-12-31T13:30:00Z", "2027-01-01", "2027-01", "2026-W53"),
    ])
    func labels(zone: String, instant: String, day: String, month: String, week: String) throws {
        let made = try calendar(zone, [:])
        #expect(made.day(containing: at(instant)).label == day)
        #expect(made.month(containing: at(instant)).label == month)
        #expect(made.isoWeek(containing: at(instant)).label == week)
        for kind in CalendarPeriod.Kind.allCases {
            #expect(made.period(kind, containing: at(instant)).contains(at(instant)))
        }
    }

    @Test("Periods are [start, end) between local midnights, the end being the next period's start")
    func boundaries() throws {
        let london = try calendar("Europe/London", [:])
        let march = london.month(containing: at("2026-03-15T12:00:00Z"))
        #expect(march.start == at("2026-03-01T00:00:00Z"))
        #expect(march.end == at("2026-04-01T00:00:00+01:00"))
        #expect(march.end.timeIntervalSince(march.start) == (31 * 24 - 1) * 3_600)
        #expect(london.month(containing: march.end).label == "2026-04")
        #expect(london.month(containing: march.end.addingTimeInterval(-1)).label == "2026-03")
        let december = london.month(containing: at("2026-12-06T12:00:00Z"))
        #expect(december.start == at("2026-12-01T00:00:00Z") && december.end == at("2027-01-01T00:00:00Z"))
        let day = london.day(containing: at("2026-12-06T23:59:59Z"))
        #expect(day.label == "2026-12-06" && day.end == at("2026-12-07T00:00:00Z"))
        #expect(london.day(containing: day.end).label == "2026-12-07")
    }

    @Test("The following and preceding periods are adjacent, across a year boundary")
    func neighbours() throws {
        let sydney = try calendar("Australia/Sydney", [:])
        let week = sydney.isoWeek(containing: at("2026-12-31T12:00:00+11:00"))
        let next = sydney.period(following: week)
        #expect(next.label == "2027-W01" && next.start == week.end)
        #expect(sydney.period(preceding: next) == week)
        let december = sydney.month(containing: week.start)
        #expect(sydney.period(following: december).label == "2027-01")
        #expect(sydney.period(preceding: december).label == "2026-11")
        #expect(sydney.period(preceding: sydney.day(containing: next.start)).label == "2027-01-03")
    }
}
