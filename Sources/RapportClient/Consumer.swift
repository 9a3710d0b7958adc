import RapportEvents
import RapportWire

/// A member of a consumer group: joins, grants credit, receives deliveries, acknowledges.
///
/// Call ``next(timeoutMilliseconds:)`` in a loop; it sends heartbeats when due and tops up
/// credit as deliveries are handled. Acknowledge each delivery with ``ack(_:)`` (or
/// ``nack(_:error:)``); an acknowledgement is final once the bus answers ACKED (reported by
/// ``next``). If the bus goes silent for three of its heartbeat intervals, or says this socket
/// is not a member (it restarted), the consumer reconnects and joins again with `committed`:
/// events it held and had not acknowledged are then delivered again.
public final class Consumer {
    /// What to join.
    public struct Options: Sendable {
        /// Group name (letters, digits, `.`, `-`, `_`).
        public var group: String
        /// This consumer's name, shown by `rapport groups`.
        public var name: String = "consumer"
        /// Type patterns (`rapport.promise.*`); `["*"]` takes everything.
        public var types: [String] = ["*"]
        /// Where the group starts when this is its first member.
        public var start: StartPosition = .committed
        /// Events to hold at once.
        public var credit: Int = 256
        /// Redelivery timeout for this consumer's events.
        public var ackTimeoutMillis: Int?
        /// Heartbeat interval; the bus drops the consumer after three missed ones.
        public var heartbeatMillis: Int = 1_000

        /// Options for `group`.
        public init(group: String) { self.group = group }

        func join(start: StartPosition) -> JoinRequest {
            JoinRequest(group: group, consumer: name, types: types, start: start,
                        ackTimeoutMillis: ackTimeoutMillis.map(Int64.init), heartbeatMillis: Int64(heartbeatMillis))
        }
    }

    private let address: BusAddress
    /// The underlying connection (replaced when the consumer rejoins).
    public private(set) var connection: BusConnection
    /// The options it joined with.
    public let options: Options
    /// The last JOINED answer.
    public private(set) var joined: Joined?
    /// How many times the consumer reconnected and joined again.
    public private(set) var rejoins = 0
    private var lastSent: Int64 = 0
    private var lastFromGroup: Int64 = 0
    private var joinSentAt: Int64?
    private var handledSinceCredit = 0
    private var busHeartbeatMillis: Int64 = 1_000
    /// Messages ``keepAlive()`` took off the socket while the caller was busy; ``next(timeoutMilliseconds:)``
    /// returns them first, in the order they came.
    private var held: [BusMessage] = []

    /// Connects and joins; throws if the bus refuses or does not answer.
    public init(_ address: BusAddress, options: Options, timeoutMilliseconds: Int = 10_000) throws(ClientError) {
        self.address = address
        self.options = options
        connection = try BusConnection(address)
        try sendJoin(start: options.start)
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while joinSentAt != nil {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let message = try connection.receive(timeoutMilliseconds: left) else {
                throw .timeout("no answer to JOIN within \(timeoutMilliseconds) ms; \(connection.silenceHint)")
            }
            switch message {
            case .joined(let answer): try becomeMember(answer)
            case .error(_, let code, let text): throw .refused(code: code, message: text)
            default: continue
            }
        }
    }

    private func sendJoin(start: StartPosition) throws(ClientError) {
        try connection.send(.join, [options.join(start: start).encoded()])
        joinSentAt = MonotonicClock.millis()
        lastSent = joinSentAt ?? 0
    }

    private func becomeMember(_ answer: Joined) throws(ClientError) {
        joined = answer
        if answer.heartbeatMillis > 0 { busHeartbeatMillis = answer.heartbeatMillis }
        joinSentAt = nil
        handledSinceCredit = 0
        try connection.send(.credit, [Frames.text(String(options.credit))])
        lastSent = MonotonicClock.millis()
        lastFromGroup = lastSent
    }

    /// Drops the connection and joins again from the group's committed position.
    private func rejoin() throws(ClientError) {
        rejoins += 1
        // What the old membership was sent is not the new one's: the bus delivers it again.
        held.removeAll()
        connection = try BusConnection(address)
        try sendJoin(start: .committed)
    }

    /// Waits for the next message from the bus, sending heartbeats and rejoining as needed.
    public func next(timeoutMilliseconds: Int) throws(ClientError) -> BusMessage? {
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let now = MonotonicClock.millis()
            if let sentAt = joinSentAt {
                if now - sentAt > 3 * busHeartbeatMillis { try rejoin() }
            } else if now - lastFromGroup > 3 * busHeartbeatMillis {
                try rejoin()
            } else if now - lastSent >= Int64(options.heartbeatMillis) {
                try connection.send(.heartbeat, [])
                lastSent = now
            }
            let left = Int(deadline - now)
            let wait = max(0, min(left, options.heartbeatMillis))
            if let message = held.isEmpty ? try connection.receive(timeoutMilliseconds: wait) : held.removeFirst() {
                switch message {
                case .heartbeat(let group):
                    if group != nil { lastFromGroup = MonotonicClock.millis() }
                    continue
                case .joined(let answer):
                    try becomeMember(answer)
                    continue
                case .error(_, ErrorCode.notJoined.rawValue, _):
                    if joinSentAt == nil { try rejoin() }
                    continue
                case .error(_, ErrorCode.badJoin.rawValue, let text) where joinSentAt != nil:
                    throw .refused(code: ErrorCode.badJoin.rawValue, message: text)
                case .deliver, .acked:
                    lastFromGroup = MonotonicClock.millis()
                    return message
                default:
                    return message
                }
            }
            if left <= 0 { return nil }
        }
    }

    /// Keeps the membership while the caller is busy between calls to ``next(timeoutMilliseconds:)`` (a
    /// long batch of handlers): when a heartbeat is due it sends one, and when one is due or the bus has been
    /// quiet for one of its heartbeat intervals it takes what the bus sent meanwhile without waiting, its
    /// heartbeats counted and everything else kept for ``next(timeoutMilliseconds:)``. Cheap enough to call
    /// between every two events: it reads the clock and returns until either is due.
    public func keepAlive() throws(ClientError) {
        guard joinSentAt == nil else { return }
        let now = MonotonicClock.millis()
        let heartbeatDue = now - lastSent >= Int64(options.heartbeatMillis)
        guard heartbeatDue || now - lastFromGroup >= busHeartbeatMillis else { return }
        if heartbeatDue {
            try connection.send(.heartbeat, [])
            lastSent = now
        }
        while let message = try connection.receive(timeoutMilliseconds: 0) {
            switch message {
            case .heartbeat(let group):
                if group != nil { lastFromGroup = now }
            case .deliver, .acked:
                lastFromGroup = now
                held.append(message)
            default:
                held.append(message)
            }
        }
    }

    /// Acknowledges deliveries and grants the same amount of credit again.
    public func ack(_ offsets: [UInt64]) throws(ClientError) {
        guard !offsets.isEmpty else { return }
        try connection.send(.ack, offsets.map { Frames.text(String($0)) })
        try replenish(offsets.count)
    }

    /// Reports a failed delivery; the bus redelivers it or dead-letters it after its limit.
    public func nack(_ offset: UInt64, error: String) throws(ClientError) {
        try connection.send(.nack, [Frames.text(String(offset)), Frames.text(error)])
        try replenish(1)
    }

    private func replenish(_ count: Int) throws(ClientError) {
        handledSinceCredit += count
        if handledSinceCredit * 4 >= options.credit {
            try connection.send(.credit, [Frames.text(String(handledSinceCredit))])
            handledSinceCredit = 0
        }
        lastSent = MonotonicClock.millis()
    }

    /// Leaves the group and waits (up to `timeoutMilliseconds`) until the bus has taken the
    /// LEAVE: when this returns, the events this member held are back with the group and a new
    /// member may join it with another start position. (LEAVE has no answer of its own; the
    /// bus handles one socket's messages in order, so the answer to an INFO sent after it
    /// confirms it.) Deliveries still arriving meanwhile are dropped: the group has them back.
    public func leave(timeoutMilliseconds: Int = 5_000) throws(ClientError) {
        try connection.send(.leave, [])
        _ = try connection.info(timeoutMilliseconds: timeoutMilliseconds)
    }
}
