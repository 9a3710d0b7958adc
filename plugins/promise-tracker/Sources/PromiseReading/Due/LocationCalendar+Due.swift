import Foundation
import RapportCalendar

/// Calendar look-ups the due rules need, built on ``LocationCalendar``'s own operations.
extension LocationCalendar {
    /// The closing time of `date`, or, when the location is closed that day, of the last
    /// opening day before it; `nil` if no opening day is found within the search limit.
    func closingOnOrBefore(_ date: LocalDate) -> Date? {
        var day = date
        for _ in 0...Self.searchLimitDays {
            if let closing = closingTime(on: day) { return closing }
            day = day.adding(days: -1)
        }
        return nil
    }

    /// The last opening day from `first` through `last` whose closing time is after `instant`.
    func lastOpeningDay(from first: LocalDate, through last: LocalDate, closingAfter instant: Date) -> LocalDate? {
        var day = last
        while day >= first {
            if let closing = closingTime(on: day), closing > instant { return day }
            day = day.adding(days: -1)
        }
        return nil
    }

    /// The wall-clock time `instant` shows at the location, to the minute.
    func localTime(at instant: Date) -> LocalTime {
        let offset = timeZone.secondsFromGMT(for: instant)
        let wall = Int((instant.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let minutes = ((wall / 60) % 1_440 + 1_440) % 1_440
        return LocalTime(hour: minutes / 60, minute: minutes % 60)!
    }

    /// Whether `instant` falls inside one of the spans that open on `date` (its closing included).
    func isWithinSpans(_ instant: Date, on date: LocalDate) -> Bool {
        for span in spans(on: date) {
            let opens = self.instant(date, span.opens)
            let closes = span.endsNextDay ? self.instant(date.adding(days: 1), span.closes) : self.instant(date, span.closes)
            if opens <= instant && instant <= closes { return true }
        }
        return false
    }
}
