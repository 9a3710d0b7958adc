import RapportWire

/// Publishes events and collects the bus's answers.
///
/// ``publish(_:timeoutMilliseconds:)`` sends one batch and waits for its RESULT. For throughput,
/// keep several batches in flight with ``send(batch:tag:)`` and ``nextResult(timeoutMilliseconds:)``:
/// the bus answers each once it is durable, so a window of batches hides the fsync time.
public final class Producer {
    /// The underlying connection.
    public let connection: BusConnection
    private var sequence: UInt64 = 0

    /// Connects to the bus at `address`.
    public init(_ address: BusAddress) throws(ClientError) {
        connection = try BusConnection(address)
    }

    /// Sends a batch (1 to 1000 events) without waiting; returns its tag.
    @discardableResult
    public func send(batch events: [[UInt8]], tag: String? = nil) throws(ClientError) -> String {
        sequence += 1
        let tag = tag ?? String(sequence)
        try connection.send(.publish, [Frames.text(tag)] + events)
        return tag
    }

    /// Waits for the next RESULT (any batch). ERROR answers about a batch are thrown.
    public func nextResult(timeoutMilliseconds: Int) throws(ClientError) -> (tag: String, outcomes: [PublishOutcome])? {
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = max(0, Int(deadline - MonotonicClock.millis()))
            guard let message = try connection.receive(timeoutMilliseconds: left) else { return nil }
            switch message {
            case .result(let tag, let outcomes): return (tag, outcomes)
            case .error(_, let code, let text): throw .refused(code: code, message: text)
            default: if left == 0 { return nil }
            }
        }
    }

    /// Publishes one batch and waits for its outcomes, one per event in order.
    public func publish(_ events: [[UInt8]], timeoutMilliseconds: Int = 10_000) throws(ClientError) -> [PublishOutcome] {
        let tag = try send(batch: events)
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let result = try nextResult(timeoutMilliseconds: left) else {
                throw .timeout("no answer to batch \(tag) within \(timeoutMilliseconds) ms; \(connection.silenceHint)")
            }
            if result.tag == tag { return result.outcomes }
        }
    }
}
