import RapportCalendar

/// Names of weekdays, months and units of elapsed time.
enum CalendarWords {
    /// Weekday names and unambiguous abbreviations.
    static let weekdayNames: [String: Weekday] = [
        "monday": .monday, "tuesday": .tuesday, "wednesday": .wednesday, "thursday": .thursday, "friday": .friday,
        "saturday": .saturday, "sunday": .sunday, "mon": .monday, "tue": .tuesday, "tues": .tuesday,
        "thu": .thursday, "thur": .thursday, "thurs": .thursday, "fri": .friday, "weds": .wednesday,
        "mondays": .monday, "tuesdays": .tuesday, "wednesdays": .wednesday, "thursdays": .thursday,
        "fridays": .friday, "saturdays": .saturday, "sundays": .sunday,
    ]

    /// Weekday abbreviations that are also other words ("wed", "sat", "sun"): read as weekdays
    /// only after a preposition or "this"/"next".
    static let ambiguousWeekdays: [String: Weekday] = ["wed": .wednesday, "sat": .saturday, "sun": .sunday]

    /// Plural weekday names ("on Fridays") name a habit, not a day.
    static let pluralWeekdays: Set<String> = [
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    ]

    /// Month names and abbreviations, by month number.
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Units of elapsed time, in seconds; a month has no fixed length and is not here.
    static let elapsedUnits: [String: Int] = [
        "minute": 60, "minutes": 60, "min": 60, "mins": 60, "hour": 3_600, "hours": 3_600, "hr": 3_600,
        "hrs": 3_600, "day": 86_400, "days": 86_400, "week": 604_800, "weeks": 604_800, "fortnight": 1_209_600,
        "fortnights": 1_209_600, "seconds": 1, "h": 3_600, "wk": 604_800, "wks": 604_800,
    ]

    /// Units whose length is not fixed: an elapsed count of them is vague.
    static let vagueUnits: Set<String> = ["month", "months", "year", "years", "while", "bit", "moment", "sec", "secs"]
}
