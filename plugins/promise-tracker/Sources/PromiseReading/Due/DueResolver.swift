import Foundation
import RapportCalendar

/// Places a ``DueExpression`` on a location's calendar, relative to when the words were said.
///
/// Every rule works in the location's zone through ``LocationCalendar`` (so clock changes are
/// handled where wall-clock times become instants), except elapsed time, which is real time
/// added to the utterance. A due that would not fall after the utterance is no reading.
struct DueResolver {
    /// The location's calendar.
    let calendar: LocationCalendar
    /// How the location reads numeric dates; `nil`: it does not.
    let dateOrder: DateOrder?
    /// When the words were said.
    let now: Date
    /// The local date when they were said.
    let today: LocalDate

    /// A resolver for words said at `saidAt`.
    init(calendar: LocationCalendar, dateOrder: DateOrder?, saidAt: Date) {
        self.calendar = calendar
        self.dateOrder = dateOrder
        self.now = saidAt
        self.today = calendar.localDate(at: saidAt)
    }

    /// The due instant, or `nil` when the words give none (vague, a numeric date without a date
    /// order, a date that does not exist, or an instant not after the utterance).
    func resolve(_ expression: DueExpression) -> Date? {
        guard let due = place(expression), due > now else { return nil }
        return due
    }

    private func place(_ expression: DueExpression) -> Date? {
        switch expression {
        case .vague: nil
        case .endOfToday: endOfToday()
        case .closeOfBusiness: closeOfBusiness()
        case .day(let day, let part): date(of: day).flatMap { at(part, of: $0) }
        case .dayBefore(let day): date(of: day).flatMap { calendar.closingOnOrBefore($0.adding(days: -1)) }
        case .dayAt(let day, let clock): dayAt(day, clock)
        case .clock(let clock): bareClock(clock)
        case .elapsed(let seconds): now.addingTimeInterval(Double(seconds))
        case .businessDays(let count): calendar.openingDay(count, after: today).flatMap { calendar.closingTime(on: $0) }
        case .week(let next): lastClosing(weekOf: today.startOfISOWeek.adding(days: next ? 7 : 0), rollOver: !next)
        case .month(let next): lastClosing(monthFrom: next ? today.startOfNextMonth : today.startOfMonth, rollOver: !next)
        case .endOfMonth(let month): endOf(month: month)
        case .firstThing: firstOpening()
        }
    }

    /// Today's closing time if still ahead; otherwise the end of the local day.
    private func endOfToday() -> Date? {
        if let closing = calendar.closingTime(on: today), closing > now { return closing }
        return calendar.instant(today.adding(days: 1), .midnight)
    }

    /// The closing of the stretch open now (yesterday's span past midnight included), else
    /// today's closing if ahead, else the next opening day's.
    private func closeOfBusiness() -> Date? {
        if let closing = calendar.closingTime(on: today.adding(days: -1)), closing > now { return closing }
        if let closing = calendar.closingTime(on: today), closing > now { return closing }
        return calendar.openingDay(1, after: today).flatMap { calendar.closingTime(on: $0) }
    }

    /// `part` of `date`: its closing (or the last opening day's before it, when closed), its
    /// noon, or its opening time.
    private func at(_ part: DayPart, of date: LocalDate) -> Date? {
        guard calendar.isOpeningDay(date) else { return calendar.closingOnOrBefore(date) }
        switch part {
        case .closing: return calendar.closingTime(on: date)
        case .morning: return calendar.instant(date, LocalTime(hour: 12, minute: 0)!)
        case .opening: return calendar.openingTime(on: date)
        }
    }

    /// Whether today is an opening day whose closing time is still ahead.
    var isBeforeClosingToday: Bool {
        calendar.closingTime(on: today).map { $0 > now } ?? false
    }

    /// The closing of the last opening day of the week starting `monday` that closes after
    /// now; with `rollOver`, next week's when this week's have all closed.
    private func lastClosing(weekOf monday: LocalDate, rollOver: Bool) -> Date? {
        if let day = calendar.lastOpeningDay(from: monday, through: monday.adding(days: 6), closingAfter: now) {
            return calendar.closingTime(on: day)
        }
        return rollOver ? lastClosing(weekOf: monday.adding(days: 7), rollOver: false) : nil
    }

    /// The closing of the last opening day of the next `month` (this year's while it has not
    /// closed, otherwise next year's).
    private func endOf(month: Int) -> Date? {
        let year = month >= today.month ? today.year : today.year + 1
        guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
        return lastClosing(monthFrom: first, rollOver: false)
            ?? LocalDate(year: year + 1, month: month, day: 1).flatMap { lastClosing(monthFrom: $0, rollOver: false) }
    }

    /// The first opening time of a day (its first span's opening) after now.
    private func firstOpening() -> Date? {
        var day = today
        for _ in 0...LocationCalendar.searchLimitDays {
            if let opening = calendar.openingTime(on: day), opening > now { return opening }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// The same for the month starting `first`.
    private func lastClosing(monthFrom first: LocalDate, rollOver: Bool) -> Date? {
        let next = first.startOfNextMonth
        if let day = calendar.lastOpeningDay(from: first, through: next.adding(days: -1), closingAfter: now) {
            return calendar.closingTime(on: day)
        }
        return rollOver ? lastClosing(monthFrom: next, rollOver: false) : nil
    }
}
