/// A wall-clock time of day at a location, to the minute, with no date and no time zone.
///
/// Ranges from 00:00 to 24:00. 24:00 is the end of the day: it is only meaningful as the end
/// of an ``OpeningSpan`` (an opening at 24:00 is refused) and means midnight at the end of the
/// day, the same instant as 00:00 of the next day.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0 through 1440 (24:00).
    public let minutesSinceMidnight: Int

    /// Midnight at the start of a day, 00:00.
    public static let midnight = LocalTime(minutes: 0)
    /// Midnight at the end of a day, 24:00; only meaningful as the end of a span.
    public static let endOfDay = LocalTime(minutes: 1440)

    /// The hour, 0 through 24 (24 only for 24:00).
    public var hour: Int { minutesSinceMidnight / 60 }
    /// The minute, 0 through 59.
    public var minute: Int { minutesSinceMidnight % 60 }

    /// A time from an hour (0–23) and a minute (0–59), or 24:00; `nil` for anything else.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour) && (0...59).contains(minute) || hour == 24 && minute == 0 else { return nil }
        self.minutesSinceMidnight = hour * 60 + minute
    }

    /// Parses `H:MM` or `HH:MM` ("9:00", "09:00", "17:30", "24:00"); `nil` if the text is not
    /// such a time. Surrounding spaces are ignored.
    public init?(parsing text: some StringProtocol) {
        let parts = text.trimmingSpaces().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy(\.isASCIIDigits),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    init(minutes: Int) {
        self.minutesSinceMidnight = minutes
    }

    /// The time as `HH:MM`, e.g. "09:00" or "24:00".
    public var description: String { "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))" }

    /// Earlier times of day come first; 24:00 is the latest.
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
