import Foundation
import GRDB
import Logging
import RapportEvents
import RapportPlugin

/// What the plugin SDK's store costs per event without the bus: the same deliveries (feedback
/// responses, as the plugin-throughput phase publishes) handled by ``PluginStore/process`` in
/// batches of 256 on a state file, with handlers of growing weight, beside SQLite alone writing
/// the same state row per event in the same transactions (the baseline) and the decoding alone.
///
/// Each phase runs on the calling thread and is timed in that thread's CPU time, so the figures
/// are one core's worth whatever else the machine runs; wall time is printed beside them.
public struct SDKStoreBench: Sendable {
    /// One phase's figures.
    public struct Phase: Sendable {
        public let name: String
        public let events: Int
        public let cpuSeconds: Double
        public let wallSeconds: Double
        public var microsPerEvent: Double { cpuSeconds / Double(max(events, 1)) * 1e6 }
        public var perSecond: Double { Double(events) / max(cpuSeconds, 1e-9) }
    }

    /// Inputs per phase.
    public let events: Int
    /// Deliveries per transaction (the SDK's default credit).
    public let batch: Int
    /// Where the state files go (a scratch directory, removed afterwards).
    public let directory: String

    /// The phases to run (all by default).
    public let phases: Set<PhaseName>

    /// The phases, by the names `--phases` takes.
    public enum PhaseName: String, CaseIterable, Sendable {
        case decode, baseline, none, insert, emit
    }

    public init(events: Int, batch: Int = 256, directory: String, phases: Set<PhaseName> = Set(PhaseName.allCases)) {
        self.events = events
        self.batch = batch
        self.directory = directory
        self.phases = phases
    }

    static let plugin = PluginIdentity(name: "bench-sdk")
    static let migrations = [
        PluginMigration("bench-sdk-1", """
            CREATE TABLE bench_feedback (
                source TEXT NOT NULL, id TEXT NOT NULL, comment_bytes INTEGER NOT NULL, handled_at INTEGER NOT NULL,
                PRIMARY KEY (source, id))
            """),
    ]
    static let insert = "INSERT INTO bench_feedback (source, id, comment_bytes, handled_at) VALUES (?, ?, ?, ?)"

    /// The inputs: feedback responses from 20 locations with ULID-like ids, encoded as the bus delivers them.
    func inputs() throws -> [(offset: UInt64, bytes: [UInt8])] {
        let start = Int64(Date().timeIntervalSince1970 * 1_000)
        return try (0..<events).map { index in
            let data = try FeedbackReceived(source: .commentCard, scores: .init(csat: 1 + index % 5, nps: index % 11),
                                            comment: index % 2 == 0 ? "Waited a while at the counter but the staff were lovely." : nil)
            let event = try TypedEvent(id: String(format: "01JF%022d", index), source: "/locations/store-\(index % 20)/desks/1",
                                       time: Instant(millisecondsSinceEpoch: start + Int64(index))!,
                                       location: "store-\(index % 20)", agent: "agent-\(index % 50)", data: data)
            return (UInt64(index), event.encoded())
        }
    }

    /// Runs every phase in order.
    public func run() throws -> [Phase] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let inputs = try inputs()
        var phases: [Phase] = []
        if self.phases.contains(.decode) {
            phases.append(timed("decode only (TypedEvent from the delivered bytes)") {
                for input in inputs { _ = try? TypedEvent(decoding: input.bytes) }
            })
        }
        if self.phases.contains(.baseline) { phases.append(try baseline(inputs)) }
        let logger = Logger(label: "rapport.bench.sdk")
        for (phaseName, name, router) in Self.routers() where self.phases.contains(phaseName) {
            let path = directory + "/\(phases.count).sqlite"
            let store = try PluginStore(path: path, migrations: Self.migrations)
            var failure: (any Error)?
            let phase = timed(name) {
                var offset = 0
                do {
                    while offset < inputs.count {
                        let slice = Array(inputs[offset..<min(offset + batch, inputs.count)])
                        _ = try store.process(slice, plugin: Self.plugin, router: router, now: Date(), logger: logger)
                        store.sent(try store.outbox(limit: .max))   // as if published: they leave with the next batch
                        offset += slice.count
                    }
                } catch { failure = error }
            }
            if let failure { throw BenchError("the SDK phase '\(name)' failed: \(failure)") }
            phases.append(phase)
        }
        return phases
    }

    /// The handlers of the SDK phases, lightest first.
    static func routers() -> [(PhaseName, String, PluginRouter)] {
        var none = PluginRouter()
        none.on(FeedbackReceived.self) { _, _, _ in }
        var insert = PluginRouter()
        insert.on(FeedbackReceived.self) { feedback, event, context in
            try context.db.execute(insert: event, feedback, context.now)
        }
        var emit = PluginRouter()
        emit.on(FeedbackReceived.self) { feedback, event, context in
            try context.db.execute(insert: event, feedback, context.now)
            try context.emit(FeedbackTagged(feedback: EventReference(source: event.source, id: event.id), themes: [:], lexicon: "bench"))
        }
        return [
            (.none, "SDK, a handler doing nothing", none),
            (.insert, "SDK, a handler inserting one row", insert),
            (.emit, "SDK, one row and one emitted event (the plugin phase's handler)", emit),
        ]
    }

    /// SQLite alone: the state row per event, in one transaction per batch, same settings.
    private func baseline(_ inputs: [(offset: UInt64, bytes: [UInt8])]) throws -> Phase {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let pool = try DatabasePool(path: directory + "/baseline.sqlite", configuration: configuration)
        try pool.write { db in try db.execute(sql: Self.migrations[0].statements[0]) }
        let now = Int64(Date().timeIntervalSince1970 * 1_000)
        var failure: (any Error)?
        let phase = timed("baseline: SQLite alone, the same row per event, same transactions") {
            var offset = 0
            do {
                while offset < inputs.count {
                    let end = min(offset + batch, inputs.count)
                    try pool.write { db in
                        let statement = try db.cachedStatement(sql: Self.insert)
                        for index in offset..<end {
                            try statement.execute(arguments: ["/locations/store-\(index % 20)/desks/1", "e\(index)", 57, now])
                        }
                    }
                    offset = end
                }
            } catch { failure = error }
        }
        if let failure { throw BenchError("the SQLite baseline failed: \(failure)") }
        return phase
    }

    private func timed(_ name: String, _ body: () -> Void) -> Phase {
        let wall = BenchClock.nanos()
        let cpu = ThreadCPUTime.seconds()
        body()
        return Phase(name: name, events: events, cpuSeconds: ThreadCPUTime.seconds() - cpu,
                     wallSeconds: Double(BenchClock.nanos() - wall) / 1e9)
    }
}

private extension PluginDatabase {
    func execute(insert event: TypedEvent, _ feedback: FeedbackReceived, _ now: Date) throws {
        try execute(SDKStoreBench.insert, [.text(event.source), .text(event.id), .int(feedback.comment?.utf8.count ?? 0), .millis(now)])
    }
}
