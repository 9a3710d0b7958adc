import Foundation
import RapportCalendar

/// Named days and times of day on the calendar.
extension DueResolver {
    /// The local date a named day means.
    ///
    /// A weekday said on that weekday before its closing time is today, otherwise the next one
    /// (1 to 7 days ahead); "next Friday" is Friday of next week. A date without a year, and a
    /// bare day of the month, is the next such date from today (today only while it is still
    /// open). A numeric date needs the location's date order.
    func date(of day: DayReference) -> LocalDate? {
        switch day {
        case .today: return today
        case .tomorrow: return today.adding(days: 1)
        case .dayAfterTomorrow: return today.adding(days: 2)
        case .weekday(let weekday, let nextWeek):
            if nextWeek { return today.startOfISOWeek.adding(days: 7 + weekday.rawValue - 1) }
            if today.weekday == weekday && isBeforeClosingToday { return today }
            let ahead = (weekday.rawValue - today.weekday.rawValue + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        case .date(let month, let day, let year):
            return nextDate(month: month, day: day, year: year)
        case .dayOfMonth(let day):
            return nextDayOfMonth(day)
        case .dayOfNextMonth(let day):
            let first = today.startOfNextMonth
            return LocalDate(year: first.year, month: first.month, day: day)
        case .numericDate(let first, let second, let year):
            guard let dateOrder else { return nil }
            let (month, day) = dateOrder == .dmy ? (second, first) : (first, second)
            return nextDate(month: month, day: day, year: year)
        }
    }

    /// A named day at a time of day; a weekday is today while that time is still ahead.
    func dayAt(_ day: DayReference, _ clock: ClockTime) -> Date? {
        if case .weekday(let weekday, false) = day, today.weekday == weekday,
           let due = time(clock, on: today), due > now {
            return due
        }
        if case .weekday(let weekday, false) = day, today.weekday == weekday {
            return time(clock, on: today.adding(days: 7))
        }
        return date(of: day).flatMap { time(clock, on: $0) }
    }

    /// A bare time of day: today if still ahead, otherwise tomorrow. An hour without am or pm
    /// is the first of its two readings that is ahead and inside opening hours.
    func bareClock(_ clock: ClockTime) -> Date? {
        switch clock {
        case .exact(let time):
            let due = calendar.instant(today, time)
            return due > now ? due : calendar.instant(today.adding(days: 1), time)
        case .ambiguous(let hour, let minute):
            for date in [today, today.adding(days: 1)] {
                for candidate in readings(hour: hour, minute: minute, on: date)
                where candidate > now && calendar.isWithinSpans(candidate, on: date) {
                    return candidate
                }
            }
            return nil
        }
    }

    /// `clock` on `date`; an hour without am or pm only when exactly one reading is in opening hours.
    private func time(_ clock: ClockTime, on date: LocalDate) -> Date? {
        switch clock {
        case .exact(let time):
            return calendar.instant(date, time)
        case .ambiguous(let hour, let minute):
            let open = readings(hour: hour, minute: minute, on: date).filter { calendar.isWithinSpans($0, on: date) }
            return open.count == 1 ? open[0] : nil
        }
    }

    private func readings(hour: Int, minute: Int, on date: LocalDate) -> [Date] {
        [hour % 12, hour % 12 + 12].compactMap { LocalTime(hour: $0, minute: minute) }.map { calendar.instant(date, $0) }
    }

    private func nextDate(month: Int, day: Int, year: Int?) -> LocalDate? {
        if let year { return LocalDate(year: year, month: month, day: day) }
        for year in today.year...(today.year + 8) {
            guard let date = LocalDate(year: year, month: month, day: day) else { continue }
            if date > today || date == today && isBeforeClosingToday { return date }
        }
        return nil
    }

    private func nextDayOfMonth(_ day: Int) -> LocalDate? {
        var first = today.startOfMonth
        for _ in 0..<24 {
            if let date = LocalDate(year: first.year, month: first.month, day: day),
               date > today || date == today && isBeforeClosingToday {
                return date
            }
            first = first.startOfNextMonth
        }
        return nil
    }
}
