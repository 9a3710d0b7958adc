import FeedbackMeasures
import Testing

@Suite struct PeriodTests {
    @Test func oneInstantFallsInDifferentDaysWeeksAndMonthsByZone() {
        var resolver = Fixtures.resolver
        // 2026-10-04T23:30Z: Monday 00:30 in London (BST), Sunday 19:30 in New York (EDT).
        let london = resolver.labels(at: Fixtures.at("2026-10-04T23:30:00Z"), location: "store-12")
        let newYork = resolver.labels(at: Fixtures.at("2026-10-04T23:30:00Z"), location: "nyc-1")
        #expect(london == PeriodLabels(day: "2026-10-05", week: "2026-W41", month: "2026-10"))
        #expect(newYork == PeriodLabels(day: "2026-10-04", week: "2026-W40", month: "2026-10"))
        // 2026-11-01T02:30Z: November in London (GMT since 25 October), still October in New York.
        #expect(resolver.labels(at: Fixtures.at("2026-11-01T02:30:00Z"), location: "store-12").month == "2026-11")
        #expect(resolver.labels(at: Fixtures.at("2026-11-01T02:30:00Z"), location: "nyc-1").month == "2026-10")
        // A location with no calendar is read in UTC; ISO week-years: 2027-01-01 is in 2026-W53.
        #expect(resolver.labels(at: Fixtures.at("2027-01-01T12:00:00Z"), location: "elsewhere")
            == PeriodLabels(day: "2027-01-01", week: "2026-W53", month: "2027-01"))
    }

    @Test func theCachedDayIsLeftAtMidnight() {
        var resolver = Fixtures.resolver
        #expect(resolver.labels(at: Fixtures.at("2026-10-04T22:59:59Z"), location: "store-12").day == "2026-10-04")
        #expect(resolver.labels(at: Fixtures.at("2026-10-04T23:00:00Z"), location: "store-12").day == "2026-10-05")
        #expect(resolver.labels(at: Fixtures.at("2026-10-04T22:00:00Z"), location: "store-12").day == "2026-10-04")
    }

    @Test func aRollingWindowIsLocalDaysEndingToday() {
        let days = Fixtures.resolver.rollingDays(3, endingAt: Fixtures.at("2026-11-01T02:30:00Z"), location: "nyc-1")
        #expect(days == ["2026-10-29", "2026-10-30", "2026-10-31"])
    }

    @Test func monthLabelsReadAndStepBack() {
        #expect(MonthLabel("2026-10")?.previous.description == "2026-09")
        #expect(MonthLabel("2027-01")?.previous.description == "2026-12")
        #expect(MonthLabel("2026-13") == nil && MonthLabel("26-10") == nil)
    }
}
