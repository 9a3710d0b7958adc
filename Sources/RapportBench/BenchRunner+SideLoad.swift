import CPULatency
import RapportClient

extension BenchRunner {
    /// INFO cost: the paced producer's ack latency at ``BenchConfiguration/latencyRate``
    /// alone, then beside a second client polling INFO ``BenchConfiguration/infoPollsPerSecond``
    /// times a second, each for ``BenchConfiguration/sideLoadSeconds``, on `bus` once it holds
    /// the full log (INFO's answer may cost the broker more as the log grows).
    func runInfoCost(_ bus: BusProcess) {
        guard !configuration.skipInfoLoad else { return }
        let polls = Format.fixed(configuration.infoPollsPerSecond, 0)
        var result = SideLoadResult()
        busPhase("INFO cost", bus) {
            try sideLoadPair(bus, name: "INFO cost", beside: "a client polling INFO \(polls)×/s", into: &result) {
                InfoPoller(address: bus.address, perSecond: configuration.infoPollsPerSecond).start()
            } finished: { stats, _, _, result in
                result.infoPolls = stats
            }
        }
        if result.alone != nil || result.loaded != nil { report.infoCost = result }
    }

    /// Intake fairness: the paced producer's ack latency at ``BenchConfiguration/latencyRate``
    /// alone, then beside a producer flooding PUBLISH batches of
    /// ``BenchConfiguration/floodBatchSize`` events without reading answers, each for
    /// ``BenchConfiguration/sideLoadSeconds``. The flood is stopped (bounded by its send
    /// timeout) and the bus let catch up before the phase ends.
    func runIntakeFairness(_ bus: BusProcess) {
        guard !configuration.skipFlood else { return }
        var result = SideLoadResult()
        busPhase("intake fairness", bus) {
            // The flood stops itself if not told to by then: the loaded run's seconds and drain, and a margin.
            let flood = FloodProducer(address: bus.address, batchSize: configuration.floodBatchSize,
                                      eventBytes: configuration.eventBytes, time: eventTime,
                                      maxSeconds: configuration.sideLoadSeconds + Self.sideLoadDrainSeconds + 5)
            try sideLoadPair(bus, name: "intake fairness",
                             beside: "a producer flooding PUBLISH of \(Format.count(configuration.floodBatchSize)) events", into: &result) {
                flood.start()
            } finished: { stats, nextBefore, stopMillis, result in
                var stats = stats
                stats.stopMillis = stopMillis
                stats.logGrowth = try Self.caughtUp(bus).flatMap { $0 >= nextBefore ? $0 - nextBefore : nil }
                result.flood = stats
            }
        }
        if result.alone != nil || result.loaded != nil { report.intakeFairness = result }
    }

    /// The two runs of a side-load phase: the paced producer alone, then beside the client
    /// `start` starts (given a moment to reach its pace first), which is stopped afterwards and
    /// its figures passed to `finished` with the log's `next` offset from before the loaded run,
    /// the milliseconds it took to stop, and `result` to record them in.
    private func sideLoadPair<Load: Sendable>(
        _ bus: BusProcess, name: String, beside: String, into result: inout SideLoadResult,
        start: () -> BackgroundWork<Load>,
        finished: (Load, _ nextBefore: UInt64, _ stopMillis: Double, inout SideLoadResult) throws -> Void
    ) throws {
        let mode = configuration.cpuWakeModes.first ?? .asIs
        let held = mode == .held ? holdCPUsAwake() : nil
        defer { withExtendedLifetime(held) {} }
        result.cpuWake = held == nil ? .asIs : .held
        let suffix = result.cpuWake.suffix
        result.logEvents = try bus.info().next
        result.alone = try pacedRun(bus, stream: "\(name) alone", label: "\(name): ack latency alone\(suffix)")
        let nextBefore = try bus.info().next
        let work = start()
        BenchClock.sleep(seconds: 0.3)
        let loaded: Result<LatencyResult, any Error>
        if work.hasEnded {
            loaded = .failure(BenchError("the other client (\(beside)) ended at its start"))
        } else {
            loaded = Result { try pacedRun(bus, stream: "\(name) beside", label: "\(name): ack latency beside \(beside)\(suffix)") }
        }
        let stopping = BenchClock.nanos()
        let load = try work.stop(timeoutSeconds: 5)
        try finished(load, nextBefore, Double(BenchClock.nanos() - stopping) / 1e6, &result)
        result.loaded = try loaded.get()
    }

    /// One paced run of the ack latency at the configured rate for the side-load seconds.
    private func pacedRun(_ bus: BusProcess, stream: String, label: String) throws -> LatencyResult {
        progress.begin("\(label) at \(Format.rate(configuration.latencyRate))/s")
        defer { progress.end() }
        var client = BusPacedClient(producer: try Producer(bus.address),
                                    factory: try EventFactory(stream: stream.filter { $0.isLetter } + "\(BenchClock.nanos())",
                                                              size: configuration.eventBytes, time: eventTime))
        // Every request may be in flight at once, so slow answers never hold the schedule back
        // and the run ends within its seconds and its drain, however the bus answers.
        var run = PacedLatencyRun(rate: configuration.latencyRate, seconds: configuration.sideLoadSeconds,
                                  maxInFlight: Int(configuration.latencyRate * configuration.sideLoadSeconds) + 1)
        run.drainSeconds = Self.sideLoadDrainSeconds
        var result: LatencyResult?
        try metered(label, serverPid: bus.pid) {
            result = try run.run(&client, progress: progress)
        }
        guard let result else { throw BenchError("\(label): no result") }
        return result
    }

    /// How long a side-load run waits for its last answers; requests unanswered by then are
    /// counted as such.
    static var sideLoadDrainSeconds: Double { 5 }

    /// Waits (up to 15 s) until the bus has made everything it took in durable and its log
    /// stops growing; returns its `next` offset then, or `nil` if it did not settle.
    private static func caughtUp(_ bus: BusProcess) throws -> UInt64? {
        let deadline = BenchClock.nanos() + 15_000_000_000
        var last = try bus.info()
        while BenchClock.nanos() < deadline {
            BenchClock.sleep(seconds: 0.2)
            let now = try bus.info()
            if now.next == last.next && now.durable == now.next { return now.next }
            last = now
        }
        return nil
    }
}
