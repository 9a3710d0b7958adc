import FeedbackAggregatorPlugin
import Foundation
import RapportEvents
import RapportPluginTesting
import Testing

/// Goals re-checked as the rolling window moves, with no new response: the test kit's manual
/// clock walks past the moments days leave the 28-day window of store-12 (Europe/London; the
/// clocks go back on 25 October 2026, so a day starts at 23:00 UTC before and 00:00 UTC after).
/// Only store-12 answers, so the organisation's figures are the same and alert alongside it.
@Suite struct GoalRecheckTests {
    static let both = ["goals:location:store-12", "goals:organisation"]

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// Moves the clock to `time` and fires the timers due by then; returns how many fired.
    @discardableResult
    static func move(_ kit: PluginTestKit, to time: String) throws -> Int {
        kit.clock.set(at(time))
        return try kit.advance(by: .zero)
    }

    /// Delivers CSAT answers at `time` (the clock moved there first), one event each.
    static func answers(_ kit: PluginTestKit, _ prefix: String, at time: String, csat: [Int]) throws {
        try move(kit, to: time)
        for (i, score) in csat.enumerated() {
            #expect(try kit.deliver(try FeedbackEvents.feedback("\(prefix)-\(i)", at: time, csat: score)) == [.handled])
        }
    }

    static func goalAlerts(_ outputs: [TypedEvent]) -> (raised: [AlertRaised], resolved: [AlertResolved]) {
        (outputs.compactMap(\.alertRaised).filter { $0.kind == .feedbackBelowTarget }, outputs.compactMap(\.alertResolved))
    }

    /// When each scope's re-check is due, from the plugin's own record, as ISO 8601 text.
    static func nextChecks(_ kit: PluginTestKit) throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try kit.query("SELECT scope, next_check FROM feedback_goal_windows") {
            let formatter = ISO8601DateFormatter()
            out[row["scope"]!] = row["next_check"].map { formatter.string(from: Date(timeIntervalSince1970: Double($0)! / 1_000)) } ?? "none"
        }
        return out
    }

    /// Bad days, then good ones, then silence: the bad days leave the window and the warning is
    /// resolved with no new response.
    static func badThenGood(_ kit: PluginTestKit) throws {
        // 1 and 2 October: three CSAT 3s (not satisfied, not a detractor): 0 of 3 = 0%, below 80%.
        try answers(kit, "a", at: "2026-10-01T10:00:00+01:00", csat: [3, 3])
        try answers(kit, "b", at: "2026-10-02T10:00:00+01:00", csat: [3])
        let raised = goalAlerts(try kit.takeOutputs()).raised
        #expect(Set(raised.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(raised.first { $0.alertID.contains("store-12") }?.summary
            == "CSAT at store-12 over the last 28 days is 0% (3 answers), below its target of 80%.")
        // 10 October: three 5s. 3 of 6 = 50%: still below, no second alert.
        try answers(kit, "c", at: "2026-10-10T10:00:00+01:00", csat: [5, 5, 5])
        #expect(try kit.takeOutputs().isEmpty)
    }

    @Test func badDaysLeavingTheWindowResolveTheWarningWithNoNewResponse() throws {
        let kit = try FeedbackEvents.kit(start: Self.at("2026-10-01T08:00:00Z"))
        try Self.badThenGood(kit)
        // One timer per scope, at the moment 1 October (the oldest day with answers) leaves:
        // 29 October starts at 00:00 GMT.
        #expect(try kit.pendingTimers() == Self.both)
        #expect(try Self.nextChecks(kit) == ["location:store-12": "2026-10-29T00:00:00Z", "organisation": "2026-10-29T00:00:00Z"])

        #expect(try Self.move(kit, to: "2026-10-28T23:59:59Z") == 0)
        // 1 October leaves: 2 October's 3 and 10 October's three 5s, 3 of 4 = 75%, still below.
        #expect(try Self.move(kit, to: "2026-10-29T00:00:00Z") == 2)
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try Self.nextChecks(kit) == ["location:store-12": "2026-10-30T00:00:00Z", "organisation": "2026-10-30T00:00:00Z"])
        // 2 October leaves: 3 of 3 = 100%, recovered.
        #expect(try Self.move(kit, to: "2026-10-30T00:00:00Z") == 2)
        let resolved = Self.goalAlerts(try kit.takeOutputs()).resolved
        #expect(Set(resolved.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(resolved.allSatisfy { $0.reason == "recovered: 100% on 3 answers, target 80%" })
        #expect(try Self.nextChecks(kit) == ["location:store-12": "2026-11-07T00:00:00Z", "organisation": "2026-11-07T00:00:00Z"])

        // A late comment card dated 2 October is judged in the window as last judged (3 to 30
        // October), where its day no longer is: 3 of 3 stands, nothing is raised again.
        try kit.deliver(try FeedbackEvents.feedback("late-1", at: "2026-10-02T16:00:00+01:00", csat: 3))
        #expect(Self.goalAlerts(try kit.takeOutputs()).raised.isEmpty)

        // 10 October leaves on 7 November: the window is empty, the alert already closed, and no
        // timer is left (nothing can change until a new response comes).
        #expect(try Self.move(kit, to: "2026-11-07T00:00:00Z") == 2)
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.pendingTimers().isEmpty)
        #expect(try Self.nextChecks(kit) == ["location:store-12": "none", "organisation": "none"])
        #expect(try Self.move(kit, to: "2026-12-31T00:00:00Z") == 0)
    }

    @Test func goodDaysLeavingTheWindowRaiseAndTooSmallASampleResolves() throws {
        let kit = try FeedbackEvents.kit(start: Self.at("2026-10-01T08:00:00Z"))
        // 1 October: five 5s; 10 October: 5, 5, 3. 7 of 8 = 87.5%: at target all along.
        try Self.answers(kit, "a", at: "2026-10-01T10:00:00+01:00", csat: [5, 5, 5, 5, 5])
        try Self.answers(kit, "b", at: "2026-10-10T10:00:00+01:00", csat: [5, 5, 3])
        #expect(try kit.takeOutputs().compactMap(\.alertRaised).isEmpty)
        // 1 October leaves: 2 of 3 = 67%, below 80% on the minimum sample of 3: raised.
        #expect(try Self.move(kit, to: "2026-10-29T00:00:00Z") == 2)
        let raised = Self.goalAlerts(try kit.takeOutputs()).raised
        #expect(Set(raised.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(raised.first { $0.alertID.contains("store-12") }?.summary
            == "CSAT at store-12 over the last 28 days is 67% (3 answers), below its target of 80%.")
        #expect(raised.allSatisfy { $0.dedupKey == $0.alertID && $0.severity == .warning })
        // 10 October leaves on 7 November: no answers left, fewer than the minimum: the warning
        // cannot stand, so it is resolved and says why.
        #expect(try Self.move(kit, to: "2026-11-07T00:00:00Z") == 2)
        let resolved = Self.goalAlerts(try kit.takeOutputs()).resolved
        #expect(Set(resolved.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(resolved.allSatisfy {
            $0.reason == "sample below minimum: 0 answers over the last 28 days, fewer than the 3 a figure needs to be judged"
        })
        #expect(try kit.pendingTimers().isEmpty)
        // A new fall on the minimum sample is a new episode.
        try Self.answers(kit, "c", at: "2026-11-20T10:00:00Z", csat: [3, 3, 3])
        #expect(Set(Self.goalAlerts(try kit.takeOutputs()).raised.map(\.alertID))
                == ["feedback-below-store-12-csat-2", "feedback-below-all-csat-2"])
    }

    @Test func redeliveriesAndTimersAfterARestartRaiseAndResolveOnce() throws {
        let folder = NSTemporaryDirectory() + "feedback-goals-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.sqlite"
        let first = try FeedbackEvents.kit(start: Self.at("2026-10-01T08:00:00Z"), statePath: path)
        try Self.badThenGood(first)
        #expect(try Self.move(first, to: "2026-10-29T00:00:00Z") == 2)
        #expect(try first.takeOutputs().isEmpty)
        let sums = try first.query("SELECT * FROM feedback_sums ORDER BY audience, dimension, grp, period, label")

        // Down from 29 October; back on 2 November: the re-checks due on the 30th fire once, now.
        let second = try FeedbackEvents.kit(start: Self.at("2026-11-02T09:00:00Z"), statePath: path)
        #expect(try second.advance(by: .zero) == 2)
        #expect(Self.goalAlerts(try second.takeOutputs()).resolved.count == 2)
        #expect(try second.advance(by: .zero) == 0)
        // Every event delivered again: all duplicates, nothing counted, raised or resolved.
        let again = try ["a-0", "a-1"].map { try FeedbackEvents.feedback($0, at: "2026-10-01T10:00:00+01:00", csat: 3) }
            + [try FeedbackEvents.feedback("b-0", at: "2026-10-02T10:00:00+01:00", csat: 3)]
            + (0..<3).map { try FeedbackEvents.feedback("c-\($0)", at: "2026-10-10T10:00:00+01:00", csat: 5) }
        #expect(try second.deliver(bytes: again.map { $0.encoded() }) == Array(repeating: .duplicate, count: 6))
        #expect(try second.takeOutputs().isEmpty)
        #expect(try second.query("SELECT * FROM feedback_sums ORDER BY audience, dimension, grp, period, label") == sums)
        #expect(try second.pendingTimers() == Self.both, "one timer per scope, not one per replay")

        // Another restart before the next change: nothing fires, nothing is published.
        let third = try FeedbackEvents.kit(start: Self.at("2026-11-03T09:00:00Z"), statePath: path)
        #expect(try third.advance(by: .zero) == 0)
        #expect(try third.takeOutputs().isEmpty)
        let alerts = try third.query("SELECT scope, episode, open FROM feedback_goal_alerts WHERE measure = 'csat' ORDER BY scope")
        #expect(alerts == [["scope": "all", "episode": "1", "open": "0"], ["scope": "store-12", "episode": "1", "open": "0"]])
    }

    @Test func aResponseDatedFarAheadDoesNotHoldTheWindowThere() throws {
        let kit = try FeedbackEvents.kit(start: Self.at("2026-10-01T08:00:00Z"))
        // A desk clock set a year ahead: its answer is counted on its own day, but the goals are
        // not judged as of then (at most an hour past the plugin's clock).
        try kit.deliver(try FeedbackEvents.feedback("wrong-clock", at: "2027-10-01T09:00:00+01:00", csat: 5))
        // Three 3s today: 0 of 3 in today's window, below target: raised.
        try Self.answers(kit, "a", at: "2026-10-01T10:00:00+01:00", csat: [3, 3, 3])
        #expect(Set(Self.goalAlerts(try kit.takeOutputs()).raised.map(\.alertID))
                == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
    }

    @Test func aScopeWithNoAnswersSchedulesNoTimer() throws {
        let kit = try FeedbackEvents.kit(start: Self.at("2026-10-01T08:00:00Z"))
        // Words only, and employees' scores: no customer figure moves, no goal is checked.
        try kit.deliver(try FeedbackEvents.feedback("card-1", at: "2026-10-01T10:00:00+01:00", source: .commentCard, comment: "Nice shop."),
                        try FeedbackEvents.feedback("e-1", at: "2026-10-01T10:00:00+01:00", source: .employee, csat: 2))
        #expect(try kit.pendingTimers().isEmpty)
        #expect(try kit.query("SELECT * FROM feedback_goal_windows").isEmpty)
        // One scored answer: a timer per scope, at the moment its day leaves.
        try kit.deliver(try FeedbackEvents.feedback("s-1", at: "2026-10-01T10:00:00+01:00", csat: 5))
        #expect(try kit.pendingTimers() == Self.both)
    }
}
