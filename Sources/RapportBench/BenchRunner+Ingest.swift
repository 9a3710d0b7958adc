import RapportClient

extension BenchRunner {
    /// The durable-ingest comparison: for each producer count, ``BenchConfiguration/ingestRounds``
    /// rounds that each time the bus between Redis's two XADD runs (deep, then shallow
    /// pipeline in odd rounds; the other way round in even ones), every run for
    /// ``BenchConfiguration/ingestSeconds``. This machine's disk and CPU swing from minute to
    /// minute, so the comparison is made round by round and the median round's ratio judged.
    ///
    /// The bus here is its own process with its own data directory, removed afterwards: the
    /// rounds may write millions of events, and the later phases want exactly
    /// ``BenchConfiguration/events`` in the log.
    func runIngestRounds(scratch: ScratchDirectory) {
        guard let bus = startBus("bus-ingest", purpose: "a bus for the ingest rounds", scratch: scratch) else { return }
        defer {
            bus.shutdown()
            scratch.remove("bus-ingest")
        }
        let ingest = BusIngest(address: bus.address, batchSize: configuration.batchSize, window: configuration.window,
                               eventBytes: configuration.eventBytes, time: eventTime)
        for n in configuration.producerCounts {
            for round in 1...configuration.ingestRounds {
                var result = IngestRound()
                // Deep pipeline first in odd rounds, shallow first in even ones; the bus between.
                let deepFirst = round % 2 == 1
                let before = redisIngest(n, deep: deepFirst, round: round)
                let infoBefore = try? bus.info()
                result.bus = busIngest(ingest, n, round: round, bus)
                if let infoBefore, let infoAfter = try? bus.info(), let c0 = infoBefore.commits, let c1 = infoAfter.commits, c1 > c0 {
                    result.busCommits = (c1 - c0, infoAfter.durable - infoBefore.durable)
                }
                let after = redisIngest(n, deep: !deepFirst, round: round)
                (result.redisDeep, result.redisShallow) = deepFirst ? (before, after) : (after, before)
                report.ingest[n, default: []].append(result)
            }
        }
        attempt("stopping the ingest rounds' bus") { try bus.stop() }
    }

    /// One timed bus ingest run with `producers` producers; `nil` when it failed (recorded).
    private func busIngest(_ ingest: BusIngest, _ producers: Int, round: Int, _ bus: BusProcess) -> ThroughputResult? {
        var result: ThroughputResult?
        busPhase("bus ingest, \(producers)p, round \(round)", bus) {
            progress.begin("bus durable ingest, \(producers) producer\(producers == 1 ? "" : "s"), round \(round) of \(configuration.ingestRounds)")
            defer { progress.end() }
            try metered("bus ingest, \(producers) producer\(producers == 1 ? "" : "s"), round \(round)", serverPid: bus.pid) {
                result = try ingest.run(producers: producers, stream: "ingest\(producers)r\(round)",
                                        seconds: configuration.ingestSeconds, eventsPerProducer: nil, progress: progress)
            }
        }
        return result
    }

    /// One timed Redis XADD run with `clients` clients, keeping as many commands in flight
    /// as a bus producer keeps events (`deep`) or ``BenchConfiguration/redisWindow``; then
    /// trims the stream so Redis's memory stays bounded (the trim is not timed). `nil` when
    /// Redis does not run or the run failed (recorded).
    private func redisIngest(_ clients: Int, deep: Bool, round: Int) -> ThroughputResult? {
        guard let (server, redis, _) = self.redis else { return nil }
        let window = deep ? configuration.eventsInFlight : configuration.redisWindow
        var result: ThroughputResult?
        attempt("Redis XADD, \(clients)c, \(window) in flight, round \(round)") {
            try metered("Redis XADD, \(clients) client\(clients == 1 ? "" : "s"), \(window) in flight, round \(round)", serverPid: server.pid) {
                result = try redis.ingest(clients: clients, window: window, seconds: configuration.ingestSeconds, progress: progress)
            }
            try redis.trim(keeping: configuration.events)
        }
        return result
    }
}
