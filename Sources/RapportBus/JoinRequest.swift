import RapportEvents
import RapportWire

/// A JOIN's JSON body, checked.
struct JoinRequest {
    let group: String
    let consumer: String
    let filter: TypeFilter
    let start: StartPosition
    let ackTimeoutMillis: Int64?
    let heartbeatMillis: Int64

    /// The longest member name accepted, in UTF-8 bytes.
    static let maxConsumerNameBytes = 128

    /// Parses `{"group": …, "consumer"?: …, "types"?: [...], "start"?: …, "ack_timeout_ms"?: …, "heartbeat_ms"?: …}`.
    init(_ frame: [UInt8]) throws(BusError) {
        let json: JSONValue
        do { json = try JSONValue.parse(frame) } catch {
            throw BusError(.badJoin, "JOIN body is not valid JSON: \(error)")
        }
        guard json.objectValue != nil else { throw BusError(.badJoin, "JOIN body must be a JSON object") }
        guard let group = json["group"]?.stringValue else {
            throw BusError(.badJoin, "JOIN needs \"group\": the consumer group's name")
        }
        if let problem = GroupNames.problem(group) { throw BusError(.badJoin, problem) }
        self.group = group
        if let name = json["consumer"] {
            guard let text = name.stringValue, (1...Self.maxConsumerNameBytes).contains(text.utf8.count) else {
                throw BusError(.badJoin, "\"consumer\" must be a name of 1 to \(Self.maxConsumerNameBytes) bytes (it is shown by rapport groups), or left out")
            }
            consumer = text
        } else {
            consumer = "anonymous"
        }
        if let types = json["types"] {
            guard let list = types.arrayValue, !list.isEmpty else {
                throw BusError(.badJoin, "\"types\" must be a non-empty array of type patterns such as \"rapport.promise.*\"")
            }
            var patterns: [String] = []
            for item in list {
                guard let p = item.stringValue, !p.isEmpty, p.utf8.count <= 256 else {
                    throw BusError(.badJoin, "every entry of \"types\" must be a non-empty string pattern of at most 256 bytes")
                }
                patterns.append(p)
            }
            filter = TypeFilter(patterns: patterns)
        } else {
            filter = .all
        }
        start = try Self.start(json["start"])
        ackTimeoutMillis = try Self.millis(json["ack_timeout_ms"], "ack_timeout_ms", 100...3_600_000)
        heartbeatMillis = try Self.millis(json["heartbeat_ms"], "heartbeat_ms", 50...60_000) ?? 1_000
    }

    private static func start(_ value: JSONValue?) throws(BusError) -> StartPosition {
        guard let value else { return .committed }
        if let word = value.stringValue {
            switch word {
            case "committed": return .committed
            case "earliest": return .earliest
            case "latest": return .latest
            default: break
            }
        } else if let offset = value["offset"] {
            guard let n = offset.intValue, n >= 0 else {
                let got = offset.serializedString
                throw BusError(.badJoin, "\"start\": {\"offset\": N} needs N to be a whole number, 0 or more, got \(got.prefix(40))\(got.count > 40 ? "…" : "")")
            }
            return .offset(UInt64(n))
        } else if let time = value["time"]?.stringValue {
            guard let ms = RFC3339.parseMillis(time) else {
                throw BusError(.badJoin, "\"start\": {\"time\": …} must be RFC 3339 with an offset, got \(Excerpt.quoted(time))")
            }
            return .time(ms)
        }
        throw BusError(.badJoin, "\"start\" must be \"committed\", \"earliest\", \"latest\", {\"offset\": N} or {\"time\": \"RFC 3339\"}")
    }

    private static func millis(_ value: JSONValue?, _ key: String, _ range: ClosedRange<Int64>) throws(BusError) -> Int64? {
        guard let value else { return nil }
        guard let ms = value.intValue, range.contains(ms) else {
            throw BusError(.badJoin, "\"\(key)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return ms
    }
}
