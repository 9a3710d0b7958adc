/// RFC 3339 timestamps: parsing to and formatting from milliseconds since the Unix epoch.
public enum RFC3339 {
    /// Parses a timestamp such as `2026-11-23T10:15:00+01:00`, `2026-11-23T09:15:00Z` or
    /// `2026-11-23T09:15:00.123456Z` to milliseconds since the Unix epoch (UTC).
    ///
    /// The offset is required (`Z` or `±hh:mm`); `T` and `Z` may be lower case. Fractional
    /// seconds may have any number of digits (truncated to milliseconds). Ranges are checked:
    /// month 1-12, day valid for the month (leap years included), hour 0-23, minute 0-59,
    /// second 0-60 (a leap second counts as the first second of the next minute), offset up to
    /// 23:59. Returns `nil` for anything else.
    public static func parseMillis(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parseMillis(utf8: $0) }
    }

    /// Formats milliseconds since the epoch in UTC with milliseconds: `2026-11-23T09:15:00.000Z`.
    ///
    /// Years outside 0000-9999 are written with more digits or a leading `-` (such text is not
    /// RFC 3339 and ``parseMillis(_:)`` refuses it).
    public static func format(millis: Int64) -> String {
        let (days, remainder) = floorDivide(millis, 86_400_000)
        let date = CivilDate(daysSinceEpoch: days)
        let hour = remainder / 3_600_000
        let minute = remainder / 60_000 % 60
        let second = remainder / 1000 % 60
        let milli = remainder % 1000
        var out = ""
        if date.year < 0 { out += "-" }
        out += padded(date.year.magnitude, 4)
        out += "-" + padded(UInt64(date.month), 2) + "-" + padded(UInt64(date.day), 2)
        out += "T" + padded(UInt64(hour), 2) + ":" + padded(UInt64(minute), 2) + ":" + padded(UInt64(second), 2)
        out += "." + padded(UInt64(milli), 3) + "Z"
        return out
    }

    /// ``parseMillis(_:)`` over UTF-8 bytes.
    static func parseMillis(utf8 text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var reader = TimestampReader(text)
        guard let year = reader.number(digits: 4), reader.skip(UInt8(ascii: "-")),
              let month = reader.number(digits: 2), reader.skip(UInt8(ascii: "-")),
              let day = reader.number(digits: 2), reader.skip(UInt8(ascii: "T"), or: UInt8(ascii: "t")),
              let hour = reader.number(digits: 2), reader.skip(UInt8(ascii: ":")),
              let minute = reader.number(digits: 2), reader.skip(UInt8(ascii: ":")),
              let second = reader.number(digits: 2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var millis: Int64 = 0
        if reader.skip(UInt8(ascii: ".")) {
            guard let fraction = reader.fractionMillis() else { return nil }
            millis = fraction
        }
        guard let offsetMinutes = reader.offsetMinutes(), reader.atEnd else { return nil }
        let days = CivilDate(year: year, month: month, day: day).daysSinceEpoch
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes) * 60
        return seconds * 1000 + millis
    }

    /// Floor division and its non-negative remainder.
    static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// A number zero-padded to `width` digits.
    private static func padded(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
