import Foundation
import RapportCalendar

/// Labels instants with their day, ISO week and month in the zone of the location they happened
/// at (the location calendars of `rapport.yaml`); a location with no calendar uses `fallback`
/// (UTC unless given).
///
/// Keeps the last day seen per location, so a run of responses on one local day costs one
/// comparison each instead of a time zone computation: it is a value that ``labels(at:location:)``
/// mutates. Pure: no clock is read.
public struct PeriodResolver: Sendable {
    private let calendars: [String: LocationCalendar]
    private let fallback: LocationCalendar
    private var lastDay: [String: (period: CalendarPeriod, labels: PeriodLabels)] = [:]

    /// A resolver over the calendars by location id.
    public init(calendars: [String: LocationCalendar], fallback: LocationCalendar? = nil) {
        self.calendars = calendars
        // UTC with no hours always builds; the fallback is only for the zone.
        self.fallback = fallback ?? (try? LocationCalendar(timeZone: "UTC", weekly: [:]))!
    }

    /// The calendar of `location`.
    public func calendar(of location: String) -> LocationCalendar {
        calendars[location] ?? fallback
    }

    /// The day, week and month `instant` lies in at `location`.
    public mutating func labels(at instant: Date, location: String) -> PeriodLabels {
        if let cached = lastDay[location], cached.period.contains(instant) { return cached.labels }
        let calendar = calendar(of: location)
        let day = calendar.period(.day, containing: instant)
        let labels = PeriodLabels(day: day.label, week: calendar.period(.isoWeek, containing: instant).label,
                                  month: calendar.period(.month, containing: instant).label)
        lastDay[location] = (day, labels)
        return labels
    }

    /// The labels of the days of a rolling window of `days` local days ending with the day of
    /// `instant` at `location`, oldest first.
    public func rollingDays(_ days: Int, endingAt instant: Date, location: String) -> [String] {
        let calendar = calendar(of: location)
        let today = calendar.localDate(at: instant)
        return (0..<max(days, 1)).reversed().map { today.adding(days: -$0).description }
    }
}
