import Foundation
import RapportWire
import Synchronization

/// A consumer-group member for async code: deliveries arrive as an `AsyncSequence`, and the
/// backpressure is the credit: the bus sends at most `credit` events the member has not yet
/// acknowledged, so the sequence never buffers more than that.
///
/// The blocking ZeroMQ socket lives on a thread of its own (``Consumer`` underneath: heartbeats,
/// rejoining after a bus restart); ``ack(_:)`` and ``nack(_:error:)`` hand their offsets to that
/// thread, which sends them within one tick (10 ms by default). ``close()`` leaves the group,
/// and so does releasing the consumer: keep it while you read its ``deliveries``.
///
/// ```swift
/// let consumer = try AsyncConsumer(address, group: "reports", types: ["rapport.feedback.*"])
/// for try await delivery in consumer.deliveries {
///     try handle(delivery.event)
///     consumer.ack([delivery.offset])
/// }
/// ```
public final class AsyncConsumer: Sendable {
    private enum Command: Sendable {
        case ack([UInt64])
        case nack(UInt64, String)
    }

    /// What the consumer's thread shares with the callers; the thread holds this, not the
    /// consumer, so a consumer nobody holds closes (``deinit``) instead of running on.
    private final class Shared: Sendable {
        let commands = Mutex<[Command]>([])
        let closing = Atomic<Bool>(false)
    }

    /// Every delivery, in the order the bus sent them; finishes after ``close()``, or throws
    /// the ``ClientError`` that stopped the member (its ``ClientError/code`` is stable).
    ///
    /// It holds at most `credit` deliveries, except after the member had to join again (the bus
    /// restarted): the new membership's credit comes on top of what is still buffered, and
    /// events held unacknowledged before come again (acknowledging the old copy is harmless).
    public let deliveries: AsyncThrowingStream<Delivery, any Error>
    private let shared = Shared()

    /// Joins `group` (waiting up to `joinTimeout` for JOINED) and starts receiving.
    ///
    /// - Throws: ``ClientError`` when the bus refuses the JOIN or does not answer.
    public init(_ address: BusAddress, group: String, name: String = "consumer", types: [String] = ["*"],
                start: StartPosition = .committed, credit: Int = 256, ackTimeout: Duration? = nil,
                heartbeat: Duration = .seconds(1), joinTimeout: Duration = .seconds(10), tick: Duration = .milliseconds(10)) throws(ClientError) {
        var options = Consumer.Options(group: group)
        options.name = name
        options.types = types
        options.start = start
        options.credit = credit
        options.ackTimeoutMillis = ackTimeout.map(Self.millis)
        options.heartbeatMillis = Self.millis(heartbeat)
        // Used only by the thread below once this initialiser hands it over.
        nonisolated(unsafe) let consumer = try Consumer(address, options: options, timeoutMilliseconds: Self.millis(joinTimeout))
        let (stream, continuation) = AsyncThrowingStream<Delivery, any Error>.makeStream()
        deliveries = stream
        let tickMillis = max(1, Self.millis(tick))
        let shared = self.shared
        let thread = Thread {
            do {
                while !shared.closing.load(ordering: .acquiring) {
                    for command in shared.commands.withLock({ pending in defer { pending.removeAll() }; return pending }) {
                        switch command {
                        case .ack(let offsets): try consumer.ack(offsets)
                        case .nack(let offset, let error): try consumer.nack(offset, error: error)
                        }
                    }
                    if case .deliver(let batch)? = try consumer.next(timeoutMilliseconds: tickMillis) {
                        for delivery in batch { continuation.yield(delivery) }
                    }
                }
                for command in shared.commands.withLock({ $0 }) {
                    if case .ack(let offsets) = command { try consumer.ack(offsets) }
                }
                try? consumer.leave(timeoutMilliseconds: 2_000)
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        thread.name = "rapport-consumer-\(group)"
        continuation.onTermination = { _ in shared.closing.store(true, ordering: .releasing) }
        thread.start()
    }

    /// Acknowledges deliveries (sent from the consumer's thread within one tick); the bus
    /// answers ACKED once they are durable, and grants the credit again.
    public func ack(_ offsets: [UInt64]) {
        guard !offsets.isEmpty else { return }
        shared.commands.withLock { $0.append(.ack(offsets)) }
    }

    /// Reports a failed delivery: the bus delivers it again, or dead-letters it after its limit.
    public func nack(_ offset: UInt64, error: String) {
        shared.commands.withLock { $0.append(.nack(offset, error)) }
    }

    /// Sends the acks still pending, leaves the group and finishes ``deliveries``.
    public func close() {
        shared.closing.store(true, ordering: .releasing)
    }

    deinit { close() }

    private static func millis(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
