import Foundation
import RapportCalendar
import Yams

/// The parts of a location: its time zone, weekly hours, holidays and special hours, each
/// value parsed into ``RapportCalendar``'s types and kept with where it is written.
extension ConfigWalk {
    /// `time_zone`: required, an IANA name Foundation knows; the name as written.
    mutating func readTimeZone(_ field: ConfigField?, of location: ConfigField) -> String? {
        guard let field else {
            fail(location.path + ".time_zone", at: location.keyPosition,
                 "is required: the IANA name of the location's time zone, e.g. time_zone: Europe/London")
            return nil
        }
        guard let name = text(field, expected: "an IANA time zone name such as Europe/London") else { return nil }
        guard TimeZone(identifier: name) != nil else {
            let advice = "write an IANA name such as Europe/London or America/New_York"
            let close = KeySuggestion.closest(to: name, among: TimeZone.knownTimeZoneIdentifiers)
            fail(field.path, at: field.position, "'\(name)' is not a known time zone; " + (close.map { "did you mean '\($0)'? (\(advice))" } ?? advice))
            return nil
        }
        return name
    }

    /// `hours`: weekday → spans. A weekday named twice (`mon` and `monday`) is an error.
    mutating func readHours(_ field: ConfigField) -> [Weekday: WrittenSpans] {
        let shortNames = Weekday.allCases.map { String($0.name.prefix(3)) }
        guard let days = mapping(field.value, at: field.path, pattern: nil, expected: "weekday: [HH:MM-HH:MM, ...]") else { return [:] }
        note(field)
        var hours: [Weekday: WrittenSpans] = [:]
        for day in days.fields {
            guard let weekday = Weekday(name: day.name) else {
                let close = KeySuggestion.closest(to: day.name, among: shortNames + Weekday.allCases.map(\.name))
                let advice = "write \(shortNames.joined(separator: ", ")) (or monday ... sunday)"
                fail(day.path, at: day.keyPosition, "is not a weekday; " + (close.map { "did you mean '\($0)'? (\(advice))" } ?? advice))
                continue
            }
            if let earlier = hours[weekday] {
                fail(day.path, at: day.keyPosition, "\(weekday.name) is already given as '\(earlier.field.name)' at line \(earlier.field.keyPosition.line); keep one")
                continue
            }
            if let items = spansOf(day) { hours[weekday] = WrittenSpans(items: items, field: day) }
        }
        return hours
    }

    /// `special_hours`: date → spans (`[]`: closed that day).
    mutating func readSpecialHours(_ field: ConfigField) -> [LocalDate: WrittenSpans] {
        guard let days = mapping(field.value, at: field.path, pattern: nil, expected: "YYYY-MM-DD: [HH:MM-HH:MM, ...]") else { return [:] }
        note(field)
        var special: [LocalDate: WrittenSpans] = [:]
        for day in days.fields {
            guard let date = LocalDate(parsing: day.name) else {
                fail(day.path, at: day.keyPosition, Self.badDate(day.name))
                continue
            }
            if let earlier = special[date] {
                fail(day.path, at: day.keyPosition, "\(date) is already given as '\(earlier.field.name)' at line \(earlier.field.keyPosition.line); keep one")
                continue
            }
            if let items = spansOf(day) { special[date] = WrittenSpans(items: items, field: day) }
        }
        return special
    }

    /// `holidays`: a list of dates, in file order. A date listed twice is an error at the second.
    mutating func readHolidays(_ field: ConfigField) -> [Written<LocalDate>]? {
        guard let items = list(field, expected: "YYYY-MM-DD") else { return nil }
        var dates: [Written<LocalDate>] = []
        for (index, item) in items.enumerated() {
            let path = "\(field.path)[\(index)]"
            let position = item.position ?? field.position
            guard case let .scalar(scalar) = item, !item.isNull else {
                fail(path, at: position, "must be a date YYYY-MM-DD, got \(item.shown)")
                continue
            }
            guard let date = LocalDate(parsing: scalar.string) else {
                fail(path, at: position, Self.badDate(scalar.string))
                continue
            }
            if let first = dates.first(where: { $0.value == date }) {
                fail(path, at: position, "\(date) is already listed as \(first.path) at line \(first.position.line); remove one of the two")
                continue
            }
            dates.append(Written(value: date, path: path, position: position))
        }
        return dates
    }

    /// The spans of one day: a list of `HH:MM-HH:MM` (empty: closed); `nil` after an error.
    mutating func spansOf(_ day: ConfigField) -> [Written<OpeningSpan>]? {
        guard let items = list(day, expected: "HH:MM-HH:MM") else { return nil }
        var spans: [Written<OpeningSpan>] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let path = "\(day.path)[\(index)]"
            let position = item.position ?? day.position
            guard case let .scalar(scalar) = item, !item.isNull else {
                fail(path, at: position, "must be a span HH:MM-HH:MM, got \(item.shown)")
                failed = true
                continue
            }
            switch SpanText.parse(scalar.string) {
            case let .success(span): spans.append(Written(value: span, path: path, position: position))
            case let .failure(problem):
                fail(path, at: position, "span '\(scalar.string)': \(problem.message)")
                failed = true
            }
        }
        return failed ? nil : spans
    }

    private static func badDate(_ text: String) -> String {
        "'\(text)' is not a date; write YYYY-MM-DD with a month 01 to 12 and a day that month has, e.g. 2026-12-25"
    }
}
