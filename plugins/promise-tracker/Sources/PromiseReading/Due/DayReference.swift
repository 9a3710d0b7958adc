import RapportCalendar

/// A calendar day named by the words, before it is placed on the calendar.
enum DayReference: Equatable, Sendable {
    /// The local date of the utterance.
    case today
    /// The day after it.
    case tomorrow
    /// Two days after it.
    case dayAfterTomorrow
    /// A weekday; `nextWeek` for "next Friday" (that weekday in next Monday-to-Sunday week).
    case weekday(Weekday, nextWeek: Bool)
    /// A month and day ("Dec 3", "the 1st of January"), with a year when one was said.
    case date(month: Int, day: Int, year: Int?)
    /// A bare day of the month ("the 15th").
    case dayOfMonth(Int)
    /// A day of next month ("the 3rd of next month").
    case dayOfNextMonth(Int)
    /// A numeric date ("3/4", "3/4/2027"): which number is the day depends on the location.
    case numericDate(first: Int, second: Int, year: Int?)
}
