import ComplaintAlerts
import Foundation
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// One test of the complaint-alerts plugin, run twice: in memory with the test kit, and with
/// the SDK's real runtime against a real bus. The same scenario, the same assertions.
@Suite("One plugin test, in memory and on a real bus", .serialized)
struct PluginHarnessTests {
    static let time = Instant(millisecondsSinceEpoch: 1_795_425_300_000, utcOffsetMinutes: 60)!

    static func complaint(_ id: String) throws -> TypedEvent {
        try TypedEvent(id: "e-\(id)", source: "/locations/store-12/desks/3", time: time, location: "store-12", partitionKey: "c-1",
                       data: ComplaintReceived(complaintID: id, customer: .init(id: "c-1", name: "Zoë"), text: "no call back", severity: .high))
    }

    /// The scenario: a high complaint raises an alert; still open an hour later, it is escalated once.
    static func scenario(_ plugin: some PluginHarness) async throws {
        try await plugin.handle([complaint("k1"), complaint("k1")])
        let raised = try await plugin.publishedEvents()
        #expect(raised.map(\.type) == ["rapport.alert.raised"], "one alert, the repeat handled once")
        #expect(try plugin.query("SELECT complaint FROM open_complaints") == [["complaint": "k1"]])
        try await plugin.advanceClock(by: .seconds(3_600))
        let escalated = try await plugin.publishedEvents()
        guard case .alertRaised(let alert)? = escalated.first?.payload else {
            Issue.record("no escalation: \(escalated)")
            return
        }
        #expect(escalated.count == 1 && alert.severity == .critical)
    }

    @Test("in memory (PluginTestKit)")
    func inMemory() async throws {
        let kit = try PluginTestKit(name: ComplaintAlerts.name, publishes: ComplaintAlerts.publishes,
                                    router: ComplaintAlerts.router(escalateAfter: .seconds(3_600)), migrations: ComplaintAlerts.migrations)
        try await Self.scenario(kit)
    }

    /// Complaint alerts with the SDK's real runtime on `bus` (`batch`: the SDK's default when `nil`).
    static func live(on bus: BusProcess, batch: Int? = nil) throws -> LivePluginHarness {
        try LivePluginHarness(address: bus.address, statePath: bus.root + "/harness/state.sqlite", name: ComplaintAlerts.name,
                                     publishes: ComplaintAlerts.publishes, router: ComplaintAlerts.router(escalateAfter: .seconds(3_600)),
                                     migrations: ComplaintAlerts.migrations, batch: batch)
    }

    @Test("on a real bus (LivePluginHarness)")
    func onARealBus() async throws {
        let bus = try BusProcess()
        try bus.start()
        let live = try Self.live(on: bus)
        try await Self.scenario(live)
        await live.stop()
    }

    @Test("a DELIVER larger than the instance's batch is handled in several transactions: each input once, each output once")
    func deliverLargerThanABatch() async throws {
        let bus = try BusProcess()
        try bus.start()
        let live = try Self.live(on: bus, batch: 4)
        // 25 complaints in one publish: the bus hands them over in DELIVERs larger than 4.
        let ids = (1...25).map { "k\($0)" }
        try await live.handle(try ids.map(Self.complaint))
        let raised = try await live.publishedEvents()
        let alerts = raised.compactMap { event -> String? in
            guard case .alertRaised(let alert) = event.payload else { return nil }
            return alert.dedupKey
        }
        #expect(alerts.count == 25 && Set(alerts).count == 25, "one alert per complaint: \(alerts)")
        #expect(try live.query("SELECT COUNT(*) AS n FROM open_complaints") == [["n": "25"]])
        await live.stop()
    }

    /// A router whose one handler takes `pause` for each complaint and records it once.
    static func slowRouter(pause: TimeInterval) -> PluginRouter {
        var router = PluginRouter()
        router.on("rapport.complaint.received") { event, context in
            Thread.sleep(forTimeInterval: pause)
            try context.db.execute("INSERT INTO seen (id, times) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET times = times + 1",
                                   [.text(event.id)])
        }
        return router
    }

    @Test("a batch slower than three heartbeats keeps its membership: heartbeats go out between its events")
    func slowBatchKeepsItsMembership() async throws {
        let bus = try BusProcess()
        try bus.start()
        // 24 events of 40 ms in one transaction take about a second; the instance asks for a heartbeat every
        // 100 ms, so the bus would drop it after 300 ms of silence. Each handler alone is well within that.
        let live = try LivePluginHarness(address: bus.address, statePath: bus.root + "/slow/state.sqlite", name: "slow-handler",
                                         publishes: [], router: Self.slowRouter(pause: 0.04),
                                         migrations: [PluginMigration("seen", "CREATE TABLE seen (id TEXT PRIMARY KEY, times INTEGER NOT NULL)")],
                                         batch: 24, heartbeat: .milliseconds(100))
        let ids = (1...48).map { "s\($0)" }
        try await live.handle(try ids.map(Self.complaint))
        #expect(try live.query("SELECT COUNT(*) AS n, MAX(times) AS most FROM seen") == [["n": "48", "most": "1"]],
                "each event handled once")
        #expect(!bus.logText.contains("missed heartbeats"), "the bus dropped the instance during a batch: \(bus.logText)")
        await live.stop()
    }
}
