/// Opening hours on one day, `HH:MM-HH:MM`. When `end` is not after `start` the span runs past
/// midnight into the next day (`18:00-02:00`); `00:00-24:00` is the whole day.
public struct TimeSpan: Sendable, Hashable, CustomStringConvertible {
    /// Opening time, 00:00 to 23:59.
    public let start: ClockTime
    /// Closing time; at or before `start` it is on the next day.
    public let end: ClockTime

    /// Makes a span; `start` and `end` must differ and `start` must not be 24:00.
    public init?(start: ClockTime, end: ClockTime) {
        guard start.hour < 24, start != end else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether the span ends on the next day.
    public var endsNextDay: Bool { end < start }

    /// Minutes open, 1 to 1440.
    public var minutes: Int { endsNextDay ? 1_440 - start.minutes + end.minutes : end.minutes - start.minutes }

    /// `HH:MM-HH:MM`.
    public var description: String { "\(start)-\(end)" }

    /// Parses `HH:MM-HH:MM`, or says what is wrong with it.
    static func parse(_ text: String) -> Result<TimeSpan, SpanProblem> {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .failure(.notASpan) }
        guard let start = ClockTime(parts[0]) else { return .failure(.badTime(String(parts[0]))) }
        guard let end = ClockTime(parts[1]) else { return .failure(.badTime(String(parts[1]))) }
        guard start.hour < 24 else { return .failure(.startsAtMidnightEnd) }
        guard let span = TimeSpan(start: start, end: end) else { return .failure(.empty) }
        return .success(span)
    }

    /// What is wrong with a span's text.
    enum SpanProblem: Error {
        case notASpan, badTime(String), startsAtMidnightEnd, empty

        var message: String {
            switch self {
            case .notASpan: "not a span; write opening and closing time as HH:MM-HH:MM, e.g. 09:00-17:30 (or 18:00-02:00 past midnight)"
            case let .badTime(time): "'\(time)' is not a time; write HH:MM with hours 00 to 24 and minutes 00 to 59 (24:00 only as a closing time)"
            case .startsAtMidnightEnd: "cannot open at 24:00; write 00:00 for the start of the day"
            case .empty: "opens and closes at the same time; write 00:00-24:00 for the whole day, or [] to close"
            }
        }
    }
}
