import Foundation
import PromiseTrackerPlugin
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

@Suite("Promises said but not logged")
struct UnloggedPromiseTests {
    typealias F = TrackerFixture

    @Test("an agent's commitment with no promise.made in its interaction: detected (logged false) and one unlogged alert, after the grace")
    func unlogged() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.started("i-1", at: "2026-11-24T09:58:00Z"),
                        F.said("i-1", "Did anyone call you back last week?", at: "2026-11-24T09:59:00Z", id: "u-1"),
                        F.said("i-1", "i will call you back by friday with the repair quote", at: "2026-11-24T10:00:00Z", id: "u-2"),
                        F.said("i-1", "I'll be sure to chase you up by Friday", at: "2026-11-24T10:00:30Z", speaker: .customer, id: "u-3"),
                        F.ended("i-1", at: "2026-11-24T10:01:00Z"))
        try F.advance(kit, to: "2026-11-24T10:05:59Z")
        #expect(try kit.takeOutputs().isEmpty)
        try F.advance(kit, to: "2026-11-24T10:06:00Z")
        let out = try kit.takeOutputs()
        let detected = out.compactMap { $0.payload.eventData as? PromiseDetected }
        #expect(detected.count == 1)
        #expect(detected.first?.logged == false)
        #expect(detected.first?.text == "i will call you back by friday with the repair quote")
        #expect(detected.first?.due?.millisecondsSinceEpoch == 1_795_800_600_000)
        let alerts = out.compactMap(\.raised)
        #expect(alerts.map(\.kind.rawValue) == ["promise.unlogged"])
        #expect(alerts.first?.summary == "Sam Patel promised \"i will call you back by friday with the repair quote\" (due Fri 27 Nov 2026, 17:30 Europe/London) in interaction i-1 at store-12, and no promise was logged")
        // Redelivered events and a second end change nothing.
        #expect(try kit.deliver(F.said("i-1", "i will call you back by friday with the repair quote", at: "2026-11-24T10:00:00Z", id: "u-2"),
                                F.ended("i-1", at: "2026-11-24T10:01:00Z")) == [.duplicate, .duplicate])
        try F.advance(kit, to: "2026-11-24T11:00:00Z")
        #expect(try kit.takeOutputs().isEmpty)
    }

    @Test("a promise.made in the interaction, even captured within the grace after its end: detected as logged, no alert")
    func logged() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.said("i-2", "We'll have the part ordered within two working days.", at: "2026-11-24T10:00:00Z", id: "u-1"),
                        F.ended("i-2", at: "2026-11-24T10:01:00Z"))
        try F.advance(kit, to: "2026-11-24T10:03:00Z")
        try kit.deliver(F.made("p-9", at: "2026-11-24T10:00:10Z", due: .words("within two working days"), interaction: "i-2"))
        try F.advance(kit, to: "2026-11-24T10:06:00Z")
        let out = try kit.takeOutputs()
        #expect(out.compactMap { $0.payload.eventData as? PromiseDetected }.map(\.logged) == [true])
        #expect(out.compactMap(\.raised).isEmpty)
    }

    @Test("two commitments and one promise logged: the logged one covers the commitment it matches, the other raises an unlogged alert; a late third one is decided alone")
    func oneOfTwoLogged() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.said("i-3", "I'll email you the refund form today", at: "2026-11-24T10:00:00Z", id: "u-1"),
                        F.said("i-3", "i will call you back by friday with the repair quote", at: "2026-11-24T10:00:20Z", id: "u-2"),
                        F.made("p-3", at: "2026-11-24T10:00:40Z", due: .words("by Friday"), interaction: "i-3"),
                        F.ended("i-3", at: "2026-11-24T10:01:00Z"))
        try F.advance(kit, to: "2026-11-24T10:06:00Z")
        let out = try kit.takeOutputs()
        let detected = out.compactMap { $0.payload.eventData as? PromiseDetected }
        #expect(detected.map(\.text) == ["I'll email you the refund form today", "i will call you back by friday with the repair quote"])
        #expect(detected.map(\.logged) == [false, true])
        let alerts = out.compactMap(\.raised)
        #expect(alerts.map(\.kind.rawValue) == ["promise.unlogged"])
        #expect(alerts.first?.summary.contains("refund form") == true)
        // Heard after the decision (captured late): the logged promise already covers another commitment.
        try kit.deliver(F.said("i-3", "I'll send the courier booking by tomorrow", at: "2026-11-24T10:00:50Z", id: "u-9"))
        let late = try kit.takeOutputs()
        #expect(late.compactMap { $0.payload.eventData as? PromiseDetected }.map(\.logged) == [false])
        #expect(late.compactMap(\.raised).count == 1)
    }

    @Test("an interaction whose end never comes is decided idle_close (4 h) after its last commitment; an end arriving later changes nothing")
    func neverEnds() throws {
        let kit = try F.kit(start: "2026-11-24T10:00:00Z")
        try kit.deliver(F.said("i-4", "I'll ring you back about the refund", at: "2026-11-24T10:00:00Z", id: "u-1"),
                        F.said("i-4", "and I'll post the forms tomorrow", at: "2026-11-24T10:30:00Z", id: "u-2"))
        try F.advance(kit, to: "2026-11-24T14:29:59Z")
        #expect(try kit.takeOutputs().isEmpty, "4 h after the last commitment, not the first")
        try F.advance(kit, to: "2026-11-24T14:30:00Z")
        let out = try kit.takeOutputs()
        #expect(out.compactMap { $0.payload.eventData as? PromiseDetected }.map(\.logged) == [false, false])
        #expect(out.compactMap(\.raised).count == 2)
        try kit.deliver(F.ended("i-4", at: "2026-11-24T15:00:00Z"))
        try F.advance(kit, to: "2026-11-24T16:00:00Z")
        #expect(try kit.takeOutputs().isEmpty)
    }

    @Test("idle_close is a setting")
    func idleCloseSetting() throws {
        let settings = try PromiseTrackerSettings.from(environment: ["RAPPORT_SETTINGS": #"{"idle_close": "90m"}"#])
        #expect(settings.idleClose == .seconds(5_400))
        #expect(try PromiseTrackerSettings.from(environment: ["PROMISE_TRACKER_IDLE_CLOSE": "2h"]).idleClose == .seconds(7_200))
        #expect(throws: PluginError.self) { try PromiseTrackerSettings.from(environment: ["PROMISE_TRACKER_IDLE_CLOSE": "soon"]) }
    }
}
