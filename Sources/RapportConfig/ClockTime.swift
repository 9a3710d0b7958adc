/// A time of day as `HH:MM`, hours 00 to 24 (24 only as `24:00`, the end of the day), minutes
/// 00 to 59. No time zone: a location's `time_zone` gives it one.
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Hour, 0 to 24.
    public let hour: Int
    /// Minute, 0 to 59 (0 when `hour` is 24).
    public let minute: Int

    /// Parses `HH:MM` (two digits each), or `nil` when it is not one or is out of range.
    public init?(_ text: some StringProtocol) {
        let digits = Array(text.utf8)
        guard digits.count == 5, digits[2] == UInt8(ascii: ":"),
              let hour = Int(text.prefix(2)), let minute = Int(text.suffix(2)),
              digits.indices.allSatisfy({ $0 == 2 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digits[$0]) }),
              (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Minutes since midnight, 0 to 1440.
    public var minutes: Int { hour * 60 + minute }

    /// Earlier first.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    /// `HH:MM`.
    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
