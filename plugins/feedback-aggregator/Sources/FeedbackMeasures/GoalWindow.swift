import Foundation
import RapportCalendar

/// The rolling window a scope's goals are checked on, as of an instant: the last `days` local
/// days of a calendar, that instant's day included.
///
/// The window moves with time, so its figure changes without any new response: whenever a day
/// that holds answers leaves it. ``nextChange(oldestDayWithAnswers:)`` says when that next
/// happens (the start of the local day `days` after the oldest such day), so the plugin can
/// check the goals again then. Pure: the instant is given, no clock is read.
public struct GoalWindow: Sendable {
    /// The instant the window is taken as of.
    public let asOf: Date
    /// Its length in local days.
    public let days: Int
    /// Its oldest local day.
    public let firstDay: LocalDate
    /// Its newest local day: the day of ``asOf``.
    public let lastDay: LocalDate
    private let calendar: LocationCalendar

    /// The window of `days` local days (at least one) ending with the day of `asOf` on `calendar`.
    public init(days: Int, asOf: Date, calendar: LocationCalendar) {
        self.asOf = asOf
        self.days = max(days, 1)
        self.calendar = calendar
        lastDay = calendar.localDate(at: asOf)
        firstDay = lastDay.adding(days: -(self.days - 1))
    }

    /// The labels of its days, oldest first (`2026-10-04`, as the sums are stored).
    public var labels: [String] {
        (0..<days).map { firstDay.adding(days: $0).description }
    }

    /// Whether `instant` falls on the window's last day on its calendar: taken as of `instant`,
    /// the window would be this one.
    public func endsOnTheDay(of instant: Date) -> Bool {
        calendar.localDate(at: instant) == lastDay
    }

    /// The moment `day` leaves the window: the start (local midnight, whatever the zone's
    /// offset that night) of the local day `days` after it.
    public func exit(of day: LocalDate) -> Date {
        calendar.period(.day, of: day.adding(days: days)).start
    }

    /// When the window's figure next changes by itself: the moment the oldest day in it that
    /// holds answers leaves it; `nil` when no day in it holds any (nothing can change until a
    /// new response comes).
    public func nextChange(oldestDayWithAnswers day: LocalDate?) -> Date? {
        guard let day, day >= firstDay, day <= lastDay else { return nil }
        return exit(of: day)
    }

    /// How far ahead of the plugin's clock a response's time is believed (a desk clock running a
    /// little fast): one hour.
    public static let clockAllowance: TimeInterval = 3_600

    /// The instant a scope's goals are checked as of: `candidate` (a response's time, or the
    /// moment a re-check timer fired), but never earlier than the scope's previous check, so a
    /// late response is judged in the window the goals were last judged in (its own day counts
    /// if it is still in it) and an alert a re-check resolved is not raised again from days
    /// that have already left the window; and never later than `now` (the plugin's clock) plus
    /// ``clockAllowance``, so one response dated in the future by a wrong desk clock cannot
    /// hold the scope's window there.
    public static func asOf(_ candidate: Date, after previous: Date?, now: Date) -> Date {
        let believed = min(candidate, now.addingTimeInterval(clockAllowance))
        guard let previous else { return believed }
        return max(believed, previous)
    }
}

extension PeriodResolver {
    /// The goal window of `days` local days ending with the day of `instant` at `location`.
    public func goalWindow(days: Int, asOf instant: Date, location: String) -> GoalWindow {
        GoalWindow(days: days, asOf: instant, calendar: calendar(of: location))
    }
}
