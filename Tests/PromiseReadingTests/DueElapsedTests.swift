import Testing

/// Elapsed time: real time added to the utterance, across clock changes both ways, never
/// moved into opening hours; numbers as digits or words; ranges read at their upper bound.
@Suite("Due: elapsed time") struct DueElapsedTests {
    static let cases: [DueCase] = [
        DueCase("within 72 hours", .london, "2026-03-27T16:30:00Z", "2026-03-30T17:30:00+01:00"),
        DueCase("within forty-eight hours", .newYork, "2026-10-30T14:00:00Z", "2026-11-01T09:00:00-05:00"),
        DueCase("in three days", .sydney, "2026-10-02T07:00:00Z", "2026-10-05T18:00:00+11:00"),
        DueCase("within seventy-two hours", .sydney, "2026-04-01T23:00:00Z", "2026-04-05T09:00:00+10:00"),
        DueCase("within twenty four hours", .newYork, "2026-03-07T18:00:00Z", "2026-03-08T14:00:00-04:00"),
        DueCase("in 30 minutes", .tokyo, "2026-07-10T16:45:00Z", "2026-07-11T02:15:00+09:00"),
        DueCase("within the hour", .kolkata, "2026-11-02T05:30:00Z", "2026-11-02T12:00:00+05:30"),
        DueCase("in ninety-nine minutes", .london, "2026-11-24T10:00:00Z", "2026-11-24T11:39:00+00:00"),
        DueCase("in two days", .losAngeles, "2026-07-23T23:00:00Z", "2026-07-25T16:00:00-07:00"),
        DueCase("in an hour and a half", .london, "2026-11-24T10:00:00Z", "2026-11-24T11:30:00+00:00"),
        DueCase("in half an hour", .london, "2026-11-24T10:00:00Z", "2026-11-24T10:30:00+00:00"),
        DueCase("within 2-3 days", .london, "2026-11-24T10:00:00Z", "2026-11-27T10:00:00+00:00"),
        DueCase("within two to three days", .london, "2026-11-24T10:00:00Z", "2026-11-27T10:00:00+00:00"),
        DueCase("within a day or two", .london, "2026-11-24T10:00:00Z", "2026-11-26T10:00:00+00:00"),
        DueCase("in a couple of hours", .london, "2026-11-24T10:00:00Z", "2026-11-24T12:00:00+00:00"),
        DueCase("in a fortnight", .london, "2026-11-24T10:00:00Z", "2026-12-08T10:00:00+00:00"),
        DueCase("within a week", .london, "2026-11-24T10:00:00Z", "2026-12-01T10:00:00+00:00"),
        DueCase("within the next 24 hrs", .london, "2026-11-24T10:00:00Z", "2026-11-25T10:00:00+00:00"),
        DueCase("48 hours from now", .london, "2026-11-24T10:00:00Z", "2026-11-26T10:00:00+00:00"),
        DueCase("in 2 days time", .london, "2026-11-24T10:00:00Z", "2026-11-26T10:00:00+00:00"),
        DueCase("in about twenty minutes", .kolkata, "2026-07-31T09:30:00Z", "2026-07-31T15:20:00+05:30"),
        DueCase("within 24hrs", .london, "2026-11-24T10:00:00Z", "2026-11-25T10:00:00+00:00"),
        DueCase("within a hundred and twenty minutes", .london, "2026-11-24T10:00:00Z", "2026-11-24T12:00:00+00:00"),
    ]

    @Test(arguments: cases) func reads(_ row: DueCase) { row.check() }
}
