import RapportCalendar

/// Building a location's ``LocationCalendar`` during the strict read: a ``CalendarError``
/// becomes a ``ConfigError`` at the `hours` or `special_hours` item that causes it.
extension ConfigWalk {
    /// The calendar of `written` in the zone named `zone`; `nil` after recording its error.
    mutating func buildCalendar(_ zone: String, _ written: WrittenCalendar) -> LocationCalendar? {
        do throws(CalendarError) {
            return try LocationCalendar(
                timeZone: zone, weekly: written.weekly, holidays: Set(written.holidays.map(\.value)),
                specialHours: written.special.mapValues(\.spans)
            )
        } catch {
            fail(Self.positioned(error, in: written, source: source))
            return nil
        }
    }

    /// `error` at the entry at fault:
    /// - overlapping spans: the second of the two (the one that opens inside the other);
    /// - a span running into the next day's: the special hours involved when one of the two
    ///   days has them (the weekly hours alone were fine, or the error would be about them),
    ///   otherwise the span that runs past midnight; the message names where the other span is;
    /// - an unknown time zone: `time_zone`.
    static func positioned(_ error: CalendarError, in written: WrittenCalendar, source: String) -> ConfigError {
        let fallback = written.timeZone ?? written.location
        func at(_ item: Written<OpeningSpan>?, _ message: String) -> ConfigError {
            let path = item?.path ?? fallback.path
            let position = item?.position ?? fallback.position
            return ConfigError(source: source, key: path, line: position.line, column: position.column, message)
        }
        switch error.reason {
        case .unknownTimeZone:
            return at(nil, error.description)
        case let .overlappingSpans(day, _, second):
            return at(written.spans(of: day)?.item(writing: second), error.description)
        case let .spanRunsIntoNextDay(day, span, nextDay, nextSpan):
            let blameNext = written.isSpecial(nextDay) && !written.isSpecial(day)
            let blamed = blameNext ? written.spans(of: nextDay)?.item(writing: nextSpan) : written.spans(of: day)?.item(writing: span)
            let other = blameNext ? written.spans(of: day)?.item(writing: span) : written.spans(of: nextDay)?.item(writing: nextSpan)
            let otherDay = blameNext ? day : nextDay
            let otherPlace = other.map { " (\(otherDay)'s span is \($0.path), line \($0.position.line))" } ?? ""
            return at(blamed, error.description + otherPlace)
        }
    }
}
