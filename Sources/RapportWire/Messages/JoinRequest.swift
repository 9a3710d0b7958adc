import RapportEvents

/// JOIN's body: which group to join, as whom, for which types, from where.
///
/// `{"group": …, "consumer"?: …, "types"?: [...], "start"?: …, "ack_timeout_ms"?: …,
/// "heartbeat_ms"?: …}` (docs/PROTOCOL.md §4).
public struct JoinRequest: Equatable, Sendable {
    /// The group's name (see ``GroupName``).
    public var group: String
    /// This member's name, shown by `rapport groups` and INFO.
    public var consumer: String
    /// Type patterns; `*` matches any run of characters.
    public var types: [String]
    /// Where the group starts when this is its first member.
    public var start: StartPosition
    /// Redelivery timeout for this member's events; `nil`: the bus's default.
    public var ackTimeoutMillis: Int64?
    /// How often this member will send HEARTBEAT.
    public var heartbeatMillis: Int64

    /// The longest member name accepted, in UTF-8 bytes.
    public static let maxConsumerNameBytes = 128
    /// The range of `ack_timeout_ms`.
    public static let ackTimeoutRange: ClosedRange<Int64> = 100...3_600_000
    /// The range of `heartbeat_ms`.
    public static let heartbeatRange: ClosedRange<Int64> = 50...60_000

    /// A request; the defaults are the protocol's.
    public init(group: String, consumer: String = "anonymous", types: [String] = ["*"], start: StartPosition = .committed,
                ackTimeoutMillis: Int64? = nil, heartbeatMillis: Int64 = 1_000) {
        self.group = group
        self.consumer = consumer
        self.types = types
        self.start = start
        self.ackTimeoutMillis = ackTimeoutMillis
        self.heartbeatMillis = heartbeatMillis
    }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("group", group)
        object.add("consumer", consumer)
        object.add("types", strings: types)
        object.add("start", rawJSON: start.json.serialized())
        if let ackTimeoutMillis { object.add("ack_timeout_ms", ackTimeoutMillis) }
        object.add("heartbeat_ms", heartbeatMillis)
        return object.finished()
    }

    /// Reads and checks a JOIN body; the error says which member is wrong and how.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "JOIN body")
        guard let group = json["group"]?.stringValue else {
            throw WireError("JOIN needs \"group\": the consumer group's name")
        }
        if let problem = GroupName.problem(group) { throw WireError(problem) }
        self.group = group
        if let name = json["consumer"] {
            guard let text = name.stringValue, (1...Self.maxConsumerNameBytes).contains(text.utf8.count) else {
                throw WireError("\"consumer\" must be a name of 1 to \(Self.maxConsumerNameBytes) bytes (it is shown by rapport groups), or left out")
            }
            consumer = text
        } else {
            consumer = "anonymous"
        }
        types = try Self.patterns(json["types"]) ?? ["*"]
        start = try json["start"].map { v throws(WireError) in try StartPosition(json: v, key: "start") } ?? .committed
        ackTimeoutMillis = try Self.millis(json["ack_timeout_ms"], "ack_timeout_ms", Self.ackTimeoutRange)
        heartbeatMillis = try Self.millis(json["heartbeat_ms"], "heartbeat_ms", Self.heartbeatRange) ?? 1_000
    }

    /// Reads a `types` member: a non-empty array of patterns (also READ's).
    static func patterns(_ value: JSONValue?) throws(WireError) -> [String]? {
        guard let value else { return nil }
        guard let list = value.arrayValue, !list.isEmpty else {
            throw WireError("\"types\" must be a non-empty array of type patterns such as \"rapport.promise.*\"")
        }
        var patterns: [String] = []
        for item in list {
            guard let p = item.stringValue, !p.isEmpty, p.utf8.count <= 256 else {
                throw WireError("every entry of \"types\" must be a non-empty string pattern of at most 256 bytes")
            }
            patterns.append(p)
        }
        return patterns
    }

    private static func millis(_ value: JSONValue?, _ key: String, _ range: ClosedRange<Int64>) throws(WireError) -> Int64? {
        guard let value else { return nil }
        guard let ms = value.intValue, range.contains(ms) else {
            throw WireError("\"\(key)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return ms
    }
}
