#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import RapportClient
import RapportEvents
import RapportPlugin
import Synchronization

/// The plugin-throughput phase's plugin and its run: a plugin built on the SDK
/// (``RapportPlugin/PluginService`` over the bus's real sockets, its state in a real
/// ``RapportPlugin/PluginStore`` file), run in this process while the bench polls INFO.
///
/// For each `rapport.feedback.received` it inserts one state row and emits one
/// `rapport.feedback.tagged` (an outbox row), in the SDK's one transaction per batch with the
/// handled record; the outbox is published back to the bus. Its input rate is timed from its
/// first delivery until its group's position reaches the last input, its output rate until
/// every output is durable in the log.
struct PluginBench {
    /// Where the bus is.
    let address: BusAddress
    /// The directory of the plugin's state.
    let directory: String
    /// Input events in the log, from offset 0.
    let events: Int
    /// The plugin's credit; `nil`: the SDK's default.
    let credit: Int?
    /// The plugin's batch; `nil`: the SDK's default.
    let batch: Int?
    /// The bus's process, for its CPU.
    let busPid: pid_t?

    /// The plugin's name and group.
    static let plugin = PluginIdentity(name: "bench-plugin")
    /// How long the run may go without its group's position or the log moving.
    private static let idleTimeoutSeconds = 30.0
    /// How often the bench asks the bus for INFO while the plugin runs.
    private static let pollMicros: useconds_t = 10_000

    /// The plugin's own schema: one row per feedback handled.
    static let migrations = [
        PluginMigration("bench-1", """
            CREATE TABLE bench_feedback (
                source TEXT NOT NULL, id TEXT NOT NULL, comment_bytes INTEGER NOT NULL, handled_at INTEGER NOT NULL,
                PRIMARY KEY (source, id))
            """),
    ]

    /// The plugin's routes: a state row and an output per input; the first call is timed.
    static func router(_ run: RunState) -> PluginRouter {
        var router = PluginRouter()
        router.on(FeedbackReceived.self) { feedback, event, context in
            if run.firstDelivery.load(ordering: .relaxed) == 0 {
                _ = run.firstDelivery.compareExchange(expected: 0, desired: BenchClock.nanos(), ordering: .relaxed)
            }
            try context.db.execute(
                "INSERT INTO bench_feedback (source, id, comment_bytes, handled_at) VALUES (?, ?, ?, ?)",
                [.text(event.source), .text(event.id), .int(feedback.comment?.utf8.count ?? 0), .millis(context.now)])
            try context.emit(FeedbackTagged(feedback: EventReference(source: event.source, id: event.id), themes: [:], lexicon: "bench"))
        }
        return router
    }

    /// What the plugin's task and handler report back to the polling thread.
    final class RunState: Sendable {
        /// When the handler first ran (``BenchClock/nanos()``), 0 until then.
        let firstDelivery = Atomic<UInt64>(0)
        /// Why the plugin service stopped, if it failed.
        let failure = Mutex<String?>(nil)
        /// Set when the service returned.
        let finished = DispatchSemaphore(value: 0)
    }

    /// Runs the plugin until all inputs are handled and all outputs are in the log, then stops
    /// it (it finishes its batch, publishes its outbox and leaves its group) and reads its store.
    func run(progress: Progress, into result: inout PluginBenchResult) throws {
        let statePath = directory + "/state.sqlite"
        let store = try PluginStore(path: statePath, migrations: Self.migrations)
        var options = PluginOptions(address: address, statePath: statePath, instanceName: "bench-plugin-1")
        if let credit { options.credit = credit }
        if let batch { options.batch = batch }
        result.events = events
        result.credit = options.credit
        result.batch = options.batch
        var logger = Logger(label: "rapport.bench.plugin")
        logger.logLevel = .warning
        let state = RunState()
        let service = PluginService(plugin: Self.plugin, router: Self.router(state), store: store, options: options, logger: logger)

        let connection = try BusConnection(address)
        let base = try connection.info(timeoutMilliseconds: 10_000).log.next
        let target = UInt64(events)
        let me = getpid()
        let threadsStart = ProcessCPU.threads(pid: me)
        let processStart = ProcessCPU.seconds() ?? 0
        let busStart = busPid.flatMap { ProcessCPU.seconds(pid: $0) }
        result.memoryBefore = try? MemoryReading.read(pid: me)
        let started = BenchClock.nanos()
        let task = Task {
            do { try await service.run() } catch { state.failure.withLock { $0 = "\(error)" } }
            state.finished.signal()
        }
        var stopped = false
        defer {
            if !stopped {
                task.cancel()
                if state.finished.wait(timeout: .now() + 30) == .timedOut { progress.say("the bench plugin did not stop within 30 s") }
            }
        }

        progress.begin("plugin: \(Format.count(events)) events through \(Self.plugin.name) (credit \(options.credit))")
        defer { progress.end() }
        var inputsDone: UInt64?, outputsDone: UInt64?
        var lastPosition: UInt64 = 0, lastDurable = base, lastMove = started
        while outputsDone == nil {
            if let failure = state.failure.withLock({ $0 }) { throw BenchError("the bench plugin stopped: \(failure)") }
            let info = try connection.info(timeoutMilliseconds: 10_000)
            let now = BenchClock.nanos()
            let position = info.group(Self.plugin.group)?.position ?? 0
            if position > lastPosition || info.log.durable > lastDurable {
                progress.add(Int(min(position, target)) - Int(min(lastPosition, target)))
                lastPosition = max(lastPosition, position)
                lastDurable = max(lastDurable, info.log.durable)
                lastMove = now
            }
            if inputsDone == nil && position >= target { inputsDone = now }
            if info.log.durable >= base + target { outputsDone = now }
            if Double(now - lastMove) / 1e9 > Self.idleTimeoutSeconds {
                throw BenchError("the bench plugin made no progress for \(Int(Self.idleTimeoutSeconds)) s: its group at \(position) of \(target), "
                    + "the log durable to \(info.log.durable) of \(base + target)")
            }
            if outputsDone == nil { usleep(Self.pollMicros) }
        }
        let wall = max(BenchClock.seconds(since: started), 1e-9)
        let first = state.firstDelivery.load(ordering: .relaxed)
        if first > 0, let inputsDone, let outputsDone {
            result.startSeconds = Double(first - started) / 1e9
            result.inputSeconds = Double(inputsDone - first) / 1e9
            result.outputSeconds = Double(outputsDone - first) / 1e9
        }
        result.processCores = ((ProcessCPU.seconds() ?? 0) - processStart) / wall
        result.busCores = busPid.flatMap { pid in busStart.flatMap { start in ProcessCPU.seconds(pid: pid).map { ($0 - start) / wall } } }
        // The runtime's thread and its sockets' libzmq threads are the ones started since (the
        // runtime names its thread, but on Linux the name does not reach /proc, so it is found this way).
        result.pluginThreadCores = ProcessCPU.threads(pid: me)
            .filter { threadsStart[$0.key] == nil }
            .reduce(0) { $0 + $1.value.seconds } / wall
        result.memoryAfter = try? MemoryReading.read(pid: me)
        result.logEvents = try? connection.info(timeoutMilliseconds: 10_000).log.next

        task.cancel()
        stopped = true
        if state.finished.wait(timeout: .now() + 30) == .timedOut { throw BenchError("the bench plugin did not stop within 30 s of cancellation") }
        func count(_ table: String) -> Int? {
            try? store.read { db in try db.row("SELECT COUNT(*) AS n FROM \(table)")?.int("n").map(Int.init) ?? nil }
        }
        result.stateRows = count("bench_feedback")
        result.handledRows = count("rapport_handled")
        result.outboxRows = count("rapport_outbox")
        result.stateBytes = ["", "-wal"].reduce(Int64(0)) { sum, suffix in
            sum + ((try? FileManager.default.attributesOfItem(atPath: statePath + suffix)[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }
}
