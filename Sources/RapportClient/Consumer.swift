import RapportWire

/// A member of a consumer group: joins, grants credit, receives deliveries, acknowledges.
///
/// Call ``next(timeoutMilliseconds:)`` in a loop; it sends heartbeats when due and tops up
/// credit as deliveries are handled. Acknowledge each delivery with ``ack(_:)`` (or ``nack(_:error:)``);
/// an acknowledgement is final once the bus answers ACKED (reported by ``next``).
public final class Consumer {
    /// What to join.
    public struct Options: Sendable {
        /// Group name (letters, digits, `.`, `-`, `_`).
        public var group: String
        /// This consumer's name, shown by `rapport groups`.
        public var name: String = "consumer"
        /// Type patterns (`rapport.promise.*`); `["*"]` takes everything.
        public var types: [String] = ["*"]
        /// `committed`, `earliest`, `latest`, or a JSON object text like `{"offset":10}` / `{"time":"…"}`.
        public var start: String = "committed"
        /// Events to hold at once.
        public var credit: Int = 256
        /// Redelivery timeout for this consumer's events.
        public var ackTimeoutMillis: Int?
        /// Heartbeat interval; the bus drops the consumer after three missed ones.
        public var heartbeatMillis: Int = 1_000

        /// Options for `group`.
        public init(group: String) { self.group = group }

        var joinJSON: String {
            let startJSON = start.hasPrefix("{") ? start : Frames.jsonString(start)
            var json = "{\"group\":\(Frames.jsonString(group)),\"consumer\":\(Frames.jsonString(name)),"
            json += "\"types\":[\(types.map(Frames.jsonString).joined(separator: ","))],\"start\":\(startJSON),\"heartbeat_ms\":\(heartbeatMillis)"
            if let ack = ackTimeoutMillis { json += ",\"ack_timeout_ms\":\(ack)" }
            return json + "}"
        }
    }

    /// The underlying connection.
    public let connection: BusConnection
    /// The options it joined with.
    public let options: Options
    /// The JOINED answer (JSON).
    public private(set) var joined: String = ""
    private var lastSent: Int64 = 0
    private var handledSinceCredit = 0

    /// Connects and joins; throws if the bus refuses or does not answer.
    public init(_ address: BusAddress, options: Options, timeoutMilliseconds: Int = 10_000) throws(ClientError) {
        connection = try BusConnection(address)
        self.options = options
        try connection.send(.join, [Frames.text(options.joinJSON)])
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while joined.isEmpty {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let message = try connection.receive(timeoutMilliseconds: left) else {
                throw .timeout("no answer to JOIN within \(timeoutMilliseconds) ms; is `rapport bus` running at this endpoint?")
            }
            switch message {
            case .joined(let json): joined = json
            case .error(_, let code, let text): throw .refused(code: code, message: text)
            default: continue
            }
        }
        try connection.send(.credit, [Frames.text(String(options.credit))])
        lastSent = MonotonicClock.millis()
    }

    /// Waits for the next message from the bus, sending heartbeats meanwhile.
    public func next(timeoutMilliseconds: Int) throws(ClientError) -> BusMessage? {
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let now = MonotonicClock.millis()
            if now - lastSent >= Int64(options.heartbeatMillis) {
                try connection.send(.heartbeat, [])
                lastSent = now
            }
            let left = Int(deadline - now)
            let wait = max(0, min(left, options.heartbeatMillis))
            if let message = try connection.receive(timeoutMilliseconds: wait) {
                if case .heartbeat = message { continue }
                return message
            }
            if left <= 0 { return nil }
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

    /// Leaves the group; held events go to other members.
    public func leave() throws(ClientError) {
        try connection.send(.leave, [])
    }
}
