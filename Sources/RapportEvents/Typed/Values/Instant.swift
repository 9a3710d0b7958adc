/// A moment as written in an RFC 3339 timestamp: milliseconds since the Unix epoch (UTC) and
/// the UTC offset it was written with, so "when it happened at the desk" keeps the location's
/// zone.
///
/// Two instants are equal when both the moment and the offset are equal: `10:15+01:00` and
/// `09:15Z` are the same moment written in different zones, so compare
/// ``millisecondsSinceEpoch`` to compare moments. Every value formats as RFC 3339 the bus
/// accepts: the local date lies in years 0000-9999 and the offset within ±23:59.
public struct Instant: Sendable, Hashable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSinceEpoch: Int64
    /// The offset from UTC in minutes, east positive (`+01:00` is 60, `Z` is 0).
    public let utcOffsetMinutes: Int

    /// The largest offset RFC 3339 can write, in minutes (23:59).
    public static let maxOffsetMinutes = 23 * 60 + 59

    /// Local milliseconds of 0000-01-01T00:00:00.
    private static let firstLocalMillis = CivilDate(year: 0, month: 1, day: 1).daysSinceEpoch * 86_400_000
    /// Local milliseconds of 10000-01-01T00:00:00, written as the leap second 9999-12-31T23:59:60.
    private static let leapEndLocalMillis = CivilDate(year: 10_000, month: 1, day: 1).daysSinceEpoch * 86_400_000

    /// An instant from its moment and offset; `nil` when the offset is beyond ±23:59 or the
    /// local date falls outside years 0000-9999 (RFC 3339 cannot write it).
    public init?(millisecondsSinceEpoch: Int64, utcOffsetMinutes: Int = 0) {
        guard (-Self.maxOffsetMinutes...Self.maxOffsetMinutes).contains(utcOffsetMinutes) else { return nil }
        let (local, overflow) = millisecondsSinceEpoch.addingReportingOverflow(Int64(utcOffsetMinutes) * 60_000)
        // A leap second read at the very end of 9999 lands one second past it: keep it writable.
        guard !overflow, local >= Self.firstLocalMillis, local < Self.leapEndLocalMillis + 1000 else { return nil }
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Reads an RFC 3339 timestamp with an offset, e.g. `2026-11-27T17:00:00+01:00`, by the
    /// bus's rules (``RFC3339/parseMillis(_:)``); fractions beyond milliseconds are dropped.
    /// `nil` for anything the bus would refuse.
    public init?(rfc3339 text: String) {
        guard let millis = RFC3339.parseMillis(text) else { return nil }
        let utf8 = Array(text.utf8)
        var offset = 0
        if let last = utf8.last, last != UInt8(ascii: "Z"), last != UInt8(ascii: "z") {
            // The parser checked the text ends in ±hh:mm.
            let tail = utf8.suffix(6).map { Int($0) - Int(UInt8(ascii: "0")) }
            let minutes = (tail[1] * 10 + tail[2]) * 60 + tail[4] * 10 + tail[5]
            offset = utf8[utf8.count - 6] == UInt8(ascii: "-") ? -minutes : minutes
        }
        self.init(millisecondsSinceEpoch: millis, utcOffsetMinutes: offset)
    }

    /// The timestamp in its own offset: `2026-11-27T17:00:00+01:00`, with `.mmm` only when
    /// there are milliseconds and `Z` for offset zero.
    public var rfc3339: String {
        let local = millisecondsSinceEpoch + Int64(utcOffsetMinutes) * 60_000
        let millis = Int(((local % 1000) + 1000) % 1000)
        // Written into one buffer of at most 29 bytes: each event a plugin emits carries its
        // time, and building the text from padded pieces was 3% of the SDK's CPU per event.
        var bytes = [UInt8]()
        bytes.reserveCapacity(29)
        if local >= Self.leapEndLocalMillis {
            bytes.append(contentsOf: "9999-12-31T23:59:60".utf8)
        } else {
            let (days, remainder) = RFC3339.floorDivide(local, 86_400_000)
            let date = CivilDate(daysSinceEpoch: days)
            Self.digits(Int(date.year), 4, &bytes)
            bytes.append(UInt8(ascii: "-"))
            Self.digits(date.month, 2, &bytes)
            bytes.append(UInt8(ascii: "-"))
            Self.digits(date.day, 2, &bytes)
            bytes.append(UInt8(ascii: "T"))
            Self.digits(Int(remainder / 3_600_000), 2, &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.digits(Int(remainder / 60_000 % 60), 2, &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.digits(Int(remainder / 1000 % 60), 2, &bytes)
        }
        if millis != 0 {
            bytes.append(UInt8(ascii: "."))
            Self.digits(millis, 3, &bytes)
        }
        if utcOffsetMinutes == 0 {
            bytes.append(UInt8(ascii: "Z"))
        } else {
            let magnitude = abs(utcOffsetMinutes)
            bytes.append(utcOffsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            Self.digits(magnitude / 60, 2, &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.digits(magnitude % 60, 2, &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` (0 ... 10^width - 1) as exactly `width` decimal digits.
    private static func digits(_ value: Int, _ width: Int, _ bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The timestamp, as ``rfc3339``.
    public var description: String { rfc3339 }
}

extension Instant: DataValue {
    var jsonValue: JSONValue { .string(rfc3339) }
}
