import Foundation
import Logging
import RapportClient
import RapportEvents
import RapportPlugin
import RapportWire

/// Runs a plugin with the SDK's real runtime (``PluginService``) against a real bus, with a
/// manual clock and its state in a file of its own: the same test a ``PluginTestKit`` runs in
/// memory, end to end (joining, batches, acks, the outbox published back, timers).
///
/// Events go in through acknowledged ingest; ``handle(_:)`` returns once the plugin's group
/// has passed them and its outbox is empty. Waits are bounded (30 s) so a broken plugin fails
/// the test instead of hanging it.
public final class LivePluginHarness: PluginHarness {
    public let plugin: PluginIdentity
    public let clock: ManualClock
    public let store: PluginStore
    let address: BusAddress
    private let task: Task<Void, any Error>
    private var readFrom: UInt64 = 0
    private let publishes: [String]

    /// Starts the plugin against the bus at `address`, its state at `statePath`; `batch`: most
    /// events a transaction, `heartbeat`: the instance's heartbeat interval (the SDK's defaults when `nil`).
    public init(address: BusAddress, statePath: String, name: String, publishes: [String], router: PluginRouter,
                migrations: [PluginMigration] = [], start: Date = Date(timeIntervalSince1970: 1_795_425_300),
                batch: Int? = nil, heartbeat: Duration? = nil) throws {
        plugin = PluginIdentity(name: name, publishes: publishes)
        self.publishes = publishes
        self.address = address
        clock = ManualClock(start)
        store = try PluginStore(path: statePath, migrations: migrations)
        var options = PluginOptions(address: address, statePath: statePath, instanceName: "\(name)-harness")
        options.tick = .milliseconds(20)
        if let batch { options.batch = batch }
        if let heartbeat { options.heartbeat = heartbeat }
        let service = PluginService(plugin: plugin, router: router, store: store, options: options, clock: clock,
                                    logger: Logger(label: "rapport.plugin.harness"))
        task = Task { try await service.run() }
    }

    deinit { task.cancel() }

    /// Stops the plugin (it finishes its batch, publishes its outbox, leaves its group).
    public func stop() async {
        task.cancel()
        _ = await task.result
    }

    public func handle(_ events: [TypedEvent]) async throws {
        let producer = try Producer(address)
        let outcomes = try producer.publish(events.map { $0.encoded() })
        let last = outcomes.compactMap { outcome -> UInt64? in
            switch outcome {
            case .accepted(let offset), .duplicate(let offset): offset
            case .rejected: nil
            }
        }.max()
        guard let last else { return }
        try await waitUntil("the plugin handled offset \(last)") { [self] in
            let info = try BusConnection(address).info()
            let passed = (info.group(plugin.group)?.position ?? 0) > last
            return try passed && outboxEmpty()
        }
    }

    public func advanceClock(by duration: Duration) async throws {
        clock.advance(by: duration)
        let now = clock.now
        try await waitUntil("the timers due by \(now) fired") { [self] in
            let due = try store.read { db in try db.row("SELECT COUNT(*) AS n FROM rapport_timers WHERE due <= ?", [.millis(now)])?.int("n") }
            return try due == 0 && outboxEmpty()
        }
    }

    public func publishedEvents() async throws -> [TypedEvent] {
        let (batch, events) = try BusConnection(address).read(ReadRequest(from: .offset(readFrom), types: publishes, maxEvents: 10_000))
        readFrom = batch.next
        var out: [TypedEvent] = []
        for event in events {
            let typed = try TypedEvent(decoding: event.event)
            if typed.source == plugin.source { out.append(typed) }
        }
        return out
    }

    public func query(_ sql: String) throws -> [SQLRowValues] {
        try store.read { db in try db.rows(sql).map(SQLRowValues.init) }
    }

    private func outboxEmpty() throws -> Bool {
        try store.read { db in try db.row("SELECT COUNT(*) AS n FROM rapport_outbox")?.int("n") } == 0
    }

    private func waitUntil(_ what: String, _ condition: () throws -> Bool) async throws {
        for _ in 0..<1_500 {
            if (try? condition()) == true { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw PluginError("gave up after 30 s waiting until \(what)")
    }
}
