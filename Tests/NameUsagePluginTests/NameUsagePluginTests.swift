import Foundation
import NameMatching
import NameUsage
import NameUsagePlugin
import RapportCalendar
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// The plugin driven by the test kit: typed events in, a manual clock, the same SQL in memory.
@Suite("NameUsagePlugin") struct NameUsagePluginTests {
    static func kit(grace: Int = 30, idle: Int = 600, window: Int = 86_400, minimumSample: Int = 3, target: Double = 0.75) throws -> PluginTestKit {
        let settings = NameUsageSettings(close: ClosePolicy(grace: .seconds(grace), idle: .seconds(idle)),
                                         target: RateTarget(window: .seconds(window), minimumSample: minimumSample, target: target))
        return try PluginTestKit(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes,
                                 router: NameUsagePlugin.router(settings: settings), migrations: NameUsagePlugin.migrations)
    }

    static func checks(_ outputs: [TypedEvent]) -> [String: NameChecked] {
        var checks: [String: NameChecked] = [:]
        for event in outputs { if case .nameChecked(let check) = event.payload { checks[check.interactionID] = check } }
        return checks
    }

    static func count(_ kit: PluginTestKit) throws -> Int {
        try kit.store.read { db in Int(try db.row("SELECT COUNT(*) AS n FROM name_checks")?.int("n") ?? -1) }
    }

    @Test("interleaved interactions are each decided once the end arrived and the grace passed")
    func interleaved() throws {
        let kit = try Self.kit()
        try kit.deliver(Desk.started("i1", customer: "Will Hartley"), Desk.started("i2", customer: "Adaeze Okafor", title: "Mrs"),
                        Desk.said("i1", 1, .agent, "Morning! I will check that for you."),
                        Desk.said("i2", 1, .agent, "Good morning, Mrs Okafor."),
                        Desk.said("i1", 2, .customer, "Thanks."), Desk.ticked("i1"),
                        Desk.said("i1", 3, .agent, "Will, your car is ready."),
                        Desk.ended("i2"))
        #expect(try kit.advance(by: .seconds(29)) == 0)
        #expect(try kit.takeOutputs().isEmpty)
        try kit.deliver(Desk.ended("i1"))
        #expect(try kit.advance(by: .seconds(1)) == 1)               // i2's grace passed
        let first = try kit.takeOutputs()
        #expect(first.map(\.type) == ["rapport.name.checked"])
        #expect(first.first?.subject == "i2" && first.first?.location == "store-12" && first.first?.agent == "a-7")
        #expect(Self.checks(first)["i2"] == (try NameChecked(interactionID: "i2", used: true, forms: ["Mrs Okafor"], firstOffsetMilliseconds: 1_000,
                                                            agentTurns: 1, ticked: false, transcript: true)))
        #expect(try kit.advance(by: .seconds(30)) == 1)
        #expect(Self.checks(try kit.takeOutputs())["i1"] == (try NameChecked(
            interactionID: "i1", used: true, forms: ["Will"], firstOffsetMilliseconds: 3_000, agentTurns: 2, ticked: true, transcript: true)))
        #expect(try Self.count(kit) == 2)
        // No close timer is left; the location's rate is re-judged when its window next moves.
        #expect(try kit.pendingTimers() == ["rate:store-12"])
    }

    @Test("the transcript outranks the tick; no transcript: the tick alone decides and says so")
    func tickAndTranscript() throws {
        let kit = try Self.kit()
        try kit.deliver(Desk.started("i1", customer: "Grace Mensah"), Desk.said("i1", 1, .agent, "There's a grace period of ten days."),
                        Desk.ticked("i1"), Desk.ended("i1"),
                        Desk.started("i2", customer: "Grace Mensah"), Desk.ticked("i2"), Desk.ended("i2"),
                        Desk.started("i3", customer: "Grace Mensah"), Desk.ended("i3"))
        try kit.advance(by: .seconds(30))
        let checks = Self.checks(try kit.takeOutputs())
        #expect(checks["i1"]?.used == false && checks["i1"]?.ticked == true && checks["i1"]?.transcript == true)
        #expect(checks["i2"] == (try NameChecked(interactionID: "i2", used: true, forms: [], agentTurns: 0, ticked: true, transcript: false)))
        #expect(checks["i3"] == (try NameChecked(interactionID: "i3", used: false, forms: [], agentTurns: 0, ticked: false, transcript: false)))
    }

    @Test("late events within the grace count; events out of order give the same verdict; an interaction that never ends closes when idle")
    func lateOutOfOrderAndIdle() throws {
        let kit = try Self.kit()
        // i1: the utterance arrives before its start, the end before the last utterance.
        try kit.deliver(Desk.said("i1", 2, .agent, "Thanks, Bob."), Desk.ended("i1"))
        try kit.deliver(Desk.started("i1", customer: "Robert Fraser"))
        try kit.advance(by: .seconds(20))
        try kit.deliver(Desk.said("i1", 1, .agent, "Hello Mr Fraser."))      // late, within the grace
        // i2 never ends.
        try kit.deliver(Desk.started("i2", customer: "Robert Fraser"), Desk.said("i2", 1, .agent, "Hello there."))
        try kit.advance(by: .seconds(10))
        let i1 = Self.checks(try kit.takeOutputs())["i1"]
        #expect(i1?.forms == ["Mr Fraser", "Bob"] && i1?.firstOffsetMilliseconds == 1_000 && i1?.agentTurns == 2)
        #expect(try kit.advance(by: .seconds(589)) == 0)
        #expect(try kit.advance(by: .seconds(1)) == 1)
        let i2 = Self.checks(try kit.takeOutputs())["i2"]
        #expect(i2?.used == false && i2?.transcript == true && i2?.agentTurns == 1)
        let closedBy = try kit.store.read { db in try db.row("SELECT closed_by FROM name_checks WHERE interaction = 'i2'")?.string("closed_by") }
        #expect(closedBy == "idle")
    }

    @Test("a redelivered event, or the same event sent again under a new id, never changes a result or a count")
    func exactlyOnce() throws {
        let kit = try Self.kit()
        let events = [Desk.started("i1", customer: "Dana Whitfield"), Desk.said("i1", 1, .agent, "Lovely to see you, Dana."),
                      Desk.said("i1", 2, .agent, "Anything else?"), Desk.ended("i1")]
        for event in events { try kit.deliver(event) }
        #expect(try kit.deliver(events[1], events[2]) == [.duplicate, .duplicate])
        try kit.deliver(Desk.copy(events[2], id: "resent-u2"))           // a capture tool's resend: same utterance, new id
        try kit.advance(by: .seconds(30))
        let first = Self.checks(try kit.takeOutputs())["i1"]
        #expect(first?.agentTurns == 3)          // the resend is a third turn as far as the bus can tell
        // After the decision: redeliveries and new events about i1 change nothing.
        #expect(try kit.deliver(events[0], events[3]) == [.duplicate, .duplicate])
        try kit.deliver(Desk.copy(events[1], id: "resent-u1"), Desk.copy(events[3], id: "resent-end"), Desk.ticked("i1"))
        try kit.advance(by: .seconds(3_600))
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try Self.count(kit) == 1)
        #expect(try kit.pendingTimers() == ["rate:store-12"])
    }

    @Test("a location's rolling rate raises name.below-target once when it falls below, and resolves it when it recovers")
    func rateAlert() throws {
        let kit = try Self.kit(minimumSample: 3, target: 0.75)
        var alerts: [String] = []
        func interaction(_ n: Int, used: Bool) throws {
            let id = "r\(n)"
            try kit.deliver(Desk.started(id, customer: "Priya Raman", at: Double(n * 100)),
                            Desk.said(id, 1, .agent, used ? "Thank you, Priya." : "Thank you.", at: Double(n * 100 + 1)),
                            Desk.ended(id, at: Double(n * 100 + 2)))
            try kit.advance(by: .seconds(30))
            for event in try kit.takeOutputs() {
                switch event.payload {
                case .alertRaised(let alert):
                    #expect(alert.kind == .nameBelowTarget && alert.dedupKey == alert.alertID && event.location == "store-12")
                    alerts.append("raised \(alert.alertID) after r\(n)")
                case .alertResolved(let resolved): alerts.append("resolved \(resolved.alertID) after r\(n)")
                default: break
                }
            }
        }
        // used: 1/1, 1/2 (too few), 1/3 raise, 2/4, 3/5, 4/6 (0.67), 5/7 (0.71), 6/8 (0.75) resolve, 6/9 raise again
        for (n, used) in [true, false, false, true, true, true, true, true, false].enumerated() { try interaction(n + 1, used: used) }
        #expect(alerts == ["raised name-below-target:store-12:1 after r3", "resolved name-below-target:store-12:1 after r8",
                           "raised name-below-target:store-12:2 after r9"])
    }

    @Test("the month is counted from the start in the location's zone, else at the desk's offset")
    func month() throws {
        let settings = NameUsageSettings(close: ClosePolicy(grace: .seconds(30), idle: .seconds(600)),
                                         calendars: ["store-tokyo": try LocationCalendar(timeZone: "Asia/Tokyo", weekly: [:])])
        let kit = try PluginTestKit(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes,
                                    router: NameUsagePlugin.router(settings: settings), migrations: NameUsagePlugin.migrations)
        let halloweenEvening = Double(1_793_476_800) - Desk.base.timeIntervalSince1970      // 2026-10-31T20:00:00Z
        try kit.deliver(Desk.started("tokyo", customer: "Yuki Tanaka", at: halloweenEvening, location: "store-tokyo"),
                        Desk.ended("tokyo", location: "store-tokyo"),
                        Desk.started("london", customer: "Ann Lee", at: halloweenEvening, location: "store-9"), Desk.ended("london", location: "store-9"))
        try kit.advance(by: .seconds(30))
        let months = try kit.store.read { db in
            try db.rows("SELECT interaction, month FROM name_checks ORDER BY interaction").map { "\($0.string("interaction")!) \($0.string("month")!)" }
        }
        #expect(months == ["london 2026-10", "tokyo 2026-11"])
    }

    @Test("settings come from the environment, with errors that name the variable")
    func settings() throws {
        let read = try NameUsageSettings(environment: ["NAME_USAGE_GRACE_SECONDS": "5", "NAME_USAGE_RATE_TARGET": "0.8",
                                                       "NAME_USAGE_RATE_MIN_SAMPLE": "10"])
        #expect(read.close.grace == .seconds(5) && read.target.target == 0.8 && read.target.minimumSample == 10)
        #expect(read.close.idle == .seconds(14_400))
        #expect(throws: PluginError.self) { try NameUsageSettings(environment: ["NAME_USAGE_RATE_TARGET": "90%"]) }
        #expect(throws: PluginError.self) { try NameUsageSettings(environment: ["NAME_USAGE_IDLE_SECONDS": "0"]) }
        #expect(throws: PluginError.self) { try NameUsageSettings(environment: ["RAPPORT_CONFIG": "/nonexistent/rapport.yaml"]) }
    }

    @Test("the locations' calendars come from the site's configuration, the site's nicknames from its own file")
    func files() throws {
        let folder = NSTemporaryDirectory() + "name-usage-settings-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "data_dir: \(folder)/data\nlocations:\n  store-tokyo:\n    time_zone: Asia/Tokyo\n".write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        try "Wilhelmina: Mina, Willa\n".write(toFile: folder + "/nicknames.txt", atomically: true, encoding: .utf8)
        try "Wilhelmina Mina Willa\n".write(toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
        let read = try NameUsageSettings(environment: ["RAPPORT_CONFIG": folder + "/rapport.yaml", "NAME_USAGE_NICKNAMES_FILE": folder + "/nicknames.txt"])
        #expect(read.calendars["store-tokyo"]?.timeZoneIdentifier == "Asia/Tokyo")
        let check = read.matcher.check(customer: .init(fullName: "Wilhelmina Braun"), agentName: "Sam",
                                       utterances: [.init(speaker: .agent, text: "Thanks, Mina.")])
        #expect(check.used && check.forms == ["Mina"])
        #expect(throws: PluginError.self) { try NameUsageSettings(environment: ["NAME_USAGE_NICKNAMES_FILE": folder + "/broken.txt"]) }
    }
}
