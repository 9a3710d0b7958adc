#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RapportClient

/// Runs every phase of `rapport bench` once and collects a ``BenchReport``.
///
/// Order: disk fsync rate; raw libzmq; Redis Streams started (when installed); the ingest
/// rounds (a bus of their own, and one on tcp + CURVE, timed between Redis's XADD runs, round
/// after round), then intake fairness on the first of them; Redis consume; the bus as a child
/// process with a fresh log (fill, ack latency at a fixed rate, INFO cost, consume, memory,
/// restart after SIGTERM and after kill -9); the disk fsync rate again. The
/// latency runs are rounds that time the bus, then Redis (kept running for them), then the
/// floors under an ack, back to back, so all meet the same moment of the machine; each round
/// runs with the machine as it is and again with CPU wake-up latency held at 0 µs
/// (``CPUWake``). A phase that fails is recorded in the report and the run goes on where it
/// can. The child processes and the scratch directory are removed at the end, on error, and
/// on Ctrl-C.
public final class BenchRunner {
    /// What to run.
    public let configuration: BenchConfiguration
    let progress: Progress
    var report: BenchReport
    /// Redis, started before the ingest rounds and kept running for the latency rounds.
    var redis: (server: RedisServer, baseline: RedisBaseline, scratch: ScratchDirectory)?
    /// Latency rounds run so far.
    var latencyRoundsRun = 0
    /// The `time` attribute of the events the bench sends (RFC 3339, when the run started).
    let eventTime = EventFactory.now()

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
        if let free = scratch.freeBytes(), free < configuration.scratchBytesNeeded {
            let warning = "only \(Format.mebibytes(kibibytes: free / 1024)) free in \(configuration.workRoot); this run may write up to "
                + "\(Format.mebibytes(kibibytes: configuration.scratchBytesNeeded / 1024)) there and fail with a full disk "
                + "(use --work-dir on a larger disk, or fewer --events / --ingest-rounds / --ingest-seconds)"
            progress.say("warning: " + warning)
            report.warnings.append(warning)
        }

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
        startRedis(scratch: scratch)
        runIngestRounds(scratch: scratch)
        redisConsume()
        runBus(scratch: scratch)
        finishRedis()
        runPluginBench(scratch: scratch)
        runCaptureBench(scratch: scratch)
        attempt("fsync probe (end)") {
            progress.say("disk fsync rate (end)…")
            report.fsyncEnd = try FsyncProbe(directory: scratch.path, seconds: configuration.fsyncSeconds).run()
        }
        report.seconds = BenchClock.seconds(since: started)
        progress.say("done in \(Format.fixed(report.seconds, 0)) s")
        return report
    }

    /// Runs `body`, recording a failure under `phase` instead of throwing.
    func attempt(_ phase: String, _ body: () throws -> Void) {
        do { try body() } catch {
            progress.end()
            progress.say("\(phase) failed: \(error)")
            report.failures.append("\(phase): \(error)")
        }
    }

    // MARK: Redis

    /// Starts Redis for the ingest and latency rounds, or records why it is skipped.
    private func startRedis(scratch: ScratchDirectory) {
        if configuration.skipRedis {
            report.redisSkipped = "--skip-redis"
            return
        }
        guard let executable = ExecutableSearch.onPath("redis-server") else {
            report.redisSkipped = "redis-server is not on PATH; install it with `sudo apt-get install redis-server` (Debian) for the Redis Streams baseline"
            progress.say("redis-server not found: skipping the Redis baseline (install: sudo apt-get install redis-server)")
            return
        }
        attempt("starting Redis") {
            let directory = try scratch.subdirectory("redis")
            progress.say("starting redis-server (appendonly yes, appendfsync always)…")
            let server = try RedisServer(executable: executable, directory: directory)
            // finishRedis() stops it whatever happens later.
            redis = (server, RedisBaseline(port: server.port, eventBytes: configuration.eventBytes,
                                           readCount: configuration.redisReadCount, time: eventTime), scratch)
        }
    }

    /// Redis XREADGROUP + XACK over what the ingest rounds left in its stream, trimmed (or
    /// topped up) to exactly ``BenchConfiguration/events`` entries, as many as the bus's
    /// consumer reads. The length read from (XLEN) is recorded; the report says when it differs.
    private func redisConsume() {
        guard let (server, redis, _) = redis else { return }
        attempt("Redis XREADGROUP + XACK") {
            let length = try redis.prepareConsume(entries: configuration.events)
            if length != configuration.events {
                progress.say("warning: Redis's stream holds \(Format.count(length)) entries, not \(Format.count(configuration.events))")
            }
            try metered("Redis XREADGROUP + XACK", serverPid: server.pid) {
                let (result, streamLength) = try redis.consume(maxSeconds: configuration.redisConsumeMaxSeconds, progress: progress)
                report.redisConsume = result
                report.redisConsumeStreamLength = streamLength
            }
        }
    }

    /// Runs the latency rounds the bus phases did not (the bus failed early: Redis and the
    /// floors only), then stops Redis and removes its files.
    private func finishRedis() {
        guard let (server, _, scratch) = redis else { return }
        while latencyRoundsRun < configuration.latencyRounds { latencyRound(latencyRoundsRun + 1, bus: nil, scratch: scratch) }
        server.stop()
        scratch.remove("redis")
        redis = nil
    }

    // MARK: The bus

    /// Starts a bus with a fresh data directory `name` in the scratch directory, on its ipc
    /// sockets or (`tcp`) on a loopback tcp port with CurveZMQ; `nil` (and the failure
    /// recorded) when it cannot start.
    func startBus(_ name: String, purpose: String, scratch: ScratchDirectory, tcp: Bool = false) -> BusProcess? {
        do {
            let curve: CurveEndpoint? = if tcp { try CurveEndpoint(directory: try scratch.subdirectory(name + "-curve")) } else { nil }
            let bus = BusProcess(executable: try configuration.executable ?? ExecutableSearch.current(),
                                 dataDirectory: try scratch.subdirectory(name), logPath: scratch.path + "/\(name).log",
                                 curve: curve)
            progress.say("starting \(purpose): \(bus.executable) \(bus.arguments.joined(separator: " "))")
            try bus.start()
            return bus
        } catch {
            report.failures.append("starting \(purpose): \(error)")
            return nil
        }
    }

    private func runBus(scratch: ScratchDirectory) {
        guard let bus = startBus("bus", purpose: "the bus", scratch: scratch) else { return }
        defer { bus.shutdown() }
        report.memoryAtStart = try? bus.memory()
        let ingest = BusIngest(address: bus.address, batchSize: configuration.batchSize, window: configuration.window,
                               eventBytes: configuration.eventBytes, time: eventTime)
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
            latencyRound(round, bus: bus, scratch: scratch)
        }
        runInfoCost(bus)
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
    func metered(_ phase: String, serverPid: Int32?, _ body: () throws -> Void) throws {
        let meter = CPUMeter(serverPid: serverPid)
        try body()
        report.cpu.append(meter.finish(phase))
    }

    /// A bus phase: skipped (and recorded) when the bus is no longer running.
    func busPhase(_ phase: String, _ bus: BusProcess, _ body: () throws -> Void) {
        guard bus.pid != nil else {
            report.failures.append("\(phase): skipped, the bus is not running; its output:\n\(bus.logTail())")
            return
        }
        attempt(phase, body)
    }
}
