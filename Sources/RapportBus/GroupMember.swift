import Synchronization

/// One consumer in a group, known by its socket's routing id.
final class GroupMember {
    /// The ROUTER routing id of the consumer's socket.
    let identity: [UInt8]
    /// The name the consumer gave (for `rapport groups` and logs).
    let name: String
    /// Events it can still take.
    var credit: Int = 0
    /// How long an event may stay unacknowledged before it is redelivered.
    let ackTimeoutMillis: Int64
    /// The consumer's heartbeat interval; three missed intervals and it is dropped.
    let heartbeatMillis: Int64
    /// Last time anything arrived from it (ms).
    var lastSeen: Int64
    /// Events delivered and not yet acknowledged.
    var inFlight = 0

    /// A number no other member of this bus run has had: a DELIVER held for a commit goes to
    /// this member only, not to a later member on the same socket (or at the same address).
    let serial: UInt64
    private static let serials = Atomic<UInt64>(0)

    init(identity: [UInt8], name: String, ackTimeoutMillis: Int64, heartbeatMillis: Int64, now: Int64) {
        serial = Self.serials.wrappingAdd(1, ordering: .relaxed).newValue
        self.identity = identity
        self.name = name
        self.ackTimeoutMillis = ackTimeoutMillis
        self.heartbeatMillis = heartbeatMillis
        self.lastSeen = now
    }

    /// Whether it has been silent for three heartbeat intervals.
    func lapsed(now: Int64) -> Bool { now - lastSeen > 3 * heartbeatMillis }
}
