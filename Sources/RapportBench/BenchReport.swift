/// Every figure of one `rapport bench` run; phases that did not run leave theirs empty and
/// say why in ``failures`` or ``redisSkipped``.
public struct BenchReport: Sendable {
    /// When the run started (RFC 3339, UTC).
    public var startedAt: String
    /// The machine it ran on.
    public var machine: MachineInfo
    /// What was run.
    public var configuration: BenchConfiguration
    /// Wall time of the whole run.
    public var seconds: Double = 0
    /// fsync probe at the start of the run.
    public var fsyncStart: [FsyncResult] = []
    /// fsync probe at the end of the run.
    public var fsyncEnd: [FsyncResult] = []
    /// Raw libzmq DEALER→ROUTER messages/s by client count.
    public var zmq: [Int: Double] = [:]
    /// Why Redis figures are missing, when they are.
    public var redisSkipped: String?
    /// The ingest rounds by producer (and Redis client) count: the bus and Redis's XADD runs.
    public var ingest: [Int: [IngestRound]] = [:]
    /// Redis XREADGROUP + XACK.
    public var redisConsume: ThroughputResult?
    /// The length of the stream Redis's consume phase read from (XLEN when it began).
    public var redisConsumeStreamLength: Int?
    /// Latency at the fixed rate (bus, Redis, floors), by how idle CPUs were let rest.
    public var latency: [CPUWake: LatencyRounds] = [:]
    /// Why the rounds with CPUs held awake are missing, when they were asked for.
    public var heldSkipped: String?
    /// The fill step up to ``BenchConfiguration/events``.
    public var busFill: ThroughputResult?
    /// Bus consumer-group read of the log.
    public var busConsume: ThroughputResult?
    /// INFO cost: the paced producer's ack latency alone and beside a client polling INFO,
    /// on the main bus once filled.
    public var infoCost: SideLoadResult?
    /// Intake fairness: the paced producer's ack latency alone and beside a producer
    /// flooding PUBLISH without reading answers, on the ingest rounds' bus.
    public var intakeFairness: SideLoadResult?
    /// Events in the bus's log when the memory and restart phases ran.
    public var logEvents: UInt64?
    /// Bus memory just after its first start (empty log).
    public var memoryAtStart: MemoryReading?
    /// Bus memory once the log was filled.
    public var memoryAfterFill: MemoryReading?
    /// Bus memory after the consume phase (the figure judged against the target).
    public var memoryAfterConsume: MemoryReading?
    /// Bus memory right after the last restart: the full log, no load yet.
    public var memoryAfterRestart: MemoryReading?
    /// Restart after SIGTERM, then after SIGKILL.
    public var restarts: [RestartResult] = []
    /// CPU used by the server and by the benchmark's clients, per phase.
    public var cpu: [CPUShare] = []
    /// Phases that failed, with the reason.
    public var failures: [String] = []
    /// Conditions that may make figures wrong or the run fail (low disk space).
    public var warnings: [String] = []
    /// The capture spool phase's figures, when it ran.
    public var capture: CaptureBenchResult?
    /// The plugin-throughput phase's figures, when it ran.
    public var plugin: PluginBenchResult?

    /// An empty report for a run starting now.
    init(startedAt: String, machine: MachineInfo, configuration: BenchConfiguration) {
        self.startedAt = startedAt
        self.machine = machine
        self.configuration = configuration
    }

    /// The bus's median-round durable ingest with `producers` producers.
    func busIngest(_ producers: Int) -> ThroughputResult? {
        IngestRound.medianBus(ingest[producers] ?? [])
    }

    /// The median of the rounds' bus ÷ best-Redis ratios with `producers` producers: not the
    /// quotient of the medians of the two rates, which can differ.
    func ingestRatio(_ producers: Int) -> Double? {
        IngestRound.median((ingest[producers] ?? []).compactMap(\.ratio))
    }

    /// The bus's median-round durable ingest over tcp + CURVE with `producers` producers.
    func busIngestTCP(_ producers: Int) -> ThroughputResult? {
        IngestRound.median(ingest[producers] ?? [], \.busTCP)
    }

    /// The median of the rounds' tcp + CURVE ÷ ipc ratios with `producers` producers.
    func tcpRatio(_ producers: Int) -> Double? {
        IngestRound.median((ingest[producers] ?? []).compactMap(\.tcpRatio))
    }

    /// The append-mode fsync rate at the start and end, when measured.
    var appendFsyncRates: [Double] {
        (fsyncStart + fsyncEnd).filter { $0.mode == "append" }.map(\.opsPerSecond)
    }
}
