import RapportEvents

/// READ's body: read the log from a position, without a consumer group (docs/PROTOCOL.md §5).
///
/// `{"from": …, "types"?: [...], "max_events"?: N, "max_bytes"?: N, "wait_ms"?: N}`. The answer
/// (``ReadBatch``) says where to go on from; a reader that sends READ again from there reads on
/// without gaps, and with `wait_ms` the bus holds the request until new events arrive.
public struct ReadRequest: Equatable, Sendable {
    /// Where to start: `earliest`, `latest`, an offset or a time (`committed` has no meaning here).
    public var from: StartPosition
    /// Type patterns, as in JOIN; `["*"]` takes everything.
    public var types: [String]
    /// The most events in one answer.
    public var maxEvents: Int
    /// The most bytes of events in one answer (at least one event is always sent).
    public var maxBytes: Int
    /// How long the bus may hold the request when nothing new matches yet (0: answer at once).
    public var waitMillis: Int64

    /// The largest `max_events`.
    public static let maxEventsLimit = 10_000
    /// The largest `max_bytes` (4 MiB).
    public static let maxBytesLimit = 4 << 20
    /// The longest `wait_ms`.
    public static let maxWaitMillis: Int64 = 60_000

    public init(from: StartPosition, types: [String] = ["*"], maxEvents: Int = 1_000, maxBytes: Int = 1 << 20, waitMillis: Int64 = 0) {
        self.from = from
        self.types = types
        self.maxEvents = maxEvents
        self.maxBytes = maxBytes
        self.waitMillis = waitMillis
    }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("from", rawJSON: from.json.serialized())
        object.add("types", strings: types)
        object.add("max_events", maxEvents)
        object.add("max_bytes", maxBytes)
        object.add("wait_ms", waitMillis)
        return object.finished()
    }

    /// Reads and checks a READ body.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "READ body")
        guard let fromValue = json["from"] else {
            throw WireError("READ needs \"from\": \"earliest\", \"latest\", {\"offset\": N} or {\"time\": \"RFC 3339\"}")
        }
        from = try StartPosition(json: fromValue, key: "from")
        guard from != .committed else {
            throw WireError("\"from\": \"committed\" needs a consumer group; READ takes \"earliest\", \"latest\", {\"offset\": N} or {\"time\": …}")
        }
        types = try JoinRequest.patterns(json["types"]) ?? ["*"]
        maxEvents = Int(try Self.number(json["max_events"], "max_events", 1...Int64(Self.maxEventsLimit)) ?? 1_000)
        maxBytes = Int(try Self.number(json["max_bytes"], "max_bytes", 1...Int64(Self.maxBytesLimit)) ?? Int64(1 << 20))
        waitMillis = try Self.number(json["wait_ms"], "wait_ms", 0...Self.maxWaitMillis) ?? 0
    }

    private static func number(_ value: JSONValue?, _ key: String, _ range: ClosedRange<Int64>) throws(WireError) -> Int64? {
        guard let value else { return nil }
        guard let n = value.intValue, range.contains(n) else {
            throw WireError("\"\(key)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }
}
