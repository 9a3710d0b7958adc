import Foundation

extension LocationCalendar {
    /// The local day containing `instant`: from its local midnight to the next.
    public func day(containing instant: Date) -> CalendarPeriod {
        period(.day, containing: instant)
    }

    /// The ISO 8601 week containing `instant`: from local midnight starting Monday to local
    /// midnight starting the next Monday, labelled with the week-based year (2027-01-01 is in
    /// "2026-W53", 2020-12-31 in "2020-W53").
    public func isoWeek(containing instant: Date) -> CalendarPeriod {
        period(.isoWeek, containing: instant)
    }

    /// The local month containing `instant`: from local midnight on its first day to local
    /// midnight on the first day of the next month.
    public func month(containing instant: Date) -> CalendarPeriod {
        period(.month, containing: instant)
    }

    /// The period of `kind` containing `instant`, in the location's zone.
    public func period(_ kind: CalendarPeriod.Kind, containing instant: Date) -> CalendarPeriod {
        let candidate = period(kind, of: localDate(at: instant))
        // Where midnight itself is repeated by a clock change, the instant can lie just outside
        // the period of its local date: take the neighbour that contains it.
        if instant < candidate.start { return period(kind, of: candidate.firstDay.adding(days: -1)) }
        if instant >= candidate.end { return period(kind, of: candidate.lastDay.adding(days: 1)) }
        return candidate
    }

    /// The period of the same kind right after `period` (the next day, week or month).
    public func period(following period: CalendarPeriod) -> CalendarPeriod {
        self.period(period.kind, of: period.lastDay.adding(days: 1))
    }

    /// The period of the same kind right before `period` (the previous day, week or month).
    public func period(preceding period: CalendarPeriod) -> CalendarPeriod {
        self.period(period.kind, of: period.firstDay.adding(days: -1))
    }

    /// The period of `kind` containing the local date `date`.
    public func period(_ kind: CalendarPeriod.Kind, of date: LocalDate) -> CalendarPeriod {
        let first: LocalDate
        let next: LocalDate
        let label: String
        switch kind {
        case .day:
            (first, next, label) = (date, date.adding(days: 1), date.description)
        case .isoWeek:
            let week = date.isoWeek
            first = date.startOfISOWeek
            (next, label) = (first.adding(days: 7), "\(week.year.zeroPadded(4))-W\(week.week.zeroPadded(2))")
        case .month:
            (first, next, label) = (date.startOfMonth, date.startOfNextMonth, "\(date.year.zeroPadded(4))-\(date.month.zeroPadded(2))")
        }
        return CalendarPeriod(
            kind: kind, firstDay: first, lastDay: next.adding(days: -1), start: instant(first, .midnight), end: instant(next, .midnight), label: label
        )
    }
}
