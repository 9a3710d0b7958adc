import Foundation
import Yams

/// The parts of a location: its time zone, weekly hours, holidays and special hours.
extension ConfigWalk {
    /// `time_zone`: required, an IANA name Foundation knows.
    mutating func readTimeZone(_ field: ConfigField?, of location: ConfigField) -> TimeZone? {
        guard let field else {
            fail(location.path + ".time_zone", at: location.keyPosition,
                 "is required: the IANA name of the location's time zone, e.g. time_zone: Europe/London")
            return nil
        }
        guard let name = text(field, expected: "an IANA time zone name such as Europe/London") else { return nil }
        guard let zone = TimeZone(identifier: name) else {
            let advice = "write an IANA name such as Europe/London or America/New_York"
            let close = KeySuggestion.closest(to: name, among: TimeZone.knownTimeZoneIdentifiers)
            fail(field.path, at: field.position, "'\(name)' is not a known time zone; " + (close.map { "did you mean '\($0)'? (\(advice))" } ?? advice))
            return nil
        }
        return zone
    }

    /// `hours`: weekday → spans. A weekday named twice (`mon` and `monday`) is an error.
    mutating func readHours(_ field: ConfigField) -> [Weekday: WrittenSpans] {
        let names = Weekday.allCases.map(\.rawValue).joined(separator: ", ")
        guard let days = mapping(field.value, at: field.path, pattern: nil, expected: "weekday: [HH:MM-HH:MM, ...]") else { return [:] }
        note(field)
        var hours: [Weekday: WrittenSpans] = [:]
        for day in days.fields {
            guard let weekday = Weekday(name: day.name) else {
                let close = KeySuggestion.closest(to: day.name, among: Weekday.allCases.flatMap { [$0.rawValue, "\($0)"] })
                let advice = "write \(names) (or monday ... sunday)"
                fail(day.path, at: day.keyPosition, "is not a weekday; " + (close.map { "did you mean '\($0)'? (\(advice))" } ?? advice))
                continue
            }
            if let earlier = hours[weekday] {
                fail(day.path, at: day.keyPosition, "\(weekday) is already given as '\(earlier.field.name)' at line \(earlier.field.keyPosition.line); keep one")
                continue
            }
            if let spans = spansOf(day) { hours[weekday] = WrittenSpans(spans: spans, field: day) }
        }
        return hours
    }

    /// `special_hours`: date → spans (`[]`: closed that day).
    mutating func readSpecialHours(_ field: ConfigField) -> [LocalDate: WrittenSpans] {
        guard let days = mapping(field.value, at: field.path, pattern: nil, expected: "YYYY-MM-DD: [HH:MM-HH:MM, ...]") else { return [:] }
        note(field)
        var special: [LocalDate: WrittenSpans] = [:]
        for day in days.fields {
            guard let date = LocalDate(day.name) else {
                fail(day.path, at: day.keyPosition, Self.badDate(day.name))
                continue
            }
            if let spans = spansOf(day) { special[date] = WrittenSpans(spans: spans, field: day) }
        }
        return special
    }

    /// `holidays`: a list of dates.
    mutating func readHolidays(_ field: ConfigField) -> [LocalDate]? {
        guard let items = list(field, expected: "YYYY-MM-DD") else { return nil }
        var dates: [LocalDate] = []
        for (index, item) in items.enumerated() {
            let path = "\(field.path)[\(index)]"
            guard case let .scalar(scalar) = item, !item.isNull else {
                fail(path, at: item.position ?? field.position, "must be a date YYYY-MM-DD, got \(item.shown)")
                continue
            }
            guard let date = LocalDate(scalar.string) else {
                fail(path, at: item.position ?? field.position, Self.badDate(scalar.string))
                continue
            }
            dates.append(date)
        }
        return dates
    }

    /// The spans of one day: a list of `HH:MM-HH:MM` (empty: closed); `nil` after an error.
    mutating func spansOf(_ day: ConfigField) -> [TimeSpan]? {
        guard let items = list(day, expected: "HH:MM-HH:MM") else { return nil }
        var spans: [TimeSpan] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let path = "\(day.path)[\(index)]"
            guard case let .scalar(scalar) = item, !item.isNull else {
                fail(path, at: item.position ?? day.position, "must be a span HH:MM-HH:MM, got \(item.shown)")
                failed = true
                continue
            }
            switch TimeSpan.parse(scalar.string) {
            case let .success(span): spans.append(span)
            case let .failure(problem):
                fail(path, at: item.position ?? day.position, "span '\(scalar.string)': \(problem.message)")
                failed = true
            }
        }
        return failed ? nil : spans
    }

    private static func badDate(_ text: String) -> String {
        "'\(text)' is not a date; write YYYY-MM-DD with a month 01 to 12 and a day that month has, e.g. 2026-12-25"
    }
}
