import Foundation
import RapportClient
import RapportEvents
import RapportPlugin
import RapportWire
import Testing

/// The name-usage plugin as a real process on a real bus: interleaved interactions, a crash at
/// the SDK's fault point and a kill -9 mid-run with restarts; each interaction's
/// `rapport.name.checked` is in the bus's log exactly once, and the stored counts do not change
/// when everything is delivered again.
@Suite("Name usage on a real bus", .serialized)
struct NameUsageTests {
    static let interactions = 40

    /// Interaction n: a customer named Will (word-name) or Priya; the agent uses the name in
    /// every third interaction, says "will" as a word in others; every fifth has no transcript,
    /// only a tick on the even ones.
    static func events(_ n: Int) throws -> [TypedEvent] {
        let id = "int-\(n)"
        let customer = n % 2 == 0 ? "Will Hartley" : "Priya Raman"
        let given = customer.split(separator: " ")[0]
        let now = Date().timeIntervalSince1970
        func event(_ suffix: String, _ at: Double, _ data: some EventData) throws -> TypedEvent {
            try TypedEvent(id: "\(id)-\(suffix)", source: "/locations/store-12/desks/\(n % 3)",
                           time: Instant(millisecondsSinceEpoch: Int64((now + at) * 1_000))!, subject: id,
                           location: "store-12", agent: "agent-\(n % 4)", data: data)
        }
        var out = [try event("start", 0, InteractionStarted(interactionID: id, channel: .frontDesk,
                                                             customer: .init(id: "c-\(n)", name: customer),
                                                             agent: .init(id: "agent-\(n % 4)", name: "Sam Patel")))]
        if n % 5 == 0 {
            if n % 2 == 0 { out.append(try event("tick", 1, NameUsed(interactionID: id))) }
        } else {
            let line = n % 3 == 0 ? "Thanks, \(given), that's all done." : "I will check that for you."
            out.append(try event("u1", 1, Utterance(interactionID: id, speaker: .agent, text: "Good morning.", offsetMilliseconds: 1_000)))
            out.append(try event("u2", 2, Utterance(interactionID: id, speaker: .customer, text: "Hello.", offsetMilliseconds: 2_000)))
            out.append(try event("u3", 3, Utterance(interactionID: id, speaker: .agent, text: line, offsetMilliseconds: 3_000)))
        }
        out.append(try event("end", 4, InteractionEnded(interactionID: id)))
        return out
    }

    static func expectedUsed(_ n: Int) -> Bool { n % 5 == 0 ? n % 2 == 0 : n % 3 == 0 }

    /// Every `rapport.name.checked` in the bus's log: (interaction, used, transcript).
    static func checks(_ bus: BusProcess) throws -> [(interaction: String, used: Bool, transcript: Bool)] {
        let (_, events) = try BusConnection(bus.address).read(ReadRequest(from: .earliest, types: ["rapport.name.checked"], maxEvents: 10_000))
        return events.compactMap { event in
            guard let object = try? JSONSerialization.jsonObject(with: Data(event.event)) as? [String: Any],
                  let data = object["data"] as? [String: Any], let id = data["interaction"] as? String else { return nil }
            return (id, data["used"] as? Bool ?? false, data["transcript"] as? Bool ?? false)
        }
    }

    static func storedCounts(_ plugin: PluginProcess) throws -> (checks: Int, used: Int) {
        let store = try PluginStore(path: plugin.statePath, migrations: [])
        return try store.read { db in
            let row = try db.row("SELECT COUNT(*) AS n, COALESCE(SUM(used), 0) AS used FROM name_checks")
            return (Int(row?.int("n") ?? -1), Int(row?.int("used") ?? -1))
        }
    }

    @Test("interleaved interactions, a crash after a commit and a kill -9 mid-run: each decided exactly once, counts unchanged by redelivery")
    func exactlyOnceAcrossCrashes() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        // Interleave: the events of all interactions, round-robin by position.
        let all = try (0..<Self.interactions).map(Self.events)
        var interleaved: [TypedEvent] = []
        for position in 0..<(all.map(\.count).max() ?? 0) {
            for events in all where position < events.count { interleaved.append(events[position]) }
        }
        let half = interleaved.count / 2
        let settings = ["NAME_USAGE_GRACE_SECONDS": "1", "NAME_USAGE_IDLE_SECONDS": "600"]
        let plugin = PluginProcess(bus: bus, instance: "nu-1", program: "name-usage")

        #expect(try producer.publish(interleaved[..<half].map { $0.encoded() }).allSatisfy(\.isStored))
        try plugin.start(environment: settings.merging(["RAPPORT_FAULT": "plugin.after-commit"]) { $1 })
        #expect(plugin.waitForExit() == 9 || plugin.process?.terminationReason == .uncaughtSignal, "it died at the fault point: \(plugin.logText)")
        try plugin.start(environment: settings)
        #expect(try producer.publish(interleaved[half...].map { $0.encoded() }).allSatisfy(\.isStored))
        // Mid-run: once some interactions are decided, kill -9 and start again.
        #expect(try PluginProcess.waitFor { try Self.checks(bus).count >= 5 }, "\(plugin.logText)")
        plugin.kill9()
        try plugin.start(environment: settings)
        #expect(try PluginProcess.waitFor { try Self.checks(bus).count >= Self.interactions }, "\(plugin.logText)")
        _ = PluginProcess.waitFor(seconds: 2) { false }      // a double, if there were one, arrives meanwhile

        let checks = try Self.checks(bus)
        #expect(checks.count == Self.interactions, "one name.checked per interaction: \(checks.count)")
        #expect(Set(checks.map(\.interaction)).count == Self.interactions)
        for check in checks {
            let n = Int(check.interaction.dropFirst(4))!
            #expect(check.used == Self.expectedUsed(n), "\(check.interaction)")
            #expect(check.transcript == (n % 5 != 0), "\(check.interaction)")
        }
        #expect(plugin.terminate() == 0, "\(plugin.logText)")
        let counts = try Self.storedCounts(plugin)
        #expect(counts.checks == Self.interactions && counts.used == (0..<Self.interactions).count(where: Self.expectedUsed))

        // Everything again (the same events: duplicates at the bus) and the same content under new
        // ids (a capture tool resending): nothing changes.
        _ = try producer.publish(interleaved.map { $0.encoded() })
        let resent = try interleaved.map { event in
            try TypedEvent(id: "again-" + event.id, source: event.source, time: event.time, subject: event.subject,
                           location: event.location, agent: event.agent, payload: event.payload)
        }
        #expect(try producer.publish(resent.map { $0.encoded() }).allSatisfy(\.isStored))
        try plugin.start(environment: settings)
        #expect(try PluginProcess.waitFor {
            let groups = try bus.info()["groups"] as? [[String: Any]] ?? []
            return groups.contains { ($0["name"] as? String) == "name-usage" && ($0["lag"] as? Int) == 0 && ($0["in_flight"] as? Int) == 0 }
        }, "the plugin read everything again")
        _ = PluginProcess.waitFor(seconds: 3) { false }      // past the grace: a second verdict, if there were one, is out
        #expect(try Self.checks(bus).count == Self.interactions, "no second verdict")
        #expect(plugin.terminate() == 0)
        let after = try Self.storedCounts(plugin)
        #expect(after.checks == counts.checks && after.used == counts.used)
    }
}
