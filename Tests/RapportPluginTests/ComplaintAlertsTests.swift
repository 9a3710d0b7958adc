import ComplaintAlerts
import Foundation
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// The example plugin's logic, driven by the test kit: typed events in, a manual clock, the
/// same SQL on an in-memory store.
@Suite("Complaint alerts (test kit)")
struct ComplaintAlertsTests {
    private func kit() throws -> PluginTestKit {
        try PluginTestKit(name: ComplaintAlerts.name, publishes: ComplaintAlerts.publishes,
                          router: ComplaintAlerts.router(escalateAfter: .seconds(3_600)), migrations: ComplaintAlerts.migrations)
    }

    @Test("a high-severity complaint raises one alert carrying its location; others raise none")
    func raises() throws {
        let kit = try kit()
        #expect(try kit.deliver(Desk.complaint("k1"), Desk.complaint("k2", severity: .low)) == [.handled, .handled])
        let outputs = try kit.takeOutputs()
        #expect(outputs.map(\.type) == ["rapport.alert.raised"])
        guard case .alertRaised(let alert) = outputs.first?.payload else { return }
        #expect(alert.alertID == "complaint-k1" && alert.severity == .warning && alert.refs.complaintID == "k1")
        #expect(outputs.first?.location == "store-12" && outputs.first?.source == "/plugins/complaint-alerts")
        #expect(try kit.pendingTimers() == ["escalate:k1"])
    }

    @Test("a redelivered complaint is recognised as handled: no second alert")
    func duplicate() throws {
        let kit = try kit()
        try kit.deliver(Desk.complaint("k1"))
        #expect(try kit.deliver(Desk.complaint("k1")) == [.duplicate])
        #expect(try kit.takeOutputs().count == 1)
    }

    @Test("resolving the complaint resolves its alert and cancels the escalation")
    func resolves() throws {
        let kit = try kit()
        try kit.deliver(Desk.complaint("k1"))
        try kit.deliver(Desk.resolved("k1"))
        #expect(try kit.takeOutputs().map(\.type) == ["rapport.alert.raised", "rapport.alert.resolved"])
        #expect(try kit.pendingTimers().isEmpty)
        #expect(try kit.advance(by: .seconds(7_200)) == 0)
        #expect(try kit.takeOutputs().isEmpty)
    }

    @Test("a complaint still open after the escalation time raises one critical alert, once")
    func escalates() throws {
        let kit = try kit()
        try kit.deliver(Desk.complaint("k1"))
        _ = try kit.takeOutputs()
        #expect(try kit.advance(by: .seconds(3_599)) == 0)
        #expect(try kit.advance(by: .seconds(1)) == 1)
        let escalation = try kit.takeOutputs()
        guard case .alertRaised(let alert) = escalation.first?.payload else {
            Issue.record("no escalation: \(escalation)")
            return
        }
        #expect(alert.severity == .critical && alert.kind == "complaint.unresolved")
        #expect(escalation.first?.location == "store-12" && escalation.first?.partitionKey == "c-1")
        #expect(try kit.advance(by: .seconds(7_200)) == 0, "a timer fires once")
    }
}

/// The SDK's batch semantics, with a router made to fail on purpose.
@Suite("Plugin batches")
struct PluginBatchTests {
    @Test("a failing handler rolls back its own event only; the rest of the batch commits; an unreadable event fails alone")
    func poisonBesideGoodOnes() throws {
        var router = PluginRouter()
        router.on(ComplaintReceived.self) { complaint, _, context in
            try context.db.execute("INSERT INTO seen (complaint) VALUES (?)", [.text(complaint.complaintID)])
            try context.emit(AlertRaised(alertID: "a-\(complaint.complaintID)", severity: .info, kind: "test", summary: "s",
                                         dedupKey: complaint.complaintID))
            if complaint.complaintID == "poison" { throw PluginError("cannot handle this one") }
        }
        let kit = try PluginTestKit(name: "batches", router: router,
                                    migrations: [PluginMigration("seen", "CREATE TABLE seen (complaint TEXT PRIMARY KEY)")])
        let outcomes = try kit.deliver(bytes: [
            try Desk.complaint("k1").encoded(), try Desk.complaint("poison").encoded(),
            Array(#"{"specversion":"1.0","id":"old","source":"/x","type":"rapport.complaint.received","time":"2026-11-23T10:15:00Z","data":{}}"#.utf8),
            try Desk.complaint("k2").encoded(),
        ])
        #expect(outcomes[0] == .handled && outcomes[3] == .handled)
        guard case .failed(let error) = outcomes[1], case .failed(let unreadable) = outcomes[2] else {
            Issue.record("expected two failures: \(outcomes)")
            return
        }
        #expect(error.contains("cannot handle this one"))
        #expect(unreadable.contains("location"), "stored under an older catalogue: \(unreadable)")
        let seen = try kit.store.read { db in try db.rows("SELECT complaint FROM seen ORDER BY complaint").compactMap { $0.string("complaint") } }
        #expect(seen == ["k1", "k2"], "the poisoned event's insert was rolled back")
        #expect(try kit.takeOutputs().map(\.id).count == 2, "and so was its output")
        // Delivered again (the bus redelivers a NACK), it is handled afresh, not a duplicate.
        #expect(try kit.deliver(Desk.complaint("poison")).first != .duplicate)
    }

    @Test("migrations are named steps: a plugin's schema grows by adding steps, and a duplicate name is refused")
    func migrations() throws {
        #expect(throws: PluginError.self) {
            _ = try PluginStore(inMemory: [PluginMigration("a", "CREATE TABLE t (x TEXT)"), PluginMigration("a", "SELECT 1")])
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-\(UUID().uuidString)/state.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try PluginStore(path: path, migrations: [PluginMigration("one", "CREATE TABLE t (x TEXT)")])
        let grown = try PluginStore(path: path, migrations: [PluginMigration("one", "CREATE TABLE t (x TEXT)"),
                                                             PluginMigration("two", "ALTER TABLE t ADD COLUMN y TEXT")])
        try grown.read { db in _ = try db.rows("SELECT x, y FROM t") }
        // Every committed batch is on disk before it is acknowledged: WAL, synchronous FULL (2).
        #expect(try grown.writeSetting("PRAGMA journal_mode") == .text("wal"))
        #expect(try grown.writeSetting("PRAGMA synchronous") == .integer(2))
    }
}

/// A plugin's manifest is checked against its code.
@Suite("Plugin manifests against code")
struct ManifestCheckTests {
    private var manifestPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("plugins/examples/complaint-alerts/plugin.yaml").path
    }

    @Test("the example's manifest agrees with its code; a manifest that does not is refused, saying how")
    func agree() throws {
        let app = PluginApp(name: ComplaintAlerts.name, publishes: ComplaintAlerts.publishes, router: ComplaintAlerts.router(),
                            migrations: ComplaintAlerts.migrations)
        try app.check(manifestAt: manifestPath)
        var other = PluginRouter()
        other.on("rapport.promise.*") { _, _ in }
        let wrong = PluginApp(name: ComplaintAlerts.name, publishes: ["rapport.alert.raised"], router: other)
        #expect {
            try wrong.check(manifestAt: manifestPath)
        } throws: { error in
            let text = "\(error)"
            return text.contains("subscriptions are") && text.contains("publishes") && text.contains("make them agree")
        }
    }

    @Test("emitting a type the plugin does not declare is an error that rolls its event back")
    func undeclaredOutput() throws {
        var router = PluginRouter()
        router.on(ComplaintReceived.self) { complaint, _, context in
            try context.emit(AlertResolved(alertID: "a-\(complaint.complaintID)", reason: "r"))
        }
        let kit = try PluginTestKit(name: "strict", publishes: ["rapport.alert.raised"], router: router)
        guard case .failed(let error) = try kit.deliver(Desk.complaint("k1")).first else {
            Issue.record("the undeclared output was emitted")
            return
        }
        #expect(error.contains("does not declare"))
        #expect(try kit.takeOutputs().isEmpty)
    }
}
