import Foundation
import NameUsage
import NameUsagePlugin
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// A location's rolling rate re-judged as its window moves, with no new verdict: the test kit's
/// manual clock walks past the moments interactions leave store-12's one-day window (minimum
/// sample 3, target 75%). Times are seconds after the kit's start (`Desk.base`).
@Suite("Rate re-checks") struct RateRecheckTests {
    static func kit(statePath: String? = nil, at seconds: Double = 0) throws -> PluginTestKit {
        let settings = NameUsageSettings(close: ClosePolicy(grace: .seconds(30), idle: .seconds(600)),
                                         target: RateTarget(window: .seconds(86_400), minimumSample: 3, target: 0.75))
        return try PluginTestKit(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes,
                                 router: NameUsagePlugin.router(settings: settings), migrations: NameUsagePlugin.migrations,
                                 start: Desk.base.addingTimeInterval(seconds), statePath: statePath)
    }

    /// Moves the clock to `seconds` after the start and fires the timers due; returns how many fired.
    @discardableResult
    static func move(_ kit: PluginTestKit, to seconds: Double) throws -> Int {
        kit.clock.set(Desk.base.addingTimeInterval(seconds))
        return try kit.advance(by: .zero)
    }

    /// The events of one interaction starting at `seconds`, the name used or not.
    static func events(_ id: String, at seconds: Double, used: Bool) -> [TypedEvent] {
        [Desk.started(id, customer: "Priya Raman", at: seconds),
         Desk.said(id, 1, .agent, used ? "Thank you, Priya." : "Thank you.", at: seconds + 1),
         Desk.ended(id, at: seconds + 2)]
    }

    /// Serves one interaction at `seconds` and lets its grace pass, so it is decided.
    static func serve(_ kit: PluginTestKit, _ id: String, at seconds: Double, used: Bool) throws {
        try move(kit, to: seconds)
        try kit.deliver(bytes: events(id, at: seconds, used: used).map { $0.encoded() })
        try move(kit, to: seconds + 30)
    }

    /// The rate alerts among `outputs`, as "raised <id>: <summary>" and "resolved <id>: <reason>".
    static func alerts(_ outputs: [TypedEvent]) -> [String] {
        outputs.compactMap { event in
            switch event.payload {
            case .alertRaised(let alert):
                #expect(alert.kind == .nameBelowTarget && alert.dedupKey == alert.alertID && event.location == "store-12")
                return "raised \(alert.alertID): \(alert.summary)"
            case .alertResolved(let resolved): return "resolved \(resolved.alertID): \(resolved.reason)"
            default: return nil
            }
        }
    }

    /// Three interactions without the name early on, three with it later: 0 of 3 raises, 3 of 6
    /// keeps it open.
    static func badThenGood(_ kit: PluginTestKit) throws {
        for (n, at) in [0.0, 100, 200].enumerated() { try serve(kit, "r\(n + 1)", at: at, used: false) }
        #expect(alerts(try kit.takeOutputs()) == [
            "raised name-below-target:store-12:1: Name usage at store-12 is 0.0% over the last 1 day (0 of 3 interactions used the customer's name), below the target of 75.0%.",
        ])
        for (n, at) in [40_000.0, 40_100, 40_200].enumerated() { try serve(kit, "r\(n + 4)", at: at, used: true) }
        #expect(alerts(try kit.takeOutputs()).isEmpty)
    }

    static func nextCheck(_ kit: PluginTestKit) throws -> Double? {
        try kit.query("SELECT next_check_ms FROM name_rate_alerts WHERE location = 'store-12'").first?["next_check_ms"]
            .map { Double($0)! / 1_000 - Desk.base.timeIntervalSince1970 }
    }

    @Test("early misses leaving the window resolve the alert with no new interaction")
    func missesLeave() throws {
        let kit = try Self.kit()
        try Self.badThenGood(kit)
        // One timer for the location, at the moment r1 (started at 0) leaves the one-day window.
        #expect(try kit.pendingTimers() == ["rate:store-12"])
        #expect(try Self.nextCheck(kit) == 86_400)
        #expect(try Self.move(kit, to: 86_399) == 0)
        // r1 leaves: 3 of 5 = 60%, still below.
        #expect(try Self.move(kit, to: 86_400) == 1)
        #expect(Self.alerts(try kit.takeOutputs()).isEmpty)
        #expect(try Self.nextCheck(kit) == 86_500)
        // r2 leaves: 3 of 4 = 75%, at the target: resolved.
        #expect(try Self.move(kit, to: 86_500) == 1)
        #expect(Self.alerts(try kit.takeOutputs()) == [
            "resolved name-below-target:store-12:1: name usage at store-12 recovered to 75.0% over the last 1 day (3 of 4 interactions; target 75.0%)",
        ])
        // r3 leaves (3 of 3), then r4, r5, r6 (too few, but no alert is open): nothing to say,
        // and once the window is empty no timer is left.
        for at in [86_600.0, 126_400, 126_500] {
            #expect(try Self.move(kit, to: at) == 1)
            #expect(try kit.pendingTimers() == ["rate:store-12"])
        }
        #expect(try Self.move(kit, to: 126_600) == 1)
        #expect(Self.alerts(try kit.takeOutputs()).isEmpty)
        #expect(try kit.pendingTimers().isEmpty)
        #expect(try Self.nextCheck(kit) == nil)
    }

    @Test("early uses leaving the window raise the alert; too small a sample resolves it")
    func usesLeave() throws {
        let kit = try Self.kit()
        // r1-r3 used the name, r4 and r5 too, r6 not: 5 of 6 = 83%, never below.
        for (n, at) in [0.0, 100, 200].enumerated() { try Self.serve(kit, "r\(n + 1)", at: at, used: true) }
        for (n, at) in [40_000.0, 40_100, 40_200].enumerated() { try Self.serve(kit, "r\(n + 4)", at: at, used: n < 2) }
        #expect(Self.alerts(try kit.takeOutputs()).isEmpty)
        // r1 leaves: 4 of 5 = 80%; r2: 3 of 4 = 75%; r3: 2 of 3 = 66.7%, below: raised.
        #expect(try Self.move(kit, to: 86_400) == 1)
        #expect(try Self.move(kit, to: 86_500) == 1)
        #expect(Self.alerts(try kit.takeOutputs()).isEmpty)
        #expect(try Self.move(kit, to: 86_600) == 1)
        #expect(Self.alerts(try kit.takeOutputs()) == [
            "raised name-below-target:store-12:1: Name usage at store-12 is 66.7% over the last 1 day (2 of 3 interactions used the customer's name), below the target of 75.0%.",
        ])
        // r4 leaves: 2 interactions, fewer than the 3 the rate needs: the warning is resolved and says why.
        #expect(try Self.move(kit, to: 126_400) == 1)
        #expect(Self.alerts(try kit.takeOutputs()) == [
            "resolved name-below-target:store-12:1: sample below minimum: 2 interactions at store-12 over the last 1 day, fewer than the 3 the rate needs to be judged",
        ])
        // The timer due when r5 leaves fires at 126,600, when r6 has left too: one re-check, an
        // empty window, no timer left.
        #expect(try Self.move(kit, to: 126_600) == 1)
        #expect(Self.alerts(try kit.takeOutputs()).isEmpty)
        #expect(try kit.pendingTimers().isEmpty)
    }

    @Test("redeliveries, and re-checks that came due while the plugin was down, raise and resolve once")
    func exactlyOnce() throws {
        let folder = NSTemporaryDirectory() + "name-usage-rate-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.sqlite"
        let first = try Self.kit(statePath: path)
        try Self.badThenGood(first)
        let checks = try first.query("SELECT * FROM name_checks ORDER BY interaction")

        // Down from 40,230 to 90,000: the re-check due at 86,400 fires once, as of now, when r1,
        // r2 and r3 have all left: 3 of 3, recovered.
        let second = try Self.kit(statePath: path, at: 90_000)
        #expect(try second.advance(by: .zero) == 1)
        #expect(Self.alerts(try second.takeOutputs()) == [
            "resolved name-below-target:store-12:1: name usage at store-12 recovered to 100.0% over the last 1 day (3 of 3 interactions; target 75.0%)",
        ])
        #expect(try second.advance(by: .zero) == 0)
        // Every event delivered again: duplicates; no verdict, count, alert or timer more.
        let again = [0.0, 100, 200].enumerated().flatMap { Self.events("r\($0.offset + 1)", at: $0.element, used: false) }
            + [40_000.0, 40_100, 40_200].enumerated().flatMap { Self.events("r\($0.offset + 4)", at: $0.element, used: true) }
        #expect(try second.deliver(bytes: again.map { $0.encoded() }) == Array(repeating: .duplicate, count: 18))
        #expect(try second.advance(by: .seconds(60)) == 0)
        #expect(try second.takeOutputs().isEmpty)
        #expect(try second.query("SELECT * FROM name_checks ORDER BY interaction") == checks)
        #expect(try second.pendingTimers() == ["rate:store-12"], "one timer per location, not one per replay")
        #expect(try Self.nextCheck(second) == 126_400)

        // Another restart before the next change: nothing fires, nothing is published.
        let third = try Self.kit(statePath: path, at: 90_100)
        #expect(try third.advance(by: .zero) == 0)
        #expect(try third.takeOutputs().isEmpty)
        #expect(try third.query("SELECT episode, open FROM name_rate_alerts") == [["episode": "1", "open": "0"]])
    }

    @Test("a location with no decided interaction has no re-check timer")
    func noData() throws {
        let kit = try Self.kit()
        try kit.deliver(Desk.started("open-1", customer: "Priya Raman", location: "store-9"))
        #expect(try kit.pendingTimers() == ["close:open-1"])
        #expect(try kit.query("SELECT * FROM name_rate_alerts").isEmpty)
        // Once it is decided its location has data: one re-check timer, when it leaves the window.
        try Self.move(kit, to: 600)
        #expect(try kit.pendingTimers() == ["rate:store-9"])
    }
}
