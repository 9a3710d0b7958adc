import Foundation
import PromiseTracking
import Testing

@Suite("Promise lifecycle: a merge of facts, whatever their order or repetition")
struct LifecycleTests {
    let rule = DueSoonRule(lead: .seconds(7_200), calendar: Fixture.london)

    @Test("open, due soon, overdue as time passes (London, due Friday 17:30)")
    func openDueSoonOverdue() {
        let record = PromiseRecord(promiseID: "p-1", facts: [Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z")])
        #expect(record.state(at: Fixture.at("2026-11-27T15:29:59Z"), rule: rule) == .open)
        #expect(record.state(at: Fixture.at("2026-11-27T15:30:00Z"), rule: rule) == .dueSoon)
        #expect(record.state(at: Fixture.at("2026-11-27T17:30:00Z"), rule: rule) == .overdue)
    }

    @Test("kept on time, kept late (at the due instant is on time)")
    func kept() {
        let made = Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z")
        let later = Fixture.at("2026-12-10T00:00:00Z")
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, Fixture.kept(at: "2026-11-27T17:30:00Z")]).state(at: later, rule: rule) == .keptOnTime)
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, Fixture.kept(at: "2026-11-27T17:30:01Z")]).state(at: later, rule: rule) == .keptLate)
    }

    @Test("a keep or revision before the promise.made waits for it")
    func awaitingTerms() {
        let record = PromiseRecord(promiseID: "p-1", facts: [Fixture.kept(at: "2026-11-25T10:00:00Z")])
        #expect(record.state(at: Fixture.at("2026-11-25T11:00:00Z"), rule: rule) == .awaitingTerms)
    }

    @Test("renegotiated: revised with the customer told before the old due; or revised after it")
    func renegotiation() {
        let made = Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z")
        let told = Fixture.revised(at: "2026-11-27T12:00:00Z", due: "2026-12-01T17:30:00Z", contacted: true, key: "r1")
        let late = Fixture.revised(at: "2026-11-28T12:00:00Z", due: "2026-12-01T17:30:00Z", contacted: false, key: "r1")
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, told]).renegotiations == [true])
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, late]).renegotiations == [false])
        // A contact about the promise before the old due counts as telling the customer.
        let call = Fixture.contacted(at: "2026-11-27T11:00:00Z")
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, late, call]).renegotiations == [true])
        let tooLate = Fixture.contacted(at: "2026-11-27T17:30:01Z")
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, late, tooLate]).renegotiations == [false])
        // The revised due is the one in force.
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, told]).due == .at(Fixture.at("2026-12-01T17:30:00Z"), words: nil))
    }

    @Test("cancelled; a keep before the cancellation wins, and the other way round")
    func cancelled() {
        let made = Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z")
        let now = Fixture.at("2026-12-10T00:00:00Z")
        #expect(PromiseRecord(promiseID: "p-1", facts: [made, Fixture.cancelled(at: "2026-11-25T10:00:00Z")]).state(at: now, rule: rule) == .cancelled)
        let both = [made, Fixture.cancelled(at: "2026-11-26T10:00:00Z"), Fixture.kept(at: "2026-11-25T10:00:00Z")]
        #expect(PromiseRecord(promiseID: "p-1", facts: both).state(at: now, rule: rule) == .keptOnTime)
        let cancelFirst = [made, Fixture.cancelled(at: "2026-11-25T10:00:00Z"), Fixture.kept(at: "2026-11-26T10:00:00Z")]
        #expect(PromiseRecord(promiseID: "p-1", facts: cancelFirst).state(at: now, rule: rule) == .cancelled)
    }

    @Test("every order of the same facts, with duplicates, gives the same record, state, outcome and plan")
    func orderAndDuplicates() {
        let facts = [
            Fixture.made(at: "2026-11-24T10:00:00Z", due: "2026-11-27T17:30:00Z"),
            Fixture.revised(at: "2026-11-27T12:00:00Z", due: "2026-12-01T17:30:00Z", contacted: true, key: "r1"),
            Fixture.revised(at: "2026-11-30T12:00:00Z", due: "2026-12-02T17:30:00Z", contacted: false, key: "r2"),
            Fixture.kept(at: "2026-12-03T09:30:00Z", key: "k1"),
            Fixture.kept(at: "2026-12-04T09:30:00Z", key: "k2"),
        ]
        let now = Fixture.at("2026-12-10T00:00:00Z")
        let planner = Fixture.planner()("store-12")
        let reference = PromiseRecord(promiseID: "p-1", facts: facts)
        let referencePlan = planner.plan(reference, raised: [], now: now, deadlineFired: false)
        #expect(reference.state(at: now, rule: rule) == .keptLate)
        #expect(referencePlan.raise.map(\.kind) == [.keptLate])
        for order in facts.permutations {
            let record = PromiseRecord(promiseID: "p-1", facts: order + [order[0], order[2]])
            #expect(record == reference)
            #expect(record.state(at: now, rule: rule) == .keptLate)
            #expect(PromiseOutcome(record, at: now) == PromiseOutcome(reference, at: now))
            #expect(planner.plan(record, raised: [], now: now, deadlineFired: false) == referencePlan)
        }
    }
}
