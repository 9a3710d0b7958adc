import RapportCalendar

/// Opening-hours spans as `rapport.yaml` writes them, `HH:MM-HH:MM` (`09:00-17:30`, or
/// `18:00-02:00` past midnight), read into ``OpeningSpan`` with a message for each way the text
/// can be wrong.
enum SpanText {
    /// What is wrong with a span's text.
    enum Problem: Error, Equatable {
        /// No single dash between two parts.
        case notASpan
        /// One of the two parts is not a time.
        case badTime(String)
        /// The span opens at 24:00.
        case opensAtEndOfDay
        /// The span opens and closes at the same time.
        case empty

        /// What is wrong and what to write instead.
        var message: String {
            switch self {
            case .notASpan: "not a span; write opening and closing time as HH:MM-HH:MM, e.g. 09:00-17:30 (or 18:00-02:00 past midnight)"
            case let .badTime(time): "'\(time)' is not a time; write HH:MM with hours 00 to 24 and minutes 00 to 59 (24:00 only as a closing time)"
            case .opensAtEndOfDay: "cannot open at 24:00; write 00:00 for the start of the day"
            case .empty: "opens and closes at the same time; write 00:00-24:00 for the whole day, or [] to close"
            }
        }
    }

    /// Parses `HH:MM-HH:MM` (an en dash is accepted for the dash, spaces around it are ignored).
    /// A span that opens and closes at the same time is refused, although ``OpeningSpan`` would
    /// read it as a whole day: in a file it is more often a slip than meant.
    static func parse(_ text: String) -> Result<OpeningSpan, Problem> {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2 else { return .failure(.notASpan) }
        guard let opens = LocalTime(parsing: parts[0]) else { return .failure(.badTime(String(parts[0]).trimmingWhitespace())) }
        guard let closes = LocalTime(parsing: parts[1]) else { return .failure(.badTime(String(parts[1]).trimmingWhitespace())) }
        guard let span = OpeningSpan(opens: opens, closes: closes) else { return .failure(.opensAtEndOfDay) }
        guard opens != closes else { return .failure(.empty) }
        return .success(span)
    }
}

