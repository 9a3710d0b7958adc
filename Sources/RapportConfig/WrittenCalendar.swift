import RapportCalendar

/// A location's calendar as written in `rapport.yaml`: the values read, each with where it is
/// written, so a ``CalendarError`` can be turned into an error at the entry that causes it and
/// every effective value can name its line.
struct WrittenCalendar {
    /// The location's key (`locations.store-12`).
    let location: ConfigField
    /// The `time_zone` key, when written.
    let timeZone: ConfigField?
    /// `hours`, by weekday.
    let hours: [Weekday: WrittenSpans]
    /// `holidays`, in file order.
    let holidays: [Written<LocalDate>]
    /// `special_hours`, by date.
    let special: [LocalDate: WrittenSpans]

    /// Weekly spans for ``LocationCalendar``, days without spans left out.
    var weekly: [Weekday: [OpeningSpan]] { hours.compactMapValues { $0.spans.isEmpty ? nil : $0.spans } }

    /// The written spans a calendar error's day names: for a weekday ("Friday"), its `hours`;
    /// for a date ("2026-12-24"), its `special_hours` if it has them, otherwise (the date took
    /// its weekday's hours) that weekday's `hours`.
    func spans(of day: String) -> WrittenSpans? {
        if let date = LocalDate(parsing: day) { return special[date] ?? hours[date.weekday] }
        return Weekday(name: day).flatMap { hours[$0] }
    }

    /// Whether a calendar error's day is a date with special hours.
    func isSpecial(_ day: String) -> Bool {
        LocalDate(parsing: day).map { special[$0] != nil } ?? false
    }
}
