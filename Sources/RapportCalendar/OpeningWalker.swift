import Foundation

/// Walks a calendar's opening time forward in time, yielding stretches of continuous opening in
/// order: spans that touch or overlap are merged, so no opening time is counted twice.
///
/// It loads one local day at a time (starting a few days before the first instant, so a span
/// that opened earlier and is still open is seen) and ends:
/// - without a last day: after ``LocationCalendar/searchLimitDays`` consecutive days without
///   opening time;
/// - with a last day: after that day (a few days of margin past the instant asked for).
///
/// A stretch of continuous opening longer than ``pieceSeconds`` (a location open around the
/// clock) is cut into pieces, marked by `closesAtEnd` and `opensAtStart`, so every call returns.
struct OpeningWalker {
    /// Longest piece of continuous opening yielded at once: a week.
    static let pieceSeconds: Double = 7 * 86_400
    /// Consecutive closed days that end a walk without a last day: the calendar's limit plus
    /// the days loaded before the first instant.
    static let closedDaysLimit = LocationCalendar.searchLimitDays + 3

    private let calendar: LocationCalendar
    private let lastDay: LocalDate?
    private var nextDay: LocalDate
    private var loaded: [OpenInterval] = []
    private var closedDays = 0
    private var previousEnd: Date?
    private var previousWasCut = false

    /// A walk starting at `instant`, ending after the day of `lastInstant` when one is given.
    init(_ calendar: LocationCalendar, from instant: Date, through lastInstant: Date? = nil) {
        self.calendar = calendar
        self.nextDay = calendar.localDate(at: instant).adding(days: -3)
        self.lastDay = lastInstant.map { calendar.localDate(at: $0).adding(days: 3) }
    }

    /// The next stretch of opening, or `nil` when the walk ends.
    mutating func next() -> OpenInterval? {
        guard var interval = takeLoaded() else { return nil }
        interval.opensAtStart = !previousWasCut
        while let following = peekLoaded(), following.start <= interval.end {
            if following.end <= interval.end {
                loaded.removeFirst()
                continue
            }
            if interval.seconds >= Self.pieceSeconds {
                interval.closesAtEnd = false
                break
            }
            interval.end = following.end
            loaded.removeFirst()
        }
        previousWasCut = !interval.closesAtEnd
        previousEnd = interval.end
        return interval
    }

    /// The earliest loaded interval not already covered by what was yielded, trimmed to start
    /// where the last yielded one ended.
    private mutating func takeLoaded() -> OpenInterval? {
        while var interval = peekLoaded() {
            loaded.removeFirst()
            if let previousEnd, interval.start < previousEnd { interval.start = previousEnd }
            if interval.end > interval.start { return interval }
        }
        return nil
    }

    /// The earliest interval, once no day still to load could hold an earlier one.
    private mutating func peekLoaded() -> OpenInterval? {
        while true {
            if let first = loaded.first, first.start < calendar.clock.lowerBound(of: nextDay) { return first }
            if let lastDay, nextDay > lastDay { return loaded.first }
            if lastDay == nil, closedDays >= Self.closedDaysLimit { return loaded.first }
            let day = calendar.intervals(on: nextDay)
            closedDays = day.isEmpty ? closedDays + 1 : 0
            loaded.append(contentsOf: day)
            loaded.sort { $0.start < $1.start }
            nextDay = nextDay.adding(days: 1)
        }
    }
}
