import ArgumentParser
import Foundation
import RapportBench

/// `rapport bench`: benchmarks, each printing its figures beside a baseline measured in the same
/// run. `rapport bench` alone is `rapport bench bus`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: each prints its figures beside a baseline measured in the same run (build in release mode first).",
        subcommands: [BenchBusCommand.self, BenchSDKCommand.self, BenchPromisesCommand.self, BenchNamesCommand.self, BenchFeedbackCommand.self],
        defaultSubcommand: BenchBusCommand.self
    )
}

/// `rapport bench bus`: measures the bus against the disk, raw libzmq and Redis Streams in one run.
struct BenchBusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bus",
        abstract: "Benchmark the bus against its baselines (disk fsync, raw libzmq, Redis Streams) in one run.",
        discussion: """
            Starts its own bus (this executable, `rapport bus`) and redis-server (appendfsync always) \
            in a scratch directory, and prints each figure beside its baselines, the ratios and the \
            targets. A benchmark, not a test: it never fails on a missed target. Ingest and ack \
            latency run in rounds that time the bus and Redis back to back, so both meet the same \
            minute of the machine; the median round is judged. Ingest also runs against a second \
            bus on tcp with CurveZMQ in every round. Two short phases time a paced producer's \
            acks alone and beside another client: one polling INFO (INFO cost), one flooding \
            PUBLISH (intake fairness). A plugin built on the SDK (a state row and an outbox row per \
            event) reads a log of its own beside a raw consumer (plugin throughput). A full run \
            takes about six minutes on 2 cores (each ack-latency round runs with the machine as it \
            is and again with CPU wake-up latency held at 0 µs, see --cpu-wake); --quick is a \
            smoke run. Build in release mode first \
            (`make bench` does both).
            """
    )

    @Option(name: .long, help: "Events in the log for the latency, consume, memory and restart phases.")
    var events: Int?

    @Flag(name: .long, help: "Smoke run: 100,000 events and shorter phases.")
    var quick = false

    @Flag(name: .long, help: "Skip the Redis Streams baseline.")
    var skipRedis = false

    @Flag(name: .long, help: "Skip the ingest runs over tcp with CurveZMQ (and the second bus they need).")
    var skipTcp = false

    @Flag(name: .long, help: "Skip the INFO-cost phase (ack latency alone and beside a client polling INFO).")
    var skipInfoLoad = false

    @Flag(name: .long, help: "Skip the intake-fairness phase (ack latency alone and beside a producer flooding PUBLISH).")
    var skipFlood = false

    @Flag(name: .long, help: "Skip the capture spool phase (synced spool writes, the spool's size with 100,000 pending, the drain to a bus).")
    var skipCapture = false

    @Flag(name: .long, help: "Skip the plugin-throughput phase (a plugin on the SDK with durable state beside a raw consumer, over the same events).")
    var skipPlugin = false

    @Option(name: .long, help: "Events of the plugin-throughput phase. Default 200,000 (50,000 with --quick).")
    var pluginEvents: Int?

    @Option(name: .long, help: "The bench plugin's credit (events it takes at once). Default: the SDK's.")
    var pluginCredit: Int?

    @Option(name: .long, help: "The bench plugin's batch (most events in one transaction and ack). Default: the SDK's.")
    var pluginBatch: Int?

    @Option(name: .long, help: "Seconds of each paced run of the INFO-cost and intake-fairness phases (alone, then beside the other client). Default 3 (2 with --quick).")
    var sideLoadSeconds: Double?

    @Option(name: .long, help: "Also write the report as Markdown to this file.")
    var output: String?

    @Option(name: .long, help: "Directory to make the scratch directory in (the disk being measured). Default: $TMPDIR or /tmp.")
    var workDir: String?

    @Option(name: .long, help: "Events per PUBLISH batch.")
    var batch: Int?

    @Option(name: .long, help: "PUBLISH batches in flight per producer.")
    var window: Int?

    @Option(name: .long, help: "Offered rate of the ack-latency runs, events per second.")
    var rate: Double?

    @Option(name: .long, help: "Seconds of each ack-latency run.")
    var latencySeconds: Double?

    @Option(name: .long, help: "Ack-latency rounds (bus, then Redis, in each); the median round is reported. Default 3 (1 with --quick).")
    var latencyRounds: Int?

    @Option(name: .long, help: "Seconds of each timed ingest run (the bus's, and each Redis XADD run beside it). Default 3 (1.5 with --quick).")
    var ingestSeconds: Double?

    @Option(name: .long, help: "Ingest rounds per producer count (the bus between Redis's two XADD runs in each); the median round's ratio is judged. Default 3 (1 with --quick).")
    var ingestRounds: Int?

    @Option(name: .long, help: "Consumer credit.")
    var credit: Int?

    @Option(name: .long, help: "Redis commands in flight per client in the extra shallow-pipeline XADD run (the main run matches a bus producer: batch × window).")
    var redisWindow: Int?

    @Option(name: .long, help: ArgumentHelp(
        "How idle CPUs may rest in the ack-latency rounds: as-is (the machine as it is), held (CPU wake-up latency held at 0 µs through /dev/cpu_dma_latency, as the bus's host.cpu_latency_us does; needs root), or both (each round runs both, one after the other).",
        valueName: "as-is|held|both"))
    var cpuWake: String = "both"

    @Flag(name: .long, help: "No progress lines on standard error.")
    var noProgress = false

    func run() throws {
        let root = workDir ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var c = quick ? BenchConfiguration.quick(workRoot: root) : BenchConfiguration.standard(workRoot: root)
        if let events { c.events = events }
        if let batch { c.batchSize = batch }
        if let window { c.window = window }
        if let rate { c.latencyRate = rate }
        if let latencySeconds { c.latencySeconds = latencySeconds }
        if let latencyRounds { c.latencyRounds = latencyRounds }
        if let ingestSeconds { c.ingestSeconds = ingestSeconds }
        if let ingestRounds { c.ingestRounds = ingestRounds }
        if let credit { c.credit = credit }
        if let redisWindow { c.redisWindow = redisWindow }
        if let sideLoadSeconds { c.sideLoadSeconds = sideLoadSeconds }
        if let pluginEvents { c.pluginEvents = pluginEvents }
        c.pluginCredit = pluginCredit
        c.pluginBatch = pluginBatch
        switch cpuWake {
        case "both": c.cpuWakeModes = CPUWake.allCases
        case "as-is": c.cpuWakeModes = [.asIs]
        case "held": c.cpuWakeModes = [.held]
        default: throw ValidationError("--cpu-wake must be as-is, held or both, got \(cpuWake)")
        }
        c.skipRedis = skipRedis
        c.skipTCP = skipTcp
        c.skipInfoLoad = skipInfoLoad
        c.skipFlood = skipFlood
        c.skipCapture = skipCapture
        c.skipPlugin = skipPlugin
        c.showProgress = !noProgress
        do { try c.validate() } catch { throw ValidationError(error.message) }
        let report = try BenchRunner(configuration: c).run()
        print(report.text)
        if let output {
            do { try Data((report.markdown + "\n").utf8).write(to: URL(fileURLWithPath: output)) } catch {
                throw CommandFailure.cannotWrite("the report to", output, error)
            }
            FileHandle.standardError.write(Data("report written to \(output)\n".utf8))
        }
    }
}
