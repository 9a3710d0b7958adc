import Foundation

/// When a location (shop, branch, service desk) is open, in its own time zone: weekly opening
/// hours, holidays and special hours, with the operations promise due times, complaint ages and
/// feedback periods are computed with.
///
/// Pure: no clock is read, every instant is passed in as a `Date`.
///
/// Which spans a date has:
/// - special hours for the date, when given, replace its weekly spans (an empty list: closed);
///   special hours win over a holiday on the same date;
/// - otherwise a holiday is closed all day;
/// - otherwise the weekly spans of its weekday (none: closed).
///
/// A span belongs to the day it opens on: Friday 18:00–02:00 is open until 02:00 Saturday even
/// when Saturday is a holiday. Spans that touch (12:00–14:00 and 14:00–18:00, or Friday
/// 18:00–24:00 and Saturday 00:00–02:00) are one continuous stretch of opening.
///
/// Wall-clock times become instants by the zone's rules: a time that occurs twice (clocks going
/// back) is its first occurrence; a time that does not exist (clocks going forward) is moved
/// forward by the gap (02:30 becomes 03:30 when clocks jump from 02:00 to 03:00), as RFC 5545
/// and java.time do. Each end of a span is resolved on its own, so a span 01:00–03:00 on a night
/// the clocks go forward an hour is open one real hour, and on a night they go back, three; a
/// span opening in the gap and closing just after it can be left with no opening time
/// (02:30–03:15 becomes 03:30–03:15). Durations are real elapsed time, never wall-clock
/// differences.
///
/// Searches forward are bounded: ``searchLimitDays`` consecutive days without any opening end a
/// search with `nil`, and ``nextOpening(after:)`` and ``nextClosing(after:)`` look no further
/// than ``searchLimitDays`` days ahead, so a calendar that never opens (or never closes) gives
/// `nil` instead of looping.
public struct LocationCalendar: Sendable {
    /// How many days a forward search looks before giving up (a year, leap day included).
    public static let searchLimitDays = 366

    /// The time zone identifier the calendar was made with ("Europe/London").
    public let timeZoneIdentifier: String
    /// The location's time zone.
    public var timeZone: TimeZone { clock.timeZone }
    /// Weekly opening spans by weekday, each day's sorted by opening time; a missing or empty
    /// day is closed.
    public let weekly: [Weekday: [OpeningSpan]]
    /// Dates closed all day (unless they have special hours).
    public let holidays: Set<LocalDate>
    /// Dates whose spans replace the weekly ones, each sorted by opening time; empty: closed.
    public let specialHours: [LocalDate: [OpeningSpan]]

    let clock: ZoneClock

    /// A calendar in the IANA time zone `identifier` ("Europe/London", "America/New_York").
    ///
    /// Throws ``CalendarError`` when the zone is unknown, when two spans that open on one day
    /// overlap, or when a span that ends after midnight runs into a span of the next day (weekly,
    /// or around a date with special hours).
    public init(
        timeZone identifier: String, weekly: [Weekday: [OpeningSpan]],
        holidays: Set<LocalDate> = [], specialHours: [LocalDate: [OpeningSpan]] = [:]
    ) throws(CalendarError) {
        guard let zone = TimeZone(identifier: identifier) else { throw CalendarError(.unknownTimeZone(identifier)) }
        self.timeZoneIdentifier = identifier
        self.clock = ZoneClock(timeZone: zone)
        self.weekly = weekly.mapValues(LocationCalendar.sorted)
        self.holidays = holidays
        self.specialHours = specialHours.mapValues(LocationCalendar.sorted)
        try validate()
    }

    /// The spans that open on `date`, sorted by opening time (see the type's rules).
    public func spans(on date: LocalDate) -> [OpeningSpan] {
        if let special = specialHours[date] { return special }
        if holidays.contains(date) { return [] }
        return weekly[date.weekday] ?? []
    }

    /// The local date at `instant` in the location's zone.
    public func localDate(at instant: Date) -> LocalDate {
        clock.localDate(at: instant)
    }

    /// The instant the location's clock shows `time` on `date`; a time that occurs twice gives
    /// the first occurrence, a time that does not exist is moved forward by the gap, and 24:00
    /// is midnight at the start of the next day.
    public func instant(_ date: LocalDate, _ time: LocalTime) -> Date {
        clock.instant(date, minutes: time.minutesSinceMidnight)
    }

    /// The stretches of opening of the spans that open on `date`, sorted by start; empty ones
    /// (a span emptied by a clock-change gap) are left out.
    func intervals(on date: LocalDate) -> [OpenInterval] {
        spans(on: date).compactMap { span in
            let start = clock.instant(date, minutes: span.opens.minutesSinceMidnight)
            let end = clock.instant(date, minutes: span.endMinute)
            return end > start ? OpenInterval(start: start, end: end) : nil
        }
        .sorted { $0.start < $1.start }
    }

    private static func sorted(_ spans: [OpeningSpan]) -> [OpeningSpan] {
        spans.sorted { ($0.opens, $0.closes) < ($1.opens, $1.closes) }
    }
}
