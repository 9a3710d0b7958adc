/// A location calendar that cannot be built: what was wrong and what to do about it.
public struct CalendarError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for code that handles one case differently.
    public enum Reason: Sendable, Equatable {
        /// The time zone identifier is not one the system's time zone database knows.
        case unknownTimeZone(String)
        /// Two spans that open on `day` (a weekday name or a `YYYY-MM-DD` date) overlap.
        case overlappingSpans(day: String, OpeningSpan, OpeningSpan)
        /// A span of `day` runs past midnight into a span of the next day, `nextDay`.
        case spanRunsIntoNextDay(day: String, OpeningSpan, nextDay: String, OpeningSpan)
    }

    /// What went wrong.
    public let reason: Reason

    /// Wraps a reason.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// What was wrong and what to do, in one sentence.
    public var description: String {
        switch reason {
        case .unknownTimeZone(let identifier):
            "unknown time zone \"\(identifier)\": use an IANA time zone name such as \"Europe/London\", "
                + "\"America/New_York\" or \"Australia/Sydney\""
        case .overlappingSpans(let day, let first, let second):
            "\(day) has overlapping opening spans \(first) and \(second): give each day spans that do not "
                + "overlap (merge them into one span)"
        case .spanRunsIntoNextDay(let day, let span, let nextDay, let nextSpan):
            "\(day)'s span \(span) runs past midnight into \(nextDay)'s span \(nextSpan): close the first span "
                + "by \(nextSpan.opens) or open the second later"
        }
    }
}
