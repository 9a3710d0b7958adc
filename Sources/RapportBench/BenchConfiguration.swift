/// What `rapport bench` runs and for how long. ``standard(events:)`` and ``quick()`` give the
/// two presets; every field can then be changed.
public struct BenchConfiguration: Sendable {
    /// Events the log holds for the latency, consume, memory and restart phases (a fresh log,
    /// filled by 4 producers; the ingest rounds run on a bus of their own).
    public var events: Int
    /// Skip the Redis Streams baseline.
    public var skipRedis = false
    /// Skip the ingest runs over tcp with CurveZMQ (and the second bus they need).
    public var skipTCP = false
    /// Skip the INFO-cost phase (ack latency with and without a client polling INFO).
    public var skipInfoLoad = false
    /// Skip the intake-fairness phase (ack latency with and without a flooding producer).
    public var skipFlood = false
    /// Skip the capture spool phase (synced spool writes, spool size, drain to a bus).
    public var skipCapture = false
    /// Skip the plugin-throughput phase (a plugin on the SDK beside a raw consumer).
    public var skipPlugin = false
    /// Events of the plugin-throughput phase (a bus of its own).
    public var pluginEvents = 200_000
    /// The bench plugin's credit (`nil`: the SDK's default).
    public var pluginCredit: Int?
    /// The bench plugin's batch (`nil`: the SDK's default).
    public var pluginBatch: Int?
    /// Where the scratch directory is made (the disk being measured).
    public var workRoot: String
    /// The `rapport` executable to start the bus from (`nil`: this process's own).
    public var executable: String?
    /// Print progress on standard error.
    public var showProgress = true

    /// Bytes per event (and per raw libzmq message, and per Redis entry).
    public var eventBytes = 300
    /// Events per PUBLISH batch.
    public var batchSize = 100
    /// PUBLISH batches in flight per producer.
    public var window = 16
    /// Producer counts of the ingest runs.
    public var producerCounts = [1, 4]
    /// Seconds of each timed ingest run: the bus's, and each of Redis's XADD runs beside it.
    public var ingestSeconds = 3.0
    /// Ingest rounds per producer count: each times the bus between Redis's deep- and
    /// shallow-pipeline XADD runs. The ratio judged is the median round's, so one slow minute
    /// of the machine does not decide it (every round is printed).
    public var ingestRounds = 3
    /// Offered rate of the latency runs (events per second).
    public var latencyRate = 5_000.0
    /// Seconds of each latency run.
    public var latencySeconds = 5.0
    /// Latency rounds: each times the bus, then Redis, for ``latencySeconds``. The figures
    /// reported are the median round's, so one burst of hypervisor steal does not decide them
    /// (every round is printed).
    public var latencyRounds = 3
    /// The ``CPUWake`` modes each latency round runs in, one after the other.
    public var cpuWakeModes: [CPUWake] = CPUWake.allCases
    /// Consumer credit.
    public var credit = 2_000
    /// Seconds of each paced run of the side-load phases (INFO cost, intake fairness): one
    /// run alone, one beside the other client, back to back.
    public var sideLoadSeconds = 3.0
    /// INFO requests a second the INFO-cost phase's poller sends.
    public var infoPollsPerSecond = 5.0
    /// Events per PUBLISH of the intake-fairness phase's flooding producer.
    public var floodBatchSize = 1_000
    /// Seconds of each fsync probe mode.
    public var fsyncSeconds = 2.0
    /// Seconds of each raw libzmq run.
    public var zmqSeconds = 2.0
    /// Messages in flight per raw libzmq client.
    public var zmqWindow = 1_000
    /// Commands in flight per Redis client in the extra, shallow-pipeline XADD run. The main
    /// XADD run keeps as many in flight as a bus producer does (``batchSize`` × ``window``).
    public var redisWindow = 100
    /// Events a bus producer keeps in flight, and so XADDs a Redis client does in the main run.
    public var eventsInFlight: Int { batchSize * window }
    /// Entries per XREADGROUP.
    public var redisReadCount = 500
    /// Longest the Redis consume run may take.
    public var redisConsumeMaxSeconds = 20.0

    /// The full run: `events` (default 1,000,000) in the log.
    public static func standard(events: Int = 1_000_000, workRoot: String = "/tmp") -> BenchConfiguration {
        BenchConfiguration(events: events, workRoot: workRoot)
    }

    /// A smoke run: 100,000 events and shorter phases.
    public static func quick(workRoot: String = "/tmp") -> BenchConfiguration {
        var c = BenchConfiguration(events: 100_000, workRoot: workRoot)
        c.ingestSeconds = 1.5
        c.ingestRounds = 1
        c.latencySeconds = 2
        c.latencyRounds = 1
        c.fsyncSeconds = 1
        c.zmqSeconds = 1
        c.sideLoadSeconds = 2
        c.pluginEvents = 50_000
        return c
    }

    private init(events: Int, workRoot: String) {
        self.events = events
        self.workRoot = workRoot
    }

    /// About how many bytes the run writes at most in its scratch directory at one time: the
    /// ingest rounds' bus logs (ipc, and tcp + CURVE) and Redis's AOF (every XADD run, at up
    /// to 250,000 a second; the AOF is not rewritten), the flood of the intake-fairness phase,
    /// then the main bus's log of ``events``; about 400 bytes an event of 300 on disk.
    public var scratchBytesNeeded: Int {
        let perEvent = eventBytes + 100
        let ingestRuns = Double(ingestRounds * producerCounts.count)
        let runsPerRound = 1 + (skipTCP ? 0 : 1) + (skipRedis ? 0 : 2)
        let ingestEvents = Int(ingestRuns * ingestSeconds * 250_000) * runsPerRound
        // The flood lasts the paced run and its drain of up to 5 s.
        let floodEvents = skipFlood ? 0 : Int((sideLoadSeconds + 5) * 250_000)
        // The plugin phase's bus holds its inputs and as many outputs.
        let pluginEvents = skipPlugin ? 0 : pluginEvents * 2
        return (ingestEvents + floodEvents + events * 6 / 5 + pluginEvents) * perEvent
    }

    /// Checks the values; the message names the option to fix.
    public func validate() throws(BenchError) {
        guard events >= 10_000 else { throw BenchError("--events must be at least 10000, got \(events)") }
        guard (1...1_000).contains(batchSize) else { throw BenchError("--batch must be 1-1000, got \(batchSize)") }
        guard window >= 1 else { throw BenchError("--window must be at least 1, got \(window)") }
        guard (1...9).contains(ingestRounds) else { throw BenchError("--ingest-rounds must be 1-9, got \(ingestRounds)") }
        guard ingestSeconds >= 0.5 && ingestSeconds <= 600 else { throw BenchError("--ingest-seconds must be 0.5-600, got \(ingestSeconds)") }
        guard (1...9).contains(latencyRounds) else { throw BenchError("--latency-rounds must be 1-9, got \(latencyRounds)") }
        guard sideLoadSeconds >= 0.5 && sideLoadSeconds <= 60 else { throw BenchError("--side-load-seconds must be 0.5-60, got \(sideLoadSeconds)") }
        guard latencyRate > 0 && latencyRate <= 100_000 else { throw BenchError("--rate must be 1-100000, got \(latencyRate)") }
        guard !cpuWakeModes.isEmpty else { throw BenchError("--cpu-wake needs at least one mode: as-is, held or both") }
        guard (1...1_000_000).contains(credit) else { throw BenchError("--credit must be 1-1000000, got \(credit)") }
        guard redisWindow >= 1 else { throw BenchError("--redis-window must be at least 1, got \(redisWindow)") }
        guard pluginEvents >= 1_000 else { throw BenchError("--plugin-events must be at least 1000, got \(pluginEvents)") }
        guard pluginCredit.map({ (1...1_000_000).contains($0) }) ?? true else { throw BenchError("--plugin-credit must be 1-1000000, got \(pluginCredit ?? 0)") }
        guard pluginBatch.map({ (1...1_000_000).contains($0) }) ?? true else { throw BenchError("--plugin-batch must be 1-1000000, got \(pluginBatch ?? 0)") }
        guard eventBytes >= 280 && eventBytes <= 200_000 else { throw BenchError("--event-bytes must be 280-200000, got \(eventBytes)") }
    }
}
