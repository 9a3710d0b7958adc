#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RapportClient

/// Runs every phase of `rapport bench` once and collects a ``BenchReport``.
///
/// Order: disk fsync rate; raw libzmq; Redis Streams (when installed); the bus as a child
/// process (ingest with 1 and 4 producers, fill, ack latency at a fixed rate, consume,
/// memory, restart after SIGTERM and after kill -9); the disk fsync rate again. The latency
/// runs are rounds that time the bus and then Redis back to back (Redis is kept running for
/// them), so both meet the same moment of the machine. A phase that
/// fails is recorded in the report and the run goes on where it can. The child processes
/// and the scratch directory are removed at the end, on error, and on Ctrl-C.
public final class BenchRunner {
    /// What to run.
    public let configuration: BenchConfiguration
    private let progress: Progress
    private var report: BenchReport
    /// Redis, kept running after its throughput phases for the latency rounds.
    private var redisForLatency: (server: RedisServer, baseline: RedisBaseline, scratch: ScratchDirectory)?
    /// Redis latency rounds run so far.
    private var redisRoundsRun = 0

    /// A runner for `configuration`.
    public init(configuration: BenchConfiguration) {
        self.configuration = configuration
        progress = Progress(enabled: configuration.showProgress)
        report = BenchReport(startedAt: EventFactory.now(), machine: .current(), configuration: configuration)
    }

    /// Runs the benchmark. Throws only when it cannot start at all (bad options, no scratch
    /// directory); a failing phase is reported in ``BenchReport/failures``.
    public func run() throws -> BenchReport {
        try configuration.validate()
        let started = BenchClock.nanos()
        let scratch = try ScratchDirectory(root: configuration.workRoot)
        ChildRegistry.shared.setScratch(scratch.path)
        ChildRegistry.shared.installInterruptHandlers()
        defer {
            scratch.remove()
            ChildRegistry.shared.setScratch(nil)
        }
        progress.say("scratch directory \(scratch.path)")
        let time = EventFactory.now()

        attempt("fsync probe (start)") {
            progress.say("disk fsync rate (start), \(Format.fixed(configuration.fsyncSeconds, 0)) s per mode…")
            report.fsyncStart = try FsyncProbe(directory: scratch.path, seconds: configuration.fsyncSeconds).run()
        }
        attempt("raw libzmq baseline") {
            let raw = RawZMQBaseline(directory: scratch.path, messageBytes: configuration.eventBytes,
                                     window: configuration.zmqWindow, seconds: configuration.zmqSeconds)
            for n in configuration.producerCounts {
                try metered("raw libzmq, \(n) client\(n == 1 ? "" : "s")", serverPid: nil) {
                    report.zmq[n] = try raw.run(clients: n, progress: progress)
                }
            }
        }
        runRedis(scratch: scratch, time: time)
        runBus(scratch: scratch, time: time)
        finishRedis()
        attempt("fsync probe (end)") {
            progress.say("disk fsync rate (end)…")
            report.fsyncEnd = try FsyncProbe(directory: scratch.path, seconds: configuration.fsyncSeconds).run()
        }
        report.seconds = BenchClock.seconds(since: started)
        progress.say("done in \(Format.fixed(report.seconds, 0)) s")
        return report
    }

    /// Runs `body`, recording a failure under `phase` instead of throwing.
    private func attempt(_ phase: String, _ body: () throws -> Void) {
        do { try body() } catch {
            progress.end()
            progress.say("\(phase) failed: \(error)")
            report.failures.append("\(phase): \(error)")
        }
    }

    // MARK: Redis

    private func runRedis(scratch: ScratchDirectory, time: String) {
        if configuration.skipRedis {
            report.redisSkipped = "--skip-redis"
            return
        }
        guard let executable = ExecutableSearch.onPath("redis-server") else {
            report.redisSkipped = "redis-server is not on PATH; install it with `sudo apt-get install redis-server` (Debian) for the Redis Streams baseline"
            progress.say("redis-server not found: skipping the Redis baseline (install: sudo apt-get install redis-server)")
            return
        }
        attempt("Redis baseline") {
            let directory = try scratch.subdirectory("redis")
            progress.say("starting redis-server (appendonly yes, appendfsync always)…")
            let server = try RedisServer(executable: executable, directory: directory)
            let redis = RedisBaseline(port: server.port, eventBytes: configuration.eventBytes,
                                      readCount: configuration.redisReadCount, time: time)
            // Kept running for the latency rounds; finishRedis() stops it whatever happens here.
            redisForLatency = (server, redis, scratch)
            let deep = configuration.eventsInFlight
            for n in configuration.producerCounts {
                try metered("Redis XADD, \(n) client\(n == 1 ? "" : "s"), \(deep) in flight", serverPid: server.pid) {
                    report.redisIngest[n] = try redis.ingest(clients: n, window: deep, seconds: configuration.redisSeconds, progress: progress)
                }
            }
            if configuration.redisWindow != deep {
                for n in configuration.producerCounts {
                    try metered("Redis XADD, \(n) client\(n == 1 ? "" : "s"), \(configuration.redisWindow) in flight", serverPid: server.pid) {
                        report.redisIngestShallow[n] = try redis.ingest(clients: n, window: configuration.redisWindow,
                                                                        seconds: configuration.redisSeconds, progress: progress)
                    }
                }
            }
            try metered("Redis XREADGROUP + XACK", serverPid: server.pid) {
                report.redisConsume = try redis.consume(maxSeconds: configuration.redisConsumeMaxSeconds, progress: progress)
            }
        }
    }

    /// One Redis latency round, if Redis is running.
    private func redisLatencyRound(_ round: Int) {
        guard let (server, redis, _) = redisForLatency else { return }
        redisRoundsRun = round
        attempt("Redis XADD latency, round \(round)") {
            try metered("Redis XADD latency, round \(round)", serverPid: server.pid) {
                report.redisLatencyRounds.append(try redis.latency(rate: configuration.latencyRate, seconds: configuration.latencySeconds, progress: progress))
            }
        }
    }

    /// The same round's floors under an ack: the transport's round trip alone (raw libzmq at
    /// the same rate) and the disk's sync alone (one write of a millisecond's events and an
    /// fdatasync, once a millisecond, as the bus's group commit does at this rate).
    private func baselineLatencyRound(_ round: Int, scratch: ScratchDirectory) {
        let rate = configuration.latencyRate
        attempt("raw libzmq latency, round \(round)") {
            let raw = RawZMQBaseline(directory: scratch.path, messageBytes: configuration.eventBytes,
                                     window: configuration.zmqWindow, seconds: configuration.zmqSeconds)
            try metered("raw libzmq latency, round \(round)", serverPid: nil) {
                report.zmqLatencyRounds.append(try raw.latency(rate: rate, seconds: configuration.latencySeconds, progress: progress))
            }
        }
        attempt("disk latency, round \(round)") {
            let perMillisecond = max(1, Int(rate / 1_000))
            let disk = try DiskPacedClient(directory: scratch.path, bytes: perMillisecond * (configuration.eventBytes + Self.recordOverhead))
            defer { disk.remove() }
            var client = disk
            progress.begin("disk write + fdatasync at \(Format.rate(min(rate, 1_000)))/s", unit: "syncs")
            defer { progress.end() }
            try metered("disk sync latency, round \(round)", serverPid: nil) {
                report.diskLatencyRounds.append(try PacedLatencyRun(rate: min(rate, 1_000), seconds: configuration.latencySeconds,
                                                                    maxInFlight: 10_000).run(&client, progress: progress))
            }
        }
    }

    /// Bytes a log record adds to its event (header, type, key), for the disk latency figure.
    private static let recordOverhead = 64

    /// Runs the Redis latency rounds the bus phases did not (the bus failed early), then stops
    /// Redis and removes its files.
    private func finishRedis() {
        guard let (server, _, scratch) = redisForLatency else { return }
        while redisRoundsRun < configuration.latencyRounds { redisLatencyRound(redisRoundsRun + 1) }
        server.stop()
        scratch.remove("redis")
        redisForLatency = nil
    }

    // MARK: The bus

    private func runBus(scratch: ScratchDirectory, time: String) {
        let bus: BusProcess
        do {
            bus = BusProcess(executable: try configuration.executable ?? ExecutableSearch.current(),
                             dataDirectory: try scratch.subdirectory("bus"), logPath: scratch.path + "/bus.log")
            progress.say("starting the bus: \(bus.executable) bus --data-dir \(bus.dataDirectory)")
            try bus.start()
        } catch {
            report.failures.append("starting the bus: \(error)")
            return
        }
        defer { bus.shutdown() }
        report.memoryAtStart = try? bus.memory()
        let ingest = BusIngest(address: bus.address, batchSize: configuration.batchSize, window: configuration.window,
                               eventBytes: configuration.eventBytes, time: time)
        for n in configuration.producerCounts {
            busPhase("bus ingest, \(n) producers", bus) {
                progress.begin("bus durable ingest, \(n) producer\(n == 1 ? "" : "s")")
                defer { progress.end() }
                try metered("bus ingest, \(n) producer\(n == 1 ? "" : "s")", serverPid: bus.pid) {
                    report.busIngest[n] = try ingest.run(producers: n, stream: "ingest\(n)", seconds: configuration.ingestSeconds,
                                                         eventsPerProducer: configuration.ingestRunEvents / n, progress: progress)
                }
            }
        }
        busPhase("bus fill", bus) {
            let have = Int(try bus.info().next)
            let missing = configuration.events - have
            guard missing > 0 else { return }
            let producers = configuration.producerCounts.max() ?? 4
            progress.begin("bus fill to \(Format.count(configuration.events)) events (\(producers) producers)")
            defer { progress.end() }
            try metered("bus fill, \(producers) producers", serverPid: bus.pid) {
                report.busFill = try ingest.run(producers: producers, stream: "fill", seconds: nil,
                                                eventsPerProducer: (missing + producers - 1) / producers, progress: progress)
            }
        }
        busPhase("bus memory after fill", bus) { report.memoryAfterFill = try bus.memory() }
        for round in 1...configuration.latencyRounds {
            busPhase("bus ack latency, round \(round)", bus) {
                progress.begin("bus ack latency at \(Format.rate(configuration.latencyRate))/s, round \(round) of \(configuration.latencyRounds)")
                defer { progress.end() }
                var client = BusPacedClient(producer: try Producer(bus.address),
                                            factory: try EventFactory(stream: "latency\(round)", size: configuration.eventBytes, time: time))
                try metered("bus ack latency, round \(round)", serverPid: bus.pid) {
                    report.busLatencyRounds.append(try PacedLatencyRun(rate: configuration.latencyRate, seconds: configuration.latencySeconds,
                                                                       maxInFlight: 10_000).run(&client, progress: progress))
                }
            }
            redisLatencyRound(round)
            baselineLatencyRound(round, scratch: scratch)
        }
        busPhase("bus consume", bus) {
            progress.begin("bus consume from earliest, \(Format.count(configuration.events)) events")
            defer { progress.end() }
            try metered("bus consume", serverPid: bus.pid) {
                report.busConsume = try BusConsume(address: bus.address, credit: configuration.credit)
                    .run(target: configuration.events, progress: progress)
            }
        }
        busPhase("bus memory after consume", bus) {
            report.memoryAfterConsume = try bus.memory()
            report.logEvents = try bus.info().next
        }
        for (name, signal) in [("SIGTERM", SIGTERM), ("SIGKILL", SIGKILL)] {
            busPhase("bus restart after \(name)", bus) {
                let before = try bus.info().next
                progress.say("restarting the bus after \(name) with \(Format.count(Int(before))) events…")
                let stopped = try bus.stop(signal)
                let (ready, info) = try bus.start()
                report.restarts.append(RestartResult(signal: name, stopMillis: stopped, readyMillis: ready,
                                                     logNextBefore: before, logNextAfter: info.next))
                report.memoryAfterRestart = try bus.memory()
            }
        }
        do { try bus.stop(SIGTERM) } catch { report.failures.append("stopping the bus: \(error)") }
    }

    /// Runs `body` and records the CPU the server (`serverPid`) and this process used meanwhile.
    private func metered(_ phase: String, serverPid: Int32?, _ body: () throws -> Void) throws {
        let meter = CPUMeter(serverPid: serverPid)
        try body()
        report.cpu.append(meter.finish(phase))
    }

    /// A bus phase: skipped (and recorded) when the bus is no longer running.
    private func busPhase(_ phase: String, _ bus: BusProcess, _ body: () throws -> Void) {
        guard bus.pid != nil else {
            report.failures.append("\(phase): skipped, the bus is not running; its output:\n\(bus.logTail())")
            return
        }
        attempt(phase, body)
    }
}
