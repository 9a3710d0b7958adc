import Foundation

/// Converts between instants and a location's wall-clock time, using the system's time zone
/// database through Foundation's `TimeZone` (no zone rules are written here).
///
/// Wall-clock time is counted as "wall seconds": seconds since 1970-01-01 00:00 on the local
/// clock, as if the zone were UTC.
struct ZoneClock: Sendable {
    let timeZone: TimeZone

    /// The local date at `instant`.
    func localDate(at instant: Date) -> LocalDate {
        let wall = instant.timeIntervalSince1970 + Double(offset(at: instant.timeIntervalSince1970))
        return LocalDate(daysSince1970: Int((wall / 86_400).rounded(.down)))
    }

    /// The instant the local clock shows `minutes` after midnight on `date` (`minutes` may
    /// pass 1440 into the following days).
    ///
    /// A wall time that occurs twice (clocks going back) gives its first occurrence. A wall
    /// time that does not exist (clocks going forward) is moved forward by the length of the
    /// gap: 02:30 on a day clocks go from 02:00 to 03:00 gives the instant shown as 03:30.
    func instant(_ date: LocalDate, minutes: Int) -> Date {
        let wall = Double(date.daysSince1970 * 86_400 + minutes * 60)
        let offsetBefore = offset(at: wall - 86_400)
        let offsetAfter = offset(at: wall + 86_400)
        let valid = [offsetBefore, offsetAfter]
            .map { wall - Double($0) }
            .filter { wall - Double(offset(at: $0)) == $0 }
        return Date(timeIntervalSince1970: valid.min() ?? wall - Double(offsetBefore))
    }

    /// An instant no later than ``instant(_:minutes:)`` of any wall time on `date` or after,
    /// whatever the zone's offsets (at most ±15 hours, historical ones included) or gaps.
    func lowerBound(of date: LocalDate) -> Date {
        Date(timeIntervalSince1970: Double(date.daysSince1970 * 86_400) - 26 * 3_600)
    }

    private func offset(at secondsSince1970: Double) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: secondsSince1970))
    }
}
