import Testing

/// Business days (the Nth opening day after today, holidays and closed days skipped, special
/// hours counted), next week, the end of this week and months.
@Suite("Due: business days, weeks and months") struct DueBusinessDayTests {
    static let businessDaysCases: [DueCase] = [
        DueCase("within 3 business days", .tokyo, "2026-03-10T01:00:00Z", "2026-03-15T02:00:00+09:00"),
        DueCase("within five working days", .london, "2026-12-23T16:45:00Z", "2027-01-02T12:30:00+00:00"),
        DueCase("in two working days", .newYork, "2026-11-25T20:00:00Z", "2026-11-28T14:00:00-05:00"),
        DueCase("next working day", .london, "2026-12-24T10:00:00Z", "2026-12-29T17:00:00+00:00"),
        DueCase("3 working days", .losAngeles, "2026-10-29T21:00:00Z", "2026-11-04T16:30:00-08:00"),
        DueCase("within two business days", .kolkata, "2026-10-01T06:00:00Z", "2026-10-05T19:30:00+05:30"),
        DueCase("within 1 business day", .sydney, "2026-04-02T01:00:00Z", "2026-04-07T18:00:00+10:00"),
        DueCase("in 3-5 working days", .london, "2026-11-24T10:00:00Z", "2026-11-30T17:00:00+00:00"),
        DueCase("in 3 working days' time", .london, "2026-11-24T10:00:00Z", "2026-11-27T17:00:00+00:00"),
    ]

    static let weeksCases: [DueCase] = [
        DueCase("next week", .london, "2026-03-28T10:15:00Z", "2026-04-04T12:30:00+01:00"),
        DueCase("next week", .losAngeles, "2026-12-17T18:00:00Z", "2026-12-23T16:30:00-08:00"),
        DueCase("next week", .tokyo, "2026-11-16T05:00:00Z", "2026-11-29T18:00:00+09:00"),
        DueCase("sometime next week", .sydney, "2026-10-01T23:00:00Z", "2026-10-10T12:00:00+11:00"),
        DueCase("by the end of the week", .newYork, "2026-09-08T14:00:00Z", "2026-09-12T14:00:00-04:00"),
        DueCase("end of the week", .london, "2026-11-29T10:00:00Z", "2026-12-05T12:30:00+00:00"),
        DueCase("by the end of next week", .london, "2026-11-23T10:00:00Z", "2026-12-05T12:30:00+00:00"),
        DueCase("later this week", .london, "2026-11-23T10:00:00Z", "2026-11-28T12:30:00+00:00"),
        DueCase("end of the month", .london, "2026-11-23T10:00:00Z", "2026-11-30T17:00:00+00:00"),
        DueCase("next month", .london, "2026-11-23T10:00:00Z", "2026-12-31T13:00:00+00:00"),
    ]

    @Test(arguments: businessDaysCases) func businessDays(_ row: DueCase) { row.check() }
    @Test(arguments: weeksCases) func weeksAndMonths(_ row: DueCase) { row.check() }
}
