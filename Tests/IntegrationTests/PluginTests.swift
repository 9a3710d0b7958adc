import Foundation
import RapportClient
import RapportPlugin
import Testing

/// A real plugin process (the complaint-alerts example, built on the SDK) against the real bus:
/// exactly-once effects across kill -9 at named fault points, two instances on one store, and
/// durable timers across a restart.
@Suite("Plugins on a real bus", .serialized)
struct PluginTests {
    /// Publishes `count` high-severity complaints (customers c-0 … c-9).
    private func complaints(_ bus: BusProcess, _ ids: [String]) throws {
        let outcomes = try Producer(bus.address).publish(ids.enumerated().map { TestEvents.complaint($1, customer: "c-\($0 % 10)") })
        #expect(outcomes.allSatisfy { $0.isStored })
    }

    /// The handled-input records in the plugin's store.
    private func handled(_ plugin: PluginProcess) throws -> Int {
        let store = try PluginStore(path: plugin.statePath, migrations: [])
        return try store.read { db in Int(try db.row("SELECT COUNT(*) AS n FROM rapport_handled")?.int("n") ?? -1) }
    }

    @Test("every high-severity complaint becomes exactly one alert")
    func alerts() throws {
        let bus = try BusProcess()
        try bus.start()
        let plugin = PluginProcess(bus: bus)
        try plugin.start()
        let ids = (0..<20).map { "k\($0)" }
        try complaints(bus, ids)
        _ = try Producer(bus.address).publish([TestEvents.complaint("low", severity: "low")])
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 20 }, "\(plugin.logText)")
        let alerts = try PluginProcess.alerts(bus)
        #expect(Set(alerts.map(\.id)) == Set(ids.map { "complaint-\($0)" }) && alerts.count == 20)
        #expect(plugin.terminate() == 0, "SIGTERM ends it cleanly: \(plugin.logText)")
        #expect(try handled(plugin) == 21)
    }

    @Test("kill -9 after the batch's transaction, before its ack: the redelivery is not handled twice, nothing is lost",
          arguments: ["plugin.after-commit", "plugin.after-ack"])
    func crash(at fault: String) throws {
        let bus = try BusProcess()
        try bus.start()
        let ids = (0..<30).map { "k\($0)" }
        try complaints(bus, ids)
        let plugin = PluginProcess(bus: bus)
        try plugin.start(environment: ["RAPPORT_FAULT": fault])
        #expect(plugin.waitForExit() == 9 || plugin.process?.terminationReason == .uncaughtSignal, "it died at \(fault)")
        let handledAtCrash = try handled(plugin)
        #expect(handledAtCrash > 0, "the batch was committed before the crash")
        try plugin.start()
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 30 })
        // Let a double (if there were one) arrive before counting.
        _ = PluginProcess.waitFor(seconds: 1) { false }
        let alerts = try PluginProcess.alerts(bus)
        #expect(alerts.count == 30, "one alert per complaint, none lost or doubled: \(alerts.count)")
        #expect(Set(alerts.map(\.id)).count == 30)
        #expect(try handled(plugin) == 30, "each input handled once")
        _ = plugin.terminate()
    }

    @Test("two instances share the group and the store: each complaint is handled once, by one of them")
    func twoInstances() throws {
        let bus = try BusProcess()
        try bus.start()
        let state = bus.root + "/shared/state.sqlite"
        let first = PluginProcess(bus: bus, instance: "ca-1", statePath: state)
        let second = PluginProcess(bus: bus, instance: "ca-2", statePath: state)
        try first.start()
        try second.start()
        #expect(try PluginProcess.waitFor {
            let groups = try bus.info()["groups"] as? [[String: Any]] ?? []
            return (groups.first?["members"] as? [Any])?.count == 2
        }, "both instances joined: \(first.logText)\n\(second.logText)")
        let ids = (0..<300).map { "k\($0)" }
        for chunk in stride(from: 0, to: ids.count, by: 50) { try complaints(bus, Array(ids[chunk..<chunk + 50])) }
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 300 })
        _ = PluginProcess.waitFor(seconds: 1) { false }
        let alerts = try PluginProcess.alerts(bus)
        #expect(alerts.count == 300 && Set(alerts.map(\.id)).count == 300)
        #expect(try handled(first) == 300)
        _ = first.terminate()
        _ = second.terminate()
    }

    @Test("timers survive a restart and fire only after catching up: a complaint resolved while the plugin was down is not escalated")
    func timersAfterCatchUp() throws {
        let bus = try BusProcess()
        try bus.start()
        let plugin = PluginProcess(bus: bus)
        let escalate = ["COMPLAINT_ALERTS_ESCALATE_AFTER_SECONDS": "2"]
        try plugin.start(environment: escalate)
        try complaints(bus, ["open", "fixed"])
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 2 })
        plugin.kill9()
        // While it is down: a backlog of other complaints arrives (more than one delivery's
        // worth), then one complaint is resolved, and both escalation times pass.
        let producer = try Producer(bus.address)
        for batch in 0..<10 {
            _ = try producer.publish((0..<300).map { TestEvents.complaint("low-\(batch)-\($0)", customer: "c-\($0 % 10)", severity: "low") })
        }
        _ = try producer.publish([TestEvents.complaintResolved("fixed", customer: "c-1")])
        Thread.sleep(forTimeInterval: 2.5)
        try plugin.start(environment: escalate)
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).contains { $0.id == "complaint-open-escalated" } },
                "\(plugin.logText)")
        _ = PluginProcess.waitFor(seconds: 1.5) { false }
        let alerts = try PluginProcess.alerts(bus)
        #expect(alerts.filter { $0.id == "complaint-open-escalated" }.count == 1, "fired once")
        #expect(!alerts.contains { $0.id == "complaint-fixed-escalated" }, "the resolve was read before the timer could fire")
        #expect(alerts.contains { $0.id == "complaint-fixed" && $0.kind == "rapport.alert.resolved" }, "its alert was resolved")
        _ = plugin.terminate()
    }
}
