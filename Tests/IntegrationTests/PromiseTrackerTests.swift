import Foundation
import RapportClient
import RapportEvents
import RapportWire
import Testing

/// The real `promise-tracker` process on a real bus, killed with kill -9 in the middle of its
/// work and started again: every alert is in the bus's log exactly once, deadlines that passed
/// while it was down fire once after it has caught up, and a promise kept while it was down
/// raises nothing.
@Suite("Promise tracker on a real bus", .serialized)
struct PromiseTrackerTests {
    private static func event(_ id: String, at time: Date = Date(), _ data: some EventData) throws -> [UInt8] {
        let instant = Instant(millisecondsSinceEpoch: Int64((time.timeIntervalSince1970 * 1_000).rounded()))!
        return try TypedEvent(id: id, source: "/locations/store-12/desks/3", time: instant, location: "store-12", agent: "a-17",
                              partitionKey: "c-1", data: data).encoded()
    }

    private static func made(_ promise: String, due: Date, interaction: String) throws -> [UInt8] {
        let instant = Instant(millisecondsSinceEpoch: Int64((due.timeIntervalSince1970 * 1_000).rounded()))!
        return try event("made-\(promise)", PromiseMade(promiseID: promise, interactionID: interaction,
                                                       customer: .init(id: "c-1", name: "Adaeze Okafor"),
                                                       what: "call back with the repair quote", due: .instant(instant)))
    }

    /// Every alert event from the tracker in the bus's log: (type, dedup or alert id, kind).
    private static func alerts(_ bus: BusProcess) throws -> [(type: String, key: String, kind: String)] {
        let (_, events) = try BusConnection(bus.address).read(ReadRequest(from: .earliest, types: ["rapport.alert.*"], maxEvents: 10_000))
        return events.compactMap { event in
            guard let object = try? JSONSerialization.jsonObject(with: Data(event.event)) as? [String: Any],
                  let data = object["data"] as? [String: Any], let type = object["type"] as? String else { return nil }
            return (type, (data["dedup"] ?? data["alert"]) as? String ?? "", data["kind"] as? String ?? "")
        }
    }

    private static func detections(_ bus: BusProcess) throws -> Int {
        try BusConnection(bus.address).read(ReadRequest(from: .earliest, types: ["rapport.promise.detected"], maxEvents: 10_000)).1.count
    }

    @Test("kill -9 mid-run and restart: each alert once in the bus's log, overdue fired once after catch-up, a keep read while down cancels its deadlines")
    func killAndRestart() throws {
        let bus = try BusProcess()
        try bus.start()
        let plugin = PluginProcess(bus: bus, instance: "pt-1", executable: PluginProcess.binary("promise-tracker"))
        let settings = ["PROMISE_TRACKER_DUE_SOON_LEAD": "2s", "PROMISE_TRACKER_UNLOGGED_GRACE": "1s"]
        try plugin.start(environment: settings)
        let producer = try Producer(bus.address)
        let start = Date()
        // p-a: due soon at +2 s, due at +5 s (passes while the plugin is down).
        // p-b: due soon at +10 s, due at +12 s (after the restart).
        // p-c: due at +7 s, kept while the plugin is down.
        #expect(try producer.publish([
            Self.made("p-a", due: start.addingTimeInterval(5), interaction: "i-1"),
            Self.made("p-b", due: start.addingTimeInterval(12), interaction: "i-1"),
            Self.made("p-c", due: start.addingTimeInterval(7), interaction: "i-1"),
        ]).allSatisfy(\.isStored))
        #expect(try PluginProcess.waitFor { try Self.alerts(bus).contains { $0.key.hasPrefix("promise.due-soon:p-a:") } }, "\(plugin.logText)")
        plugin.kill9()

        // While it is down: p-c kept, an agent promises something nobody logs, p-a's due passes.
        #expect(try producer.publish([
            Self.event("kept-p-c", PromiseKept(promiseID: "p-c")),
            Self.event("u-1", Utterance(interactionID: "i-9", speaker: .agent, text: "I'll ring you back tomorrow with the price")),
            Self.event("end-i-9", InteractionEnded(interactionID: "i-9")),
        ]).allSatisfy(\.isStored))
        Thread.sleep(forTimeInterval: max(0, start.addingTimeInterval(8).timeIntervalSinceNow))
        try plugin.start(environment: settings)

        #expect(try PluginProcess.waitFor(seconds: 40) { try Self.alerts(bus).contains { $0.key.hasPrefix("promise.overdue:p-b:") } },
                "\(plugin.logText)")
        _ = PluginProcess.waitFor(seconds: 1.5) { false }
        let alerts = try Self.alerts(bus)
        let raised = alerts.filter { $0.type == "rapport.alert.raised" }.map(\.key)
        #expect(Set(raised).count == raised.count, "no alert twice: \(raised)")
        #expect(raised.filter { $0.hasPrefix("promise.due-soon:p-a:") }.count == 1)
        #expect(raised.filter { $0.hasPrefix("promise.overdue:p-a:") }.count == 1, "the deadline passed while down fires once")
        #expect(raised.filter { $0.hasPrefix("promise.due-soon:p-b:") }.count == 1)
        #expect(raised.filter { $0.hasPrefix("promise.overdue:p-b:") }.count == 1)
        #expect(!raised.contains { $0.contains(":p-c") }, "the keep read after the restart came before p-c's deadlines: \(raised)")
        #expect(raised.filter { $0.hasPrefix("promise.unlogged:i-9:") }.count == 1)
        #expect(raised.count == 5, "\(raised)")
        #expect(try Self.detections(bus) == 1)
        #expect(plugin.terminate() == 0, "SIGTERM ends it cleanly: \(plugin.logText)")
    }
}
