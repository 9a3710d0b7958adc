/// JOINED's body: the join took effect, and the terms of membership.
public struct Joined: Equatable, Sendable {
    /// The group joined.
    public var group: String
    /// The group's committed position: every event below it is done for the group.
    public var position: UInt64
    /// The group's type patterns.
    public var types: [String]
    /// How often the bus sends this member a group HEARTBEAT.
    public var heartbeatMillis: Int64
    /// This member's redelivery timeout.
    public var ackTimeoutMillis: Int64
    /// Deliveries of an event before it is dead-lettered.
    public var maxDeliveries: Int

    public init(group: String, position: UInt64, types: [String], heartbeatMillis: Int64, ackTimeoutMillis: Int64, maxDeliveries: Int) {
        self.group = group
        self.position = position
        self.types = types
        self.heartbeatMillis = heartbeatMillis
        self.ackTimeoutMillis = ackTimeoutMillis
        self.maxDeliveries = maxDeliveries
    }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var object = JSONObjectWriter()
        object.add("group", group)
        object.add("position", position)
        object.add("types", strings: types)
        object.add("heartbeat_ms", heartbeatMillis)
        object.add("ack_timeout_ms", ackTimeoutMillis)
        object.add("max_deliveries", maxDeliveries)
        return object.finished()
    }

    /// Reads a JOINED body.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "JOINED")
        group = try json.string("group")
        position = try json.unsigned("position")
        types = try json.strings("types")
        heartbeatMillis = try json.int("heartbeat_ms")
        ackTimeoutMillis = try json.int("ack_timeout_ms")
        maxDeliveries = Int(try json.int("max_deliveries"))
    }
}
