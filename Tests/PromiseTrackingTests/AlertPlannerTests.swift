import Foundation
import PromiseTracking
import Testing

@Suite("Alert decisions: each situation once, resolved when the promise is kept, revised or cancelled")
struct AlertPlannerTests {
    let planner = Fixture.planner()("store-12")
    let made = Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z")
    var due: Date { Fixture.at("2026-11-27T17:30:00Z") }

    @Test("an event sets the deadlines and raises nothing that depends on the time")
    func eventSchedules() {
        let record = PromiseRecord(promiseID: "p-1", facts: [made])
        // Even read long after the due (a replay): the alerts wait for the deadlines to fire.
        let plan = planner.plan(record, raised: [], now: Fixture.at("2026-12-24T10:00:00Z"), deadlineFired: false)
        #expect(plan.raise.isEmpty)
        #expect(plan.schedule.map(\.key) == ["due-soon:p-1", "overdue:p-1"])
        #expect(plan.schedule.map(\.at) == [Fixture.at("2026-11-27T15:30:00Z"), due])
    }

    @Test("deadlines raise due soon, then overdue; a deadline fired late raises overdue only")
    func deadlines() {
        let record = PromiseRecord(promiseID: "p-1", facts: [made])
        let soon = planner.plan(record, raised: [], now: Fixture.at("2026-11-27T15:30:00Z"), deadlineFired: true)
        #expect(soon.raise == [PlannedAlert(kind: .dueSoon, dedupKey: "promise.due-soon:p-1:1795800600000",
                                            summary: "Promise to Adaeze Okafor (call back with the repair quote) is due in 2 h at store-12; made by Sam Patel")])
        #expect(soon.cancel == ["due-soon:p-1"])
        let raised = [RaisedAlert(kind: .dueSoon, dedupKey: soon.raise[0].dedupKey, resolved: false)]
        // The same deadline again (a retry): nothing new.
        #expect(planner.plan(record, raised: raised, now: Fixture.at("2026-11-27T15:31:00Z"), deadlineFired: true).raise.isEmpty)
        let overdue = planner.plan(record, raised: raised, now: due, deadlineFired: true)
        #expect(overdue.raise.map(\.kind) == [.overdue])
        #expect(overdue.raise[0].summary == "Promise to Adaeze Okafor (call back with the repair quote) is overdue: it was due Fri 27 Nov 2026, 17:30 Europe/London at store-12; made by Sam Patel")
        // Down over the whole window: only the overdue alert, once.
        let late = planner.plan(record, raised: [], now: Fixture.at("2026-11-28T09:00:00Z"), deadlineFired: true)
        #expect(late.raise.map(\.kind) == [.overdue])
        #expect(late.schedule.isEmpty)
    }

    @Test("kept after its alerts: they are resolved, and kept late raises an info alert once")
    func keptResolves() {
        let record = PromiseRecord(promiseID: "p-1", facts: [made, Fixture.kept(at: "2026-11-27T20:30:00Z")])
        let raised = [RaisedAlert(kind: .dueSoon, dedupKey: "promise.due-soon:p-1:1795800600000", resolved: false),
                      RaisedAlert(kind: .overdue, dedupKey: "promise.overdue:p-1:1795800600000", resolved: false)]
        let plan = planner.plan(record, raised: raised, now: Fixture.at("2026-11-27T21:00:00Z"), deadlineFired: false)
        #expect(plan.resolve.map(\.dedupKey) == raised.map(\.dedupKey))
        #expect(plan.resolve.map(\.reason) == ["promise kept", "promise kept"])
        #expect(plan.raise.map(\.kind) == [.keptLate])
        #expect(plan.raise[0].summary.hasPrefix("Promise to Adaeze Okafor (call back with the repair quote) was kept 3 h late"))
        #expect(plan.cancel == ["due-soon:p-1", "overdue:p-1"])
        let again = planner.plan(record, raised: raised.map { RaisedAlert(kind: $0.kind, dedupKey: $0.dedupKey, resolved: true) }
                                    + [RaisedAlert(kind: .keptLate, dedupKey: "promise.kept-late:p-1", resolved: false)],
                                 now: Fixture.at("2026-11-27T21:00:00Z"), deadlineFired: false)
        #expect(again.raise.isEmpty && again.resolve.isEmpty)
    }

    @Test("revised: the old due's alerts are resolved and the new due gets deadlines of its own")
    func revisedResolves() {
        let revision = Fixture.revised(at: "2026-11-27T16:00:00Z", due: "2026-12-01T17:30:00Z", contacted: true, key: "r1")
        let record = PromiseRecord(promiseID: "p-1", facts: [made, revision])
        let raised = [RaisedAlert(kind: .dueSoon, dedupKey: "promise.due-soon:p-1:1795800600000", resolved: false)]
        let plan = planner.plan(record, raised: raised, now: Fixture.at("2026-11-27T16:00:00Z"), deadlineFired: false)
        #expect(plan.resolve.map(\.dedupKey) == ["promise.due-soon:p-1:1795800600000"])
        #expect(plan.resolve[0].reason == "promise revised: now due Tue 1 Dec 2026, 17:30 Europe/London")
        #expect(plan.schedule.map(\.at) == [Fixture.at("2026-12-01T15:30:00Z"), Fixture.at("2026-12-01T17:30:00Z")])
    }

    @Test("cancelled: alerts resolved, deadlines dropped")
    func cancelledResolves() {
        let record = PromiseRecord(promiseID: "p-1", facts: [made, Fixture.cancelled(at: "2026-11-28T10:00:00Z")])
        let raised = [RaisedAlert(kind: .overdue, dedupKey: "promise.overdue:p-1:1795800600000", resolved: false)]
        let plan = planner.plan(record, raised: raised, now: Fixture.at("2026-11-28T10:00:00Z"), deadlineFired: false)
        #expect(plan.resolve.map(\.reason) == ["promise cancelled"])
        #expect(plan.raise.isEmpty)
        #expect(plan.cancel == ["due-soon:p-1", "overdue:p-1"])
    }

    @Test("unreadable due words: one alert, resolved when a revision gives a due")
    func unreadable() {
        let vague = PromiseFact(key: "m", promiseID: "p-2", time: Fixture.at("2026-11-24T10:00:00Z"),
                                kind: .made(Fixture.terms(due: .unreadable(words: "as soon as we can"))))
        let record = PromiseRecord(promiseID: "p-2", facts: [vague])
        let plan = planner.plan(record, raised: [], now: Fixture.at("2026-11-24T10:00:00Z"), deadlineFired: false)
        #expect(plan.raise.map(\.dedupKey) == ["promise.unreadable-due:p-2:as soon as we can"])
        #expect(plan.raise[0].kind.severity == .warning)
        #expect(plan.raise[0].summary.contains("(\"as soon as we can\")"))
        let fixed = PromiseRecord(promiseID: "p-2", facts: [vague, Fixture.revised("p-2", at: "2026-11-24T11:00:00Z", due: "2026-11-27T17:30:00Z",
                                                                                      contacted: true, key: "r")])
        let next = planner.plan(fixed, raised: [RaisedAlert(kind: .unreadableDue, dedupKey: plan.raise[0].dedupKey, resolved: false)],
                                now: Fixture.at("2026-11-24T11:00:00Z"), deadlineFired: false)
        #expect(next.resolve.map(\.dedupKey) == [plan.raise[0].dedupKey])
        #expect(next.schedule.count == 2)
    }
}

@Suite("Lengths of time in summaries")
struct SpanTextTests {
    @Test(arguments: [(8.0, "8 s"), (59.0, "59 s"), (60.0, "1 min"), (2_700.0, "45 min"), (7_200.0, "2 h"), (172_800.0, "2 days")])
    func span(_ seconds: Double, _ text: String) {
        #expect(AlertSummaries.span(seconds) == text)
    }
}
