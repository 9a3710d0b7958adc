/// What a deadline phrase means, before it is resolved against a calendar.
enum DueExpression: Equatable, Sendable {
    /// Deadline words too vague to give an instant ("soon", "as soon as possible", "shortly").
    case vague
    /// "today", "end of day", "EOD", "later today": today's closing time.
    case endOfToday
    /// "by close", "before we close", "close of business": the closing of the business day.
    case closeOfBusiness
    /// A named day at a part of it (its closing time, unless the words say otherwise).
    case day(DayReference, DayPart)
    /// "before Friday": the closing time of the last opening day before the named day.
    case dayBefore(DayReference)
    /// A named day at a time of day ("tomorrow at 3pm", "by 10am Friday").
    case dayAt(DayReference, ClockTime)
    /// "first thing (in the morning)": the next opening time that starts a day.
    case firstThing
    /// A bare time of day ("by 5pm"): today if still ahead, otherwise tomorrow.
    case clock(ClockTime)
    /// Elapsed real time from the utterance ("within 48 hours", "in 30 minutes").
    case elapsed(seconds: Int)
    /// The closing time of the Nth opening day after today ("within 3 business days").
    case businessDays(Int)
    /// The closing time of the last opening day of this week or of next week.
    case week(next: Bool)
    /// The closing time of the last opening day of this month or of next month.
    case month(next: Bool)
    /// "the end of January": the closing time of the last opening day of the next such month.
    case endOfMonth(Int)
}
