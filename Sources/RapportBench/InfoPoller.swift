import RapportClient

/// The second client of the INFO-cost phase: its own connection to the bus, sending INFO
/// `perSecond` times a second on a fixed schedule and timing each answer, until stopped.
struct InfoPoller {
    /// Where the bus is.
    let address: BusAddress
    /// INFO requests a second.
    let perSecond: Double

    /// How long one INFO may take before it counts as a failure.
    private static let answerTimeoutMillis = 5_000

    /// Starts polling on a thread of its own; ``BackgroundWork/stop(timeoutSeconds:)`` ends it
    /// and returns the figures.
    func start() -> BackgroundWork<InfoPollStats> {
        let (address, interval) = (address, 1 / perSecond)
        return BackgroundWork(name: "info-poller") { stop in
            let connection = try BusConnection(address)
            var samples: [UInt64] = []
            var failures = 0
            var firstFailure: String?
            var next = BenchClock.nanos()
            while !stop.isRaised {
                let sent = BenchClock.nanos()
                do {
                    _ = try connection.info(timeoutMilliseconds: Self.answerTimeoutMillis)
                    samples.append(BenchClock.nanos() - sent)
                } catch {
                    failures += 1
                    if firstFailure == nil { firstFailure = "\(error)" }
                }
                next += UInt64(interval * 1e9)
                // Sleep to the next request in short steps, so a stop is seen at once.
                while !stop.isRaised, BenchClock.nanos() < next {
                    BenchClock.sleep(seconds: min(0.01, Double(next &- BenchClock.nanos()) / 1e9))
                }
            }
            return InfoPollStats(answered: samples.count, failures: failures, firstFailure: firstFailure,
                                 latency: LatencySummary(nanoseconds: samples))
        }
    }
}
