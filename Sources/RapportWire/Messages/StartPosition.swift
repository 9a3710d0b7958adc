import RapportEvents

/// Where a reading starts: a consumer group when its first member joins (JOIN's `start`), or a
/// reader without a group (READ's `from`).
public enum StartPosition: Equatable, Sendable {
    /// Where the group left off (the earliest retained offset for a new group). JOIN only.
    case committed
    /// The oldest retained event: replay everything.
    case earliest
    /// Only events accepted from now on.
    case latest
    /// A given offset.
    case offset(UInt64)
    /// The first event the bus accepted at or after this time (ms since the epoch).
    case time(Int64)

    /// The JSON value: `"committed"`, `"earliest"`, `"latest"`, `{"offset":N}` or
    /// `{"time":"RFC 3339"}` (written in UTC).
    public var json: JSONValue {
        switch self {
        case .committed: "committed"
        case .earliest: "earliest"
        case .latest: "latest"
        case .offset(let o): .object([("offset", .number(JSONNumber(Int64(clamping: o))))])
        case .time(let ms): .object([("time", .string(RFC3339.format(millis: ms)))])
        }
    }

    /// Reads the JSON value; `key` names it in errors (`start`, `from`).
    public init(json value: JSONValue, key: String) throws(WireError) {
        if let word = value.stringValue {
            switch word {
            case "committed": self = .committed; return
            case "earliest": self = .earliest; return
            case "latest": self = .latest; return
            default: break
            }
        } else if let offset = value["offset"] {
            guard let n = offset.intValue, n >= 0 else {
                let got = offset.serializedString
                throw WireError("\"\(key)\": {\"offset\": N} needs N to be a whole number, 0 or more, got \(got.prefix(40))\(got.count > 40 ? "…" : "")")
            }
            self = .offset(UInt64(n))
            return
        } else if let time = value["time"]?.stringValue {
            guard let ms = RFC3339.parseMillis(time) else {
                throw WireError("\"\(key)\": {\"time\": …} must be RFC 3339 with an offset, got \(Excerpt.quoted(time))")
            }
            self = .time(ms)
            return
        }
        throw WireError("\"\(key)\" must be \"committed\", \"earliest\", \"latest\", {\"offset\": N} or {\"time\": \"RFC 3339\"}")
    }
}

extension StartPosition {
    /// Reads a command-line argument: `committed`, `earliest`, `latest`, `offset:N` or
    /// `time:RFC3339` (e.g. `time:2026-11-23T08:00:00+01:00`); `nil` if it is none of them.
    public init?(argument: String) {
        switch argument {
        case "committed": self = .committed
        case "earliest": self = .earliest
        case "latest": self = .latest
        default:
            if argument.hasPrefix("offset:"), let n = UInt64(argument.dropFirst(7)) {
                self = .offset(n)
            } else if argument.hasPrefix("time:"), let ms = RFC3339.parseMillis(String(argument.dropFirst(5))) {
                self = .time(ms)
            } else {
                return nil
            }
        }
    }
}
