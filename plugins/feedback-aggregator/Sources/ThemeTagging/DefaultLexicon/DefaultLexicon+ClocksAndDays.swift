extension DefaultLexicon {
    /// Waits told through times of day and days read against each other (``ClockTimes``, ``ClockIntervals``,
    /// ``DaysCompared``, ``DaySpans``): the phrases of their built-in classes.
    static let clocksAndDays = #"""

    # ---------------------------------------------------------------- waiting-time: times of day and days
    # round 15: times of day compared: arriving, being seen or served at a time of day well past the one
    # booked ("booked a table for 8, sat down at 8:45")
    [waiting-time: negative]
    came at @late-clock, arrived at @late-clock, turned up at @late-clock, showed up at @late-clock,
    sat down at @late-clock, seated at @late-clock, seen at @late-clock, served at @late-clock,
    ready at @late-clock, not until @late-clock, not till @late-clock, got there at @late-clock,
    rolled in at @late-clock, pulled in at @late-clock, left at @late-clock, departed at @late-clock,
    called in at @late-clock, called through at @late-clock, in at @late-clock

    # 2026.12-9: seen, served or met at the time booked ("in for my scan at 9:02 for a 9:00 appointment");
    # the customer's own arrival on time is no judgement
    [waiting-time: positive]
    came at @kept-clock, turned up at @kept-clock, showed up at @kept-clock, seen at @kept-clock,
    served at @kept-clock, seated at @kept-clock, sat down at @kept-clock, ready at @kept-clock,
    called in at @kept-clock, called through at @kept-clock, in at @kept-clock, in for * at @kept-clock,
    rolled in at @kept-clock, pulled in at @kept-clock, left at @kept-clock, departed at @kept-clock

    # 2026.12-9: a span read from two times of day, with no time agreed: done "by" a time soon after the
    # start ("ordered at 7, at the door by 7:25"), or arrived half an hour or more after it ("ordered at
    # ten past seven, the food landed at quarter to nine")
    [waiting-time: positive]
    @quick-clock
    [waiting-time: negative]
    @slow-clock, seen @late-clock, served @late-clock, seated @late-clock

    # 2026.12-9: a day of the week after the one promised or booked ("they said Wednesday; it was ready
    # the following Monday"), or the very day promised ("promised for Friday and it came on Friday")
    [waiting-time: negative]
    @late-day
    [waiting-time: positive]
    @kept-day

    # 2026.12-10: a day something arrived, counted from the day before it with nothing promised
    [waiting-time: positive]
    @quick-day

    [waiting-time: negative]
    @slow-day
    """#
}
