import RapportClient
import RapportWire

/// Reads the log through a consumer group from `earliest`, acknowledging every DELIVER batch
/// at once (the events are counted, not parsed), until a given number has been seen.
struct BusConsume {
    /// Where the bus is.
    let address: BusAddress
    /// Credit the consumer grants (events it may hold unacknowledged).
    let credit: Int

    /// How long to wait for any delivery before giving up.
    private static let idleTimeoutMillis = 30_000

    /// Consumes until `target` events were delivered; returns the rate from JOINED to the last.
    func run(target: Int, progress: Progress) throws -> ThroughputResult {
        var options = Consumer.Options(group: "bench-consume-\(BenchClock.nanos())")
        options.name = "rapport-bench"
        options.start = .earliest
        options.credit = credit
        options.ackTimeoutMillis = 600_000
        let consumer = try Consumer(address, options: options)
        var seen = 0, redelivered = 0, errors = 0
        var firstError: String?
        let start = BenchClock.nanos()
        while seen < target {
            guard let message = try consumer.next(timeoutMilliseconds: Self.idleTimeoutMillis) else {
                throw BenchError("consumer: no delivery within \(Self.idleTimeoutMillis / 1000) s after \(seen) of \(target) events")
            }
            switch message {
            case .deliver(let deliveries):
                seen += deliveries.count
                redelivered += deliveries.reduce(0) { $0 + ($1.attempt > 1 ? 1 : 0) }
                progress.add(deliveries.count)
                try consumer.ack(deliveries.map(\.offset))
            case .error(let context, let code, let text):
                errors += 1
                if firstError == nil { firstError = "ERROR \(code) on \(context): \(text)" }
            default:
                break
            }
        }
        let seconds = BenchClock.seconds(since: start)
        try? consumer.leave(timeoutMilliseconds: 1_000)
        if redelivered > 0 && firstError == nil {
            firstError = "\(redelivered) deliveries were redeliveries (attempt > 1)"
        }
        return ThroughputResult(clients: 1, items: seen, errors: errors + redelivered, firstError: firstError, seconds: seconds)
    }
}
