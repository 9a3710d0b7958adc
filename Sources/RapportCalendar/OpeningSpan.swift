/// One stretch of opening hours within a day, in local wall-clock time: open from `opens`
/// until `closes`.
///
/// A span belongs to the day it opens on. When `closes` is at or before `opens` the span ends
/// after midnight, on the next calendar day: Friday 18:00–02:00 is open until 02:00 on
/// Saturday, and 09:00–09:00 is open for a whole day. 24:00 as `closes` is midnight at the end
/// of the opening day (00:00–24:00 is the whole day). A span never opens at 24:00.
///
/// The span is open at `opens` and closed at `closes`: the half-open range [opens, closes).
public struct OpeningSpan: Hashable, Sendable, CustomStringConvertible {
    /// When the span opens, 00:00 through 23:59.
    public let opens: LocalTime
    /// When the span closes; at or before `opens` means on the next day.
    public let closes: LocalTime

    /// A span from `opens` to `closes`; `nil` if `opens` is 24:00.
    public init?(opens: LocalTime, closes: LocalTime) {
        guard opens < .endOfDay else { return nil }
        self.opens = opens
        self.closes = closes
    }

    /// Parses `HH:MM-HH:MM` ("09:00-17:30", "18:00-02:00"; an en dash and spaces around the
    /// dash are accepted too); `nil` if either time does not parse or the span opens at 24:00.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, let opens = LocalTime(parsing: parts[0]), let closes = LocalTime(parsing: parts[1]) else {
            return nil
        }
        self.init(opens: opens, closes: closes)
    }

    /// Whether the span ends after midnight, on the next calendar day (`closes <= opens`).
    public var endsNextDay: Bool { closes <= opens }

    /// The nominal wall-clock length; the real length differs on a day the clocks change.
    public var nominalMinutes: Int { endMinute - opens.minutesSinceMidnight }

    /// `closes` in minutes after the opening day's midnight (past 1440 when it ends next day).
    var endMinute: Int { closes.minutesSinceMidnight + (endsNextDay ? 1440 : 0) }

    /// The span as `HH:MM-HH:MM`.
    public var description: String { "\(opens)-\(closes)" }
}
