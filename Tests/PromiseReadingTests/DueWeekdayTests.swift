import Testing

/// Named weekdays: that day's closing; today before closing; the next one after closing; a
/// closed day falls back to the last opening day before it; "next Friday" is next week's.
@Suite("Due: weekdays") struct DueWeekdayTests {
    static let cases: [DueCase] = [
        DueCase("by Friday", .london, "2026-11-24T10:00:00Z", "2026-11-27T17:00:00+00:00"),
        DueCase("Friday", .london, "2026-11-27T16:00:00Z", "2026-11-27T17:00:00+00:00"),
        DueCase("on Friday", .london, "2026-11-27T17:30:00Z", "2026-12-04T17:00:00+00:00"),
        DueCase("this Friday", .london, "2026-11-23T10:00:00Z", "2026-11-27T17:00:00+00:00"),
        DueCase("next Friday", .london, "2026-11-23T10:00:00Z", "2026-12-04T17:00:00+00:00"),
        DueCase("by Thursday", .london, "2026-11-23T10:00:00Z", "2026-11-26T19:00:00+00:00"),
        DueCase("by Sunday", .london, "2026-11-25T10:00:00Z", "2026-11-28T12:30:00+00:00"),
        DueCase("by Monday", .london, "2026-08-29T09:00:00Z", "2026-08-29T12:30:00+01:00"),
        DueCase("by Monday", .london, "2026-08-29T13:00:00Z", nil),
        DueCase("by Tuesday", .london, "2026-10-24T09:00:00Z", "2026-10-27T17:00:00+00:00"),
        DueCase("Monday morning", .london, "2026-11-25T10:00:00Z", "2026-11-30T12:00:00+00:00"),
        DueCase("Friday at 3pm", .london, "2026-11-23T10:00:00Z", "2026-11-27T15:00:00+00:00"),
        DueCase("before Friday", .london, "2026-11-23T10:00:00Z", "2026-11-26T19:00:00+00:00"),
        DueCase("first thing Monday", .london, "2026-11-25T10:00:00Z", "2026-11-30T09:00:00+00:00"),
        DueCase("by Friday", .losAngeles, "2026-04-13T17:00:00Z", "2026-04-16T16:30:00-07:00"),
        DueCase("by Friday", .tokyo, "2026-07-08T00:00:00Z", "2026-07-11T02:00:00+09:00"),
        DueCase("by Wednesday", .tokyo, "2026-09-07T02:00:00Z", "2026-09-08T21:00:00+09:00"),
        DueCase("by Monday", .sydney, "2026-10-02T01:00:00Z", "2026-10-03T12:00:00+10:00"),
        DueCase("by Tuesday", .sydney, "2026-04-02T01:00:00Z", "2026-04-07T18:00:00+10:00"),
        DueCase("by Friday", .newYork, "2026-11-24T15:00:00Z", "2026-11-27T12:00:00-05:00"),
        DueCase("by Thursday", .newYork, "2026-11-25T16:00:00Z", "2026-11-25T18:00:00-05:00"),
        DueCase("on sat", .kolkata, "2026-09-21T05:00:00Z", "2026-09-26T16:00:00+05:30"),
        DueCase("by fri", .kolkata, "2026-09-21T05:00:00Z", "2026-09-25T19:30:00+05:30"),
        DueCase("on or before Friday", .london, "2026-11-24T10:00:00Z", "2026-11-27T17:00:00+00:00"),
        DueCase("Friday next week", .london, "2026-11-24T10:00:00Z", "2026-12-04T17:00:00+00:00"),
        DueCase("by Monday 30 November", .london, "2026-11-24T10:00:00Z", "2026-11-30T17:00:00+00:00"),
    ]

    @Test(arguments: cases) func reads(_ row: DueCase) { row.check() }
}
