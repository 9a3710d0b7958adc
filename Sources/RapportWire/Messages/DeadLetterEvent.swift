import RapportEvents

/// The `rapport.bus.dead-lettered` event the bus stores for an event a group gave up on
/// (docs/PROTOCOL.md §8).
public struct DeadLetterEvent: Sendable {
    /// The event type.
    public static let type = "rapport.bus.dead-lettered"

    /// The group that gave up.
    public var group: String
    /// The original event's offset.
    public var offset: UInt64
    /// Deliveries made.
    public var attempts: Int
    /// The last failure: a NACK's text, a timeout, why the member was dropped.
    public var error: String
    /// The original event's partition key (the dead letter keeps the per-key order).
    public var partitionKey: String
    /// The original event, as it was published.
    public var event: [UInt8]

    public init(group: String, offset: UInt64, attempts: Int, error: String, partitionKey: String, event: [UInt8]) {
        self.group = group
        self.offset = offset
        self.attempts = attempts
        self.error = error
        self.partitionKey = partitionKey
        self.event = event
    }

    /// `/bus/groups/<group>`.
    public var source: String { "/bus/groups/\(group)" }
    /// `<group>:<offset>`: a dead letter stored twice is a duplicate.
    public var id: String { "\(group):\(offset)" }

    /// The whole CloudEvent, stamped at `millis`; the original event is embedded byte for byte.
    public func encoded(atMillis millis: Int64) -> [UInt8] {
        var data = JSONObjectWriter(capacity: 128 + event.count)
        data.add("group", group)
        data.add("offset", offset)
        data.add("attempts", attempts)
        data.add("error", error)
        data.add("event", rawJSON: event)
        var envelope = JSONObjectWriter(capacity: 256 + event.count)
        envelope.add("specversion", "1.0")
        envelope.add("id", id)
        envelope.add("source", source)
        envelope.add("type", Self.type)
        envelope.add("time", RFC3339.format(millis: millis))
        envelope.add("partitionkey", partitionKey)
        envelope.add("data", object: data)
        return envelope.finished()
    }
}
