import RapportClient

extension BenchRunner {
    /// The durable-ingest comparison: for each producer count, ``BenchConfiguration/ingestRounds``
    /// rounds that each time the bus between Redis's two XADD runs (deep, then shallow
    /// pipeline in odd rounds; the other way round in even ones), every run for
    /// ``BenchConfiguration/ingestSeconds``. This machine's disk and CPU swing from minute to
    /// minute, so the comparison is made round by round and the median round's ratio judged.
    /// Between Redis's runs, the same ingest also runs against a second bus on tcp with
    /// CurveZMQ, right after the ipc run in odd rounds and right before it in even ones.
    ///
    /// The buses here are processes of their own with their own data directories, removed
    /// afterwards: the rounds may write millions of events, and the later phases want exactly
    /// ``BenchConfiguration/events`` in the log. The intake-fairness phase runs last, on the
    /// ipc bus, whose log then holds millions of events.
    func runIngestRounds(scratch: ScratchDirectory) {
        guard let bus = startBus("bus-ingest", purpose: "a bus for the ingest rounds", scratch: scratch) else { return }
        let tcpBus = configuration.skipTCP ? nil
            : startBus("bus-tcp", purpose: "a bus on tcp + CURVE for the ingest rounds", scratch: scratch, tcp: true)
        defer {
            bus.shutdown()
            tcpBus?.shutdown()
            scratch.remove("bus-ingest")
            scratch.remove("bus-tcp")
            scratch.remove("bus-tcp-curve")
        }
        let ingest = BusIngest(address: bus.address, batchSize: configuration.batchSize, window: configuration.window,
                               eventBytes: configuration.eventBytes, time: eventTime)
        let tcpIngest = tcpBus.map {
            BusIngest(address: $0.address, batchSize: configuration.batchSize, window: configuration.window,
                      eventBytes: configuration.eventBytes, time: eventTime)
        }
        for n in configuration.producerCounts {
            for round in 1...configuration.ingestRounds {
                var result = IngestRound()
                // Deep pipeline first in odd rounds, shallow first in even ones; the bus between,
                // over ipc and over tcp + CURVE (ipc first in odd rounds).
                let deepFirst = round % 2 == 1
                let before = redisIngest(n, deep: deepFirst, round: round)
                func ipcRun() {
                    let infoBefore = try? bus.info()
                    result.bus = busIngest(ingest, n, round: round, bus)
                    if let infoBefore, let infoAfter = try? bus.info(), let c0 = infoBefore.commits, let c1 = infoAfter.commits, c1 > c0 {
                        result.busCommits = (c1 - c0, infoAfter.durable - infoBefore.durable)
                    }
                }
                func tcpRun() {
                    guard let tcpBus, let tcpIngest else { return }
                    result.busTCP = busIngest(tcpIngest, n, round: round, tcpBus, over: "tcp + CURVE")
                }
                if deepFirst {
                    ipcRun()
                    tcpRun()
                } else {
                    tcpRun()
                    ipcRun()
                }
                let after = redisIngest(n, deep: !deepFirst, round: round)
                (result.redisDeep, result.redisShallow) = deepFirst ? (before, after) : (after, before)
                report.ingest[n, default: []].append(result)
            }
        }
        if let tcpBus { attempt("stopping the tcp + CURVE bus") { try tcpBus.stop() } }
        runIntakeFairness(bus)
        attempt("stopping the ingest rounds' bus") { try bus.stop() }
    }

    /// One timed bus ingest run with `producers` producers (`over` names a transport other
    /// than ipc); `nil` when it failed (recorded).
    private func busIngest(_ ingest: BusIngest, _ producers: Int, round: Int, _ bus: BusProcess, over: String? = nil) -> ThroughputResult? {
        var result: ThroughputResult?
        let transport = over.map { " over \($0)" } ?? ""
        busPhase("bus ingest\(transport), \(producers)p, round \(round)", bus) {
            progress.begin("bus durable ingest\(transport), \(producers) producer\(producers == 1 ? "" : "s"), round \(round) of \(configuration.ingestRounds)")
            defer { progress.end() }
            try metered("bus ingest\(transport), \(producers) producer\(producers == 1 ? "" : "s"), round \(round)", serverPid: bus.pid) {
                result = try ingest.run(producers: producers, stream: "ingest\(over == nil ? "" : "tcp")\(producers)r\(round)",
                                        seconds: configuration.ingestSeconds, eventsPerProducer: nil, progress: progress)
            }
        }
        return result
    }

    /// One timed Redis XADD run with `clients` clients, keeping as many commands in flight
    /// as a bus producer keeps events (`deep`) or ``BenchConfiguration/redisWindow``; then
    /// trims the stream to exactly ``BenchConfiguration/events`` entries so Redis's memory
    /// stays bounded (the trim is not timed). `nil` when
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
