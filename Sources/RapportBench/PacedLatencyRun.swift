/// Offers requests at a fixed rate and times each from its send to its answer.
///
/// Every millisecond it sends the requests that are due by the schedule (so at 5,000/s,
/// bursts of about five), then waits up to a millisecond for answers. Requests are not held
/// back by slow answers unless `maxInFlight` are outstanding, so a slow server shows as
/// latency, not as a lower offered rate.
struct PacedLatencyRun {
    /// Requests per second.
    let rate: Double
    /// How long requests are sent.
    let seconds: Double
    /// Cap on outstanding requests (a runaway server must not grow memory without bound).
    let maxInFlight: Int
    /// How long to wait for the last answers.
    var drainSeconds: Double = 10

    /// Drives `client` and returns the latencies.
    func run<C: PacedClient>(_ client: inout C, progress: Progress) throws -> LatencyResult {
        let total = Int(rate * seconds)
        var sentAt = [UInt64](repeating: 0, count: total)
        var samples: [UInt64] = []
        samples.reserveCapacity(total)
        var sent = 0, inFlight = 0
        let start = BenchClock.nanos()
        let interval = 1e9 / rate
        var sendingEnded: UInt64 = 0
        var drainDeadline = UInt64.max
        while sent < total || inFlight > 0 {
            let now = BenchClock.nanos()
            if sent < total {
                let due = min(total, Int(Double(now - start) / interval) + 1)
                while sent < due && inFlight < maxInFlight {
                    sentAt[sent] = BenchClock.nanos()
                    try client.send(index: sent)
                    sent += 1
                    inFlight += 1
                }
                if sent == total {
                    sendingEnded = BenchClock.nanos()
                    drainDeadline = sendingEnded + UInt64(drainSeconds * 1e9)
                }
            } else if now > drainDeadline {
                break
            }
            let done = try client.answered(waitMilliseconds: 1)
            let arrived = BenchClock.nanos()
            for index in done where index >= 0 && index < total && sentAt[index] != 0 {
                samples.append(arrived - sentAt[index])
                sentAt[index] = 0
                inFlight -= 1
            }
            progress.add(done.count)
        }
        let sendSeconds = Double((sendingEnded == 0 ? BenchClock.nanos() : sendingEnded) - start) / 1e9
        guard let summary = LatencySummary(nanoseconds: samples) else {
            throw BenchError("no request was answered in the latency run")
        }
        let failures = client.failures
        return LatencyResult(offeredRate: rate, achievedRate: Double(samples.count) / max(sendSeconds, 1e-9),
                             latency: summary, failures: failures.count, firstFailure: failures.first,
                             unanswered: inFlight)
    }
}
