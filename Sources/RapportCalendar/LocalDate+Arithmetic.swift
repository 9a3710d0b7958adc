extension LocalDate {
    /// Days since 1970-01-01 (negative before it); the count `adding(days:)` moves along.
    public var daysSince1970: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSince1970` days after 1970-01-01.
    public init(daysSince1970 days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(uncheckedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSince1970: daysSince1970 + days)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday(rawValue: ((daysSince1970 % 7 + 7) % 7 + 3) % 7 + 1)!
    }

    /// The day of the year, 1 (1 January) through 365 or 366.
    public var dayOfYear: Int {
        daysSince1970 - LocalDate(uncheckedYear: year, month: 1, day: 1).daysSince1970 + 1
    }

    /// The ISO 8601 week of this date: weeks start on Monday and week 1 is the week holding
    /// the year's first Thursday, so the week-based `year` can differ from the calendar year
    /// near 1 January (2027-01-01 is in 2026-W53; 2024-12-30 is in 2025-W01).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: Weekday.thursday.rawValue - weekday.rawValue)
        return (thursday.year, (thursday.dayOfYear - 1) / 7 + 1)
    }

    /// The Monday that starts this date's ISO week.
    public var startOfISOWeek: LocalDate {
        adding(days: 1 - weekday.rawValue)
    }

    /// The first day of this date's month.
    public var startOfMonth: LocalDate {
        LocalDate(uncheckedYear: year, month: month, day: 1)
    }

    /// The first day of the next month.
    public var startOfNextMonth: LocalDate {
        month == 12 ? LocalDate(uncheckedYear: year + 1, month: 1, day: 1)
            : LocalDate(uncheckedYear: year, month: month + 1, day: 1)
    }
}
