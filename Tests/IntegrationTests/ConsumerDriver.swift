import Foundation
import RapportClient
import RapportWire

/// Drives a ``Consumer`` in tests: collects deliveries and confirmed acks until a condition
/// holds or a generous deadline passes (tests never assert on time; the deadline only stops a hang).
final class ConsumerDriver {
    let consumer: Consumer
    var deliveries: [Delivery] = []
    private(set) var confirmed: Set<UInt64> = []
    private(set) var errors: [String] = []
    var autoAck: Bool

    init(_ address: BusAddress, group: String, types: [String] = ["*"], start: String = "committed",
         credit: Int = 100, heartbeatMillis: Int = 1_000, ackTimeoutMillis: Int? = nil, autoAck: Bool = true) throws {
        var options = Consumer.Options(group: group)
        options.types = types
        guard let position = StartPosition(argument: start) else { throw TestFailure("not a start position: \(start)") }
        options.start = position
        options.credit = credit
        options.heartbeatMillis = heartbeatMillis
        options.ackTimeoutMillis = ackTimeoutMillis
        consumer = try Consumer(address, options: options)
        self.autoAck = autoAck
    }

    /// Handles one message (waiting up to `millis`); returns whether one came.
    @discardableResult
    func step(millis: Int = 100) throws -> Bool {
        guard let message = try consumer.next(timeoutMilliseconds: millis) else { return false }
        switch message {
        case .deliver(let batch):
            deliveries += batch
            if autoAck { try consumer.ack(batch.map(\.offset)) }
        case .acked(let offsets):
            confirmed.formUnion(offsets)
        case .error(let context, let code, let text):
            errors.append("\(code) \(context): \(text)")
        default:
            break
        }
        return true
    }

    /// Steps until `done()` or `seconds` pass; returns `done()`.
    @discardableResult
    func run(seconds: Double = 30, until done: () -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !done() && Date() < deadline { try step() }
        return done()
    }
}
