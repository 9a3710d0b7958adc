import RapportCalendar
import Testing

/// Dates: that day's closing; without a year the next such date (into next year in
/// December); a bare day of the month; numeric dates by the location's date order.
@Suite("Due: dates") struct DueDateTests {
    static let namedCases: [DueCase] = [
        DueCase("by Dec 3", .kolkata, "2026-11-24T07:50:00Z", "2026-12-03T19:30:00+05:30"),
        DueCase("by Jan 3", .london, "2026-12-10T10:00:00Z", "2027-01-02T12:30:00+00:00"),
        DueCase("by 1 October", .london, "2026-09-10T10:00:00Z", "2026-10-01T19:00:00+01:00"),
        DueCase("by the 1st of January", .london, "2026-12-17T14:00:00Z", "2026-12-31T13:00:00+00:00"),
        DueCase("by january fourth", .losAngeles, "2026-12-14T18:00:00Z", "2027-01-04T16:30:00-08:00"),
        DueCase("by the fourth of january", .losAngeles, "2026-12-14T18:00:00Z", "2027-01-04T16:30:00-08:00"),
        DueCase("by December 3rd, 2027", .london, "2026-11-23T10:00:00Z", "2027-12-03T17:00:00+00:00"),
        DueCase("by October the 8th", .losAngeles, "2026-10-01T22:30:00Z", "2026-10-08T16:30:00-07:00"),
        DueCase("by Christmas", .london, "2026-11-23T10:00:00Z", "2026-12-24T13:00:00+00:00"),
        DueCase("by Feb 30", .newYork, "2026-02-01T15:00:00Z", nil),
    ]

    static let dayOfMonthCases: [DueCase] = [
        DueCase("on the 15th", .london, "2026-09-16T10:00:00Z", "2026-10-15T19:00:00+01:00"),
        DueCase("by the 4th", .london, "2026-11-30T08:30:00Z", "2026-12-04T17:00:00+00:00"),
        DueCase("by the thirty first", .tokyo, "2026-12-26T11:00:00Z", "2027-01-01T03:00:00+09:00"),
        DueCase("on the twenty sixth", .kolkata, "2026-09-20T05:00:00Z", "2026-09-26T16:00:00+05:30"),
        DueCase("by the 15th", .london, "2026-10-15T19:30:00Z", "2026-11-14T12:30:00+00:00"),
        DueCase("by the 2nd", .kolkata, "2026-09-25T05:00:00Z", "2026-10-01T19:30:00+05:30"),
        DueCase("by the 21st", .kolkata, "2026-10-16T06:30:00Z", "2026-10-21T17:00:00+05:30"),
        DueCase("by the 30th of this month", .london, "2026-11-24T10:00:00Z", "2026-11-30T17:00:00+00:00"),
        DueCase("before the 15th", .london, "2026-11-24T10:00:00Z", "2026-12-14T17:00:00+00:00"),
        DueCase("by New Year's Day", .london, "2026-11-24T10:00:00Z", "2026-12-31T13:00:00+00:00"),
    ]

    static let numericCases: [DueCase] = [
        DueCase("by 5/3", .kolkata, "2026-03-03T04:30:00Z", "2026-03-05T19:30:00+05:30"),
        DueCase("by 3/4", .newYork, "2026-02-01T15:00:00Z", "2026-03-04T18:00:00-05:00"),
        DueCase("by 3/4", .london, "2026-02-01T10:00:00Z", "2026-04-02T19:00:00+01:00"),
        DueCase("by 3/4", .losAngeles, "2026-02-01T18:00:00Z", nil),
        DueCase("by 3/4", .tokyo, "2026-02-01T01:00:00Z", nil),
        DueCase("by 1/4", .newYork, "2026-12-10T19:00:00Z", "2027-01-04T18:00:00-05:00"),
        DueCase("by 13/4", .newYork, "2026-02-01T15:00:00Z", nil),
        DueCase("by 4/1/2027", .sydney, "2026-12-16T00:00:00Z", "2027-01-04T18:00:00+11:00"),
        DueCase("by 4/1/27", .sydney, "2026-12-16T00:00:00Z", "2027-01-04T18:00:00+11:00"),
        DueCase("by 3/4", .losAngeles, "2026-02-01T18:00:00Z", "2026-03-04T16:30:00-08:00", dateOrder: .some(.mdy)),
    ]

    @Test(arguments: namedCases) func namedDates(_ row: DueCase) { row.check() }
    @Test(arguments: dayOfMonthCases) func daysOfTheMonth(_ row: DueCase) { row.check() }
    @Test(arguments: numericCases) func numericDates(_ row: DueCase) { row.check() }
}
