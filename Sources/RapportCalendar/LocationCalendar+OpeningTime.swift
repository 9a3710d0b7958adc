import Foundation

extension LocationCalendar {
    /// Whether the location is open at `instant`: a span is open from its opening instant
    /// (included) to its closing instant (excluded).
    public func isOpen(at instant: Date) -> Bool {
        var walker = OpeningWalker(self, from: instant, through: instant)
        while let interval = walker.next(), interval.start <= instant {
            if instant < interval.end { return true }
        }
        return false
    }

    /// The first instant strictly after `instant` at which the location opens (goes from closed
    /// to open); `nil` if it does not open within ``searchLimitDays`` days.
    ///
    /// Strictly after: at an opening instant this is the following opening, and while open it
    /// is the opening after the current stretch closes. Touching spans open once.
    public func nextOpening(after instant: Date) -> Date? {
        let horizon = instant.addingTimeInterval(Double(Self.searchLimitDays) * 86_400)
        var walker = OpeningWalker(self, from: instant)
        while let interval = walker.next(), interval.start <= horizon {
            if interval.opensAtStart && interval.start > instant { return interval.start }
        }
        return nil
    }

    /// The first instant strictly after `instant` at which the location closes (goes from open
    /// to closed); `nil` if it does not close within ``searchLimitDays`` days.
    ///
    /// Strictly after: while open it is the end of the current stretch; at a closing instant or
    /// while closed it is the end of the next stretch. Touching spans close once, at the end of
    /// the last (Friday 18:00–24:00 then Saturday 00:00–02:00 closes at 02:00 Saturday).
    public func nextClosing(after instant: Date) -> Date? {
        let horizon = instant.addingTimeInterval(Double(Self.searchLimitDays) * 86_400)
        var walker = OpeningWalker(self, from: instant)
        while let interval = walker.next(), interval.start <= horizon {
            if interval.closesAtEnd && interval.end > instant { return interval.end <= horizon ? interval.end : nil }
        }
        return nil
    }

    /// The instant at which `openingTime` of opening time has elapsed since `instant`, counting
    /// only time the location is open; `nil` if `openingTime` is negative or the search runs
    /// into ``searchLimitDays`` consecutive days without opening.
    ///
    /// The result is the earliest such instant: zero gives `instant` itself; otherwise it falls
    /// within an open stretch or at its closing instant, never at the next opening (eight and a
    /// half hours from 09:00 on a 09:00–17:30 day is 17:30 that day). Elapsed time is real time,
    /// so across a clock change a stretch counts for what it really lasts.
    public func adding(openingTime: Duration, to instant: Date) -> Date? {
        var remaining = openingTime.seconds
        guard remaining >= 0 else { return nil }
        guard remaining > 0 else { return instant }
        var walker = OpeningWalker(self, from: instant)
        while let interval = walker.next() {
            guard interval.end > instant else { continue }
            let start = max(interval.start, instant)
            let available = interval.end.timeIntervalSince(start)
            if remaining <= available { return start.addingTimeInterval(remaining) }
            remaining -= available
        }
        return nil
    }

    /// The opening time between `start` and `end`: how long the location was really open in
    /// [start, end), skipping closed time; zero when `end` is not after `start`.
    ///
    /// Real elapsed time: a stretch open across a clock change counts what it really lasted
    /// (22:00–06:00 on the night clocks go forward an hour is seven hours).
    public func openingTime(from start: Date, to end: Date) -> Duration {
        guard end > start else { return .zero }
        var total = 0.0
        var walker = OpeningWalker(self, from: start, through: end)
        while let interval = walker.next(), interval.start < end {
            let overlap = min(interval.end, end).timeIntervalSince(max(interval.start, start))
            if overlap > 0 { total += overlap }
        }
        return Duration(seconds: total)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// A duration of `seconds`, to the nanosecond.
    init(seconds: Double) {
        let whole = seconds.rounded(.down)
        self = .seconds(Int64(whole)) + .nanoseconds(Int64(((seconds - whole) * 1e9).rounded()))
    }
}
