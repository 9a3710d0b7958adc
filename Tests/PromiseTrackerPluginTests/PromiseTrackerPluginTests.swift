import Foundation
import PromiseTrackerPlugin
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

@Suite("Promise tracker under the test kit: lifecycle, alerts exactly once, restarts")
struct PromiseTrackerPluginTests {
    typealias F = TrackerFixture

    @Test("made by words, due soon, overdue, kept late: each alert once, resolved when kept")
    func lifecycle() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.started("i-1", at: "2026-11-24T09:58:00Z"))
        try kit.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("by Friday")))
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.pendingTimers() == ["due-soon:p-1", "overdue:p-1"])
        #expect(try kit.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("by Friday"))) == [.duplicate])

        try F.advance(kit, to: "2026-11-27T15:29:59Z")
        #expect(try kit.takeOutputs().isEmpty)
        try F.advance(kit, to: "2026-11-27T15:30:00Z")
        let soon = try kit.takeOutputs()
        #expect(soon.compactMap(\.raised).map(\.kind.rawValue) == ["promise.due-soon"])
        #expect(soon.first?.raised?.summary == "Promise to Adaeze Okafor (call back with the repair quote) is due in 2 h at store-12; made by Sam Patel")
        #expect(soon.first?.raised?.severity == .warning)
        #expect(soon.first?.location == "store-12" && soon.first?.agent == "a-17")

        try F.advance(kit, to: "2026-11-27T17:30:00Z")
        let overdue = try kit.takeOutputs()
        #expect(overdue.compactMap(\.raised).map(\.kind.rawValue) == ["promise.overdue"])
        #expect(overdue.first?.raised?.severity == .critical)
        try F.advance(kit, to: "2026-11-28T17:30:00Z")
        #expect(try kit.takeOutputs().isEmpty)

        try kit.deliver(F.kept("p-1", at: "2026-11-27T20:30:00Z"))
        let kept = try kit.takeOutputs()
        #expect(Set(kept.compactMap(\.resolved).map(\.alertID)) == Set((soon + overdue).compactMap(\.raised).map(\.alertID)))
        #expect(kept.compactMap(\.raised).map(\.kind.rawValue) == ["promise.kept-late"])
        #expect(kept.compactMap(\.raised).first?.severity == .info)
        #expect(try kit.pendingTimers().isEmpty)
        // A second keep (another desk's capture) changes nothing.
        try kit.deliver(F.kept("p-1", at: "2026-11-27T21:00:00Z", id: "kept-again"))
        #expect(try kit.takeOutputs().isEmpty)
    }

    @Test("out of order: kept and revised before made give the same outcome, and no alert")
    func outOfOrder() throws {
        let kit = try F.kit(start: "2026-11-26T10:00:00Z")
        try kit.deliver(F.kept("p-1", at: "2026-11-26T09:00:00Z"))
        try kit.deliver(F.revised("p-1", at: "2026-11-25T10:00:00Z", due: .words("by Monday"), contacted: true, id: "rev-1"))
        try kit.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("tomorrow")))
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.pendingTimers().isEmpty)
        try F.advance(kit, to: "2026-12-05T10:00:00Z")
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.query("SELECT COUNT(*) AS n FROM promise_facts").first?["n"] == "3")
    }

    @Test("revised with the customer told: the due-soon alert is resolved and the new due gets its own deadlines")
    func revised() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("by Friday")))
        try F.advance(kit, to: "2026-11-27T16:00:00Z")
        let soon = try kit.takeOutputs()
        #expect(soon.compactMap(\.raised).count == 1)
        try kit.deliver(F.revised("p-1", at: "2026-11-27T16:00:00Z", due: .words("by Tuesday"), contacted: true, id: "rev-1"))
        let resolved = try kit.takeOutputs()
        #expect(resolved.compactMap(\.resolved).map(\.alertID) == soon.compactMap(\.raised).map(\.alertID))
        #expect(resolved.first?.resolved?.reason == "promise revised: now due Tue 1 Dec 2026, 17:30 Europe/London")
        try F.advance(kit, to: "2026-11-27T17:30:00Z")
        #expect(try kit.takeOutputs().isEmpty)   // the old due passes quietly
        try F.advance(kit, to: "2026-12-01T15:30:00Z")
        #expect(try kit.takeOutputs().compactMap(\.raised).map(\.dedupKey) == ["promise.due-soon:p-1:1796146200000"])
        try F.advance(kit, to: "2026-12-01T17:30:00Z")
        #expect(try kit.takeOutputs().compactMap(\.raised).map(\.dedupKey) == ["promise.overdue:p-1:1796146200000"])
    }

    @Test("unreadable due words: kept verbatim, one alert, resolved by a revision with a due")
    func unreadable() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("as soon as we can")))
        let raised = try kit.takeOutputs().compactMap(\.raised)
        #expect(raised.map(\.kind.rawValue) == ["promise.unreadable-due"])
        #expect(try kit.query("SELECT due_words, due_unreadable FROM promise_facts").first == ["due_words": "as soon as we can", "due_unreadable": "1"])
        try kit.deliver(F.revised("p-1", at: "2026-11-24T11:00:00Z", due: .words("by Friday"), contacted: true, id: "rev-1"))
        #expect(try kit.takeOutputs().compactMap(\.resolved).map(\.alertID) == raised.map(\.alertID))
        #expect(try kit.pendingTimers() == ["due-soon:p-1", "overdue:p-1"])
    }

    @Test("a deadline that passed while the plugin was down fires once on restart; one still ahead fires on time")
    func restart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("promise-restart-\(UUID().uuidString)/state.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        do {
            let before = try F.kit(start: "2026-11-24T10:00:00Z", statePath: path)
            try before.deliver(F.made("p-1", at: "2026-11-24T10:00:00Z", due: .words("by Friday")))
            try before.deliver(F.made("p-2", at: "2026-11-24T10:01:00Z", due: .words("by Monday 30 November"), id: "made-p-2"))
            _ = try before.takeOutputs()
        }
        // Down from Tuesday to Saturday morning: p-1's due-soon and overdue deadlines both passed.
        let after = try F.kit(start: "2026-11-28T09:00:00Z", statePath: path)
        #expect(try after.advance(by: .zero) == 2)
        #expect(try after.takeOutputs().compactMap(\.raised).map(\.dedupKey) == ["promise.overdue:p-1:1795800600000"])
        try F.advance(after, to: "2026-11-30T15:29:00Z")
        #expect(try after.takeOutputs().isEmpty)
        try F.advance(after, to: "2026-11-30T15:30:00Z")
        #expect(try after.takeOutputs().compactMap(\.raised).map(\.kind.rawValue) == ["promise.due-soon"])
        try F.advance(after, to: "2026-12-30T15:30:00Z")
        #expect(try after.takeOutputs().compactMap(\.raised).map(\.kind.rawValue) == ["promise.overdue"])
        #expect(try after.query("SELECT COUNT(*) AS n FROM promise_alerts").first?["n"] == "3")
    }

    @Test("settings from the environment, defaults, and an error naming a bad value")
    func settings() throws {
        #expect(try PromiseTrackerSettings.from(environment: [:]) == PromiseTrackerSettings())
        let json = try PromiseTrackerSettings.from(environment: ["RAPPORT_SETTINGS": #"{"due_soon_lead": "90m", "unlogged_grace": "4s"}"#])
        #expect(json == PromiseTrackerSettings(dueSoonLead: .seconds(5_400), unloggedGrace: .seconds(4)))
        let single = try PromiseTrackerSettings.from(environment: ["RAPPORT_SETTINGS": #"{"unlogged_grace": "4s"}"#,
                                                                  "PROMISE_TRACKER_UNLOGGED_GRACE": "9"])
        #expect(single.unloggedGrace == .seconds(9))
        #expect(throws: PluginError.self) { try PromiseTrackerSettings.from(environment: ["PROMISE_TRACKER_DUE_SOON_LEAD": "soon"]) }
    }
}

@Suite("The locations' calendars from the site's rapport.yaml (RAPPORT_CONFIG)")
struct TrackerLocationsTests {
    @Test("read from the file; none without one; an unreadable or invalid file is an error naming it")
    func locations() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tracker-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try """
            data_dir: /tmp/unused
            locations:
              store-12:
                time_zone: Europe/London
                hours: {fri: ["09:00-18:00"]}
                date_order: dmy
            """.write(toFile: directory + "/rapport.yaml", atomically: true, encoding: .utf8)
        let read = try PromiseTrackerSettings.locations(configurationPath: directory + "/rapport.yaml", dataDirectory: directory)
        #expect(read["store-12"]?.calendar.timeZoneIdentifier == "Europe/London")
        #expect(read["store-12"]?.dateOrder == .dmy)
        #expect(try PromiseTrackerSettings.locations(configurationPath: nil, dataDirectory: nil).isEmpty)
        #expect(throws: PluginError.self) { try PromiseTrackerSettings.locations(configurationPath: directory + "/missing.yaml", dataDirectory: nil) }
        try "locations: {store-12: {time_zone: Mars/Olympus}}\n".write(toFile: directory + "/bad.yaml", atomically: true, encoding: .utf8)
        #expect(throws: PluginError.self) { try PromiseTrackerSettings.locations(configurationPath: directory + "/bad.yaml", dataDirectory: directory) }
    }
}
