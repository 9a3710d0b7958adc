extension LocationCalendar {
    /// Refuses overlapping spans on one day and spans that run past midnight into the next
    /// day's spans, for the weekly hours and around every date with special hours.
    func validate() throws(CalendarError) {
        for day in Weekday.allCases {
            let spans = weekly[day] ?? []
            try Self.checkOneDay(spans, day: day.description)
            try Self.checkSpill(spans, day: day.description, into: weekly[day.next] ?? [], nextDay: day.next.description)
        }
        for date in specialHours.keys.sorted() {
            try Self.checkOneDay(spans(on: date), day: date.description)
            for first in [date.adding(days: -1), date] {
                let second = first.adding(days: 1)
                try Self.checkSpill(spans(on: first), day: first.description, into: spans(on: second), nextDay: second.description)
            }
        }
    }

    /// Spans sorted by opening time overlap when one opens before the previous one closes.
    private static func checkOneDay(_ spans: [OpeningSpan], day: String) throws(CalendarError) {
        for (previous, span) in zip(spans, spans.dropFirst()) where span.opens.minutesSinceMidnight < previous.endMinute {
            throw CalendarError(.overlappingSpans(day: day, previous, span))
        }
    }

    /// A span ending after midnight must close by the time the next day's first span opens.
    private static func checkSpill(
        _ spans: [OpeningSpan], day: String, into nextSpans: [OpeningSpan], nextDay: String
    ) throws(CalendarError) {
        for span in spans where span.endsNextDay {
            if let next = nextSpans.first(where: { $0.opens < span.closes }) {
                throw CalendarError(.spanRunsIntoNextDay(day: day, span, nextDay: nextDay, next))
            }
        }
    }
}
