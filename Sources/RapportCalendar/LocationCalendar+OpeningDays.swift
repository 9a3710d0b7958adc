import Foundation

extension LocationCalendar {
    /// Whether `date` is an opening day: at least one span opens on it. Holidays and weekdays
    /// without spans are not; a day only reached by the previous day's span past midnight is not.
    public func isOpeningDay(_ date: LocalDate) -> Bool {
        !spans(on: date).isEmpty
    }

    /// The `count`th opening day after `date` (`date` itself never counts: 1 is the first
    /// opening day after it); `nil` if `count` is below 1 or ``searchLimitDays`` consecutive days
    /// pass without an opening day.
    public func openingDay(_ count: Int, after date: LocalDate) -> LocalDate? {
        guard count >= 1 else { return nil }
        var found = 0
        var closedRun = 0
        var day = date
        while closedRun < Self.searchLimitDays {
            day = day.adding(days: 1)
            guard isOpeningDay(day) else {
                closedRun += 1
                continue
            }
            closedRun = 0
            found += 1
            if found == count { return day }
        }
        return nil
    }

    /// The `count`th opening day after the local date of `instant` (see
    /// `openingDay(_:after:)` taking a `LocalDate`).
    public func openingDay(_ count: Int, after instant: Date) -> LocalDate? {
        openingDay(count, after: localDate(at: instant))
    }

    /// When `date` opens: the opening instant of its first span; `nil` if no span opens on it.
    public func openingTime(on date: LocalDate) -> Date? {
        spans(on: date).map { clock.instant(date, minutes: $0.opens.minutesSinceMidnight) }.min()
    }

    /// When `date` closes: the closing instant of its last span, which for a span past midnight
    /// is on the next calendar day (Friday 18:00–02:00 closes at 02:00 Saturday); `nil` if no
    /// span opens on it. Only the date's own spans count, even if the next day's first span
    /// touches the last one.
    public func closingTime(on date: LocalDate) -> Date? {
        spans(on: date).map { clock.instant(date, minutes: $0.endMinute) }.max()
    }
}
