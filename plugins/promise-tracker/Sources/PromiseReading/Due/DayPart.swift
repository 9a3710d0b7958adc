/// Which moment of a named day the words mean.
enum DayPart: Equatable, Sendable {
    /// The day's closing time (the end of its last span).
    case closing
    /// "Monday morning", "tomorrow morning", "this morning": 12:00 on that day.
    case morning
    /// "first thing Monday": the day's opening time.
    case opening
}
