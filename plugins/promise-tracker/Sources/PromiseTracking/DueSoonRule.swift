import Foundation
import RapportCalendar

/// When "due soon" starts: a lead time before the due, counted in the opening hours of the
/// location's calendar (a 2-hour lead on a promise due at 10:00 Monday, the store opening at
/// 09:00 and closing at 17:30 on Saturday, starts at 16:30 Saturday).
///
/// Where there is no calendar (a location not configured) or the location is not open for
/// the whole lead time within a year before the due, the lead is counted in wall-clock time.
public struct DueSoonRule: Sendable {
    /// The lead time.
    public let lead: Duration
    /// The location's calendar, when it has one.
    public let calendar: LocationCalendar?

    public init(lead: Duration, calendar: LocationCalendar?) {
        self.lead = lead
        self.calendar = calendar
    }

    /// The instant from which a promise due at `due` is due soon: the latest instant with
    /// `lead` of opening time left before `due`.
    /// Whole milliseconds (rounded down), as deadlines are stored.
    public func dueSoonStart(before due: Date) -> Date {
        let start = exactStart(before: due)
        return Date(timeIntervalSince1970: (start.timeIntervalSince1970 * 1_000).rounded(.down) / 1_000)
    }

    private func exactStart(before due: Date) -> Date {
        let leadSeconds = Double(lead.components.seconds) + Double(lead.components.attoseconds) / 1e18
        let wallClock = due.addingTimeInterval(-leadSeconds)
        guard let calendar, leadSeconds > 0 else { return wallClock }
        // Walk back a day at a time until there is enough opening time, then forward inside it.
        var day = calendar.localDate(at: due)
        for _ in 0...LocationCalendar.searchLimitDays {
            let start = calendar.instant(day, .midnight)
            let open = calendar.openingTime(from: start, to: due)
            let openSeconds = Double(open.components.seconds) + Double(open.components.attoseconds) / 1e18
            if openSeconds >= leadSeconds {
                let extra = openSeconds - leadSeconds
                if extra <= 0 { return calendar.isOpen(at: start) ? start : calendar.nextOpening(after: start) ?? wallClock }
                return calendar.adding(openingTime: .milliseconds(Int64((extra * 1_000).rounded(.down))), to: start) ?? wallClock
            }
            day = day.adding(days: -1)
        }
        return wallClock
    }
}
