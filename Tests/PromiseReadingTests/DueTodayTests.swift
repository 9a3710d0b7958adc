import Testing

/// Today and tomorrow: today's closing (the end of its last span, past midnight too);
/// tomorrow's closing; a time of day on either; a bare time today or tomorrow.
@Suite("Due: today, tomorrow and times of day") struct DueTodayTests {
    static let todayCases: [DueCase] = [
        DueCase("today", .london, "2026-06-15T07:40:00Z", "2026-06-15T17:00:00+01:00"),
        DueCase("end of day", .london, "2026-06-18T10:00:00Z", "2026-06-18T19:00:00+01:00"),
        DueCase("by the end of the day", .london, "2026-06-18T10:00:00Z", "2026-06-18T19:00:00+01:00"),
        DueCase("EOD", .newYork, "2026-02-11T15:00:00Z", "2026-02-11T18:00:00-05:00"),
        DueCase("by close", .tokyo, "2026-05-15T11:00:00Z", "2026-05-16T02:00:00+09:00"),
        DueCase("before we close", .sydney, "2026-11-25T03:00:00Z", "2026-11-25T19:30:00+11:00"),
        DueCase("close of business today", .kolkata, "2026-04-08T07:00:00Z", "2026-04-08T19:30:00+05:30"),
        DueCase("later today", .sydney, "2026-01-27T02:00:00Z", "2026-01-27T18:00:00+11:00"),
        DueCase("by close", .tokyo, "2026-07-11T16:30:00Z", "2026-07-12T02:00:00+09:00"),
        DueCase("today", .tokyo, "2026-07-10T00:00:00Z", "2026-07-11T02:00:00+09:00"),
        DueCase("today", .london, "2026-11-24T18:00:00Z", "2026-11-25T00:00:00+00:00"),
        DueCase("by close", .london, "2026-11-24T18:00:00Z", "2026-11-25T17:00:00+00:00"),
        DueCase("by the time we close", .newYork, "2026-11-24T15:00:00Z", "2026-11-24T18:00:00-05:00"),
        DueCase("today itself", .kolkata, "2026-06-10T04:30:00Z", "2026-06-10T19:30:00+05:30"),
    ]

    static let tomorrowCases: [DueCase] = [
        DueCase("tomorrow", .kolkata, "2026-03-02T05:30:00Z", "2026-03-03T19:30:00+05:30"),
        DueCase("end of day tomorrow", .kolkata, "2026-11-20T05:00:00Z", "2026-11-21T16:00:00+05:30"),
        DueCase("by EOD tomorrow", .london, "2026-11-24T10:00:00Z", "2026-11-25T17:00:00+00:00"),
        DueCase("tomorrow at 3pm", .newYork, "2026-02-02T21:00:00Z", "2026-02-03T15:00:00-05:00"),
        DueCase("by 10am tomorrow", .tokyo, "2026-10-19T02:30:00Z", "2026-10-20T10:00:00+09:00"),
        DueCase("by ten am tomorrow", .tokyo, "2026-10-19T02:30:00Z", "2026-10-20T10:00:00+09:00"),
        DueCase("tomorrow before noon", .london, "2026-11-24T10:00:00Z", "2026-11-25T12:00:00+00:00"),
        DueCase("by noon tomorrow", .sydney, "2026-10-03T01:00:00Z", "2026-10-04T12:00:00+11:00"),
        DueCase("at 9am tomorrow", .sydney, "2026-06-05T06:00:00Z", "2026-06-06T09:00:00+10:00"),
        DueCase("tomorrow at 1:30am", .london, "2026-03-28T10:00:00Z", "2026-03-29T02:30:00+01:00"),
        DueCase("tomorrow", .london, "2026-11-28T10:00:00Z", "2026-11-28T12:30:00+00:00"),
        DueCase("the day after tomorrow", .london, "2026-11-23T10:00:00Z", "2026-11-25T17:00:00+00:00"),
        DueCase("tomorrow morning", .london, "2026-11-23T10:00:00Z", "2026-11-24T12:00:00+00:00"),
        DueCase("at 3 o'clock tomorrow", .london, "2026-11-24T10:00:00Z", "2026-11-25T15:00:00+00:00"),
        DueCase("half past three tomorrow", .london, "2026-11-24T10:00:00Z", "2026-11-25T15:30:00+00:00"),
    ]

    static let clockCases: [DueCase] = [
        DueCase("by 5pm", .newYork, "2026-09-18T18:30:00Z", "2026-09-18T17:00:00-04:00"),
        DueCase("by 4pm", .newYork, "2026-04-21T20:30:00Z", "2026-04-22T16:00:00-04:00"),
        DueCase("by noon", .london, "2026-11-24T10:00:00Z", "2026-11-24T12:00:00+00:00"),
        DueCase("by 16:00", .london, "2026-11-24T10:00:00Z", "2026-11-24T16:00:00+00:00"),
        DueCase("by 4.30pm", .london, "2026-11-24T10:00:00Z", "2026-11-24T16:30:00+00:00"),
        DueCase("by 5", .london, "2026-11-24T10:00:00Z", "2026-11-24T17:00:00+00:00"),
        DueCase("by midnight", .london, "2026-11-24T10:00:00Z", "2026-11-25T00:00:00+00:00"),
        DueCase("before 10 in the morning", .london, "2026-11-24T12:00:00Z", "2026-11-25T10:00:00+00:00"),
        DueCase("by 5 this evening", .london, "2026-11-24T10:00:00Z", "2026-11-24T17:00:00+00:00"),
        DueCase("first thing in the morning", .london, "2026-11-24T10:00:00Z", "2026-11-25T09:00:00+00:00"),
        DueCase("this morning", .london, "2026-11-24T10:00:00Z", "2026-11-24T12:00:00+00:00"),
        DueCase("this morning", .london, "2026-11-24T13:00:00Z", nil),
    ]

    @Test(arguments: todayCases) func today(_ row: DueCase) { row.check() }
    @Test(arguments: tomorrowCases) func tomorrow(_ row: DueCase) { row.check() }
    @Test(arguments: clockCases) func clock(_ row: DueCase) { row.check() }
}
