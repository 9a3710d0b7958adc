import Foundation
import PromiseTracking
import Testing

@Suite("Credibility per agent and location per month")
struct CredibilityTests {
    @Test("made, kept on time and late, broken, renegotiated, cancelled, on-time rate, told first")
    func figures() {
        let now = Fixture.at("2026-11-20T12:00:00Z")
        func record(_ id: String, _ extra: [PromiseFact], agent: String = "a-17", madeAt: String = "2026-10-05T10:00:00Z",
                    due: String = "2026-10-09T16:30:00Z") -> PromiseRecord {
            PromiseRecord(promiseID: id, facts: [Fixture.made(id, at: madeAt, due: due, agent: agent)] + extra)
        }
        let records = [
            record("onTime", [Fixture.kept("onTime", at: "2026-10-09T16:00:00Z")]),
            record("late", [Fixture.kept("late", at: "2026-10-10T10:00:00Z")]),
            record("broken", []),
            // Renegotiated before the first due, kept by the new one: on time, missed, told first.
            record("reneg", [Fixture.revised("reneg", at: "2026-10-08T10:00:00Z", due: "2026-10-14T16:30:00Z", contacted: true, key: "r"),
                             Fixture.kept("reneg", at: "2026-10-14T10:00:00Z")]),
            // Revised after the due without telling: missed, not told first; still open.
            record("revisedLate", [Fixture.revised("revisedLate", at: "2026-10-12T10:00:00Z", due: "2026-12-01T16:30:00Z",
                                                   contacted: false, key: "r")]),
            record("cancelled", [Fixture.cancelled("cancelled", at: "2026-10-06T10:00:00Z")]),
            record("other", [], agent: "a-18"),
            record("november", [], madeAt: "2026-11-02T10:00:00Z", due: "2026-11-03T16:30:00Z"),
        ]
        let rows = CredibilityMeasures.measure(records, month: "2026-10", calendars: Fixture.calendars, at: now)
        #expect(rows.map(\.agent) == ["a-17", "a-18"])
        let sam = rows[0]
        #expect(sam.made == 6)
        #expect(sam.keptOnTime == 2)
        #expect(sam.keptLate == 1)
        #expect(sam.broken == 1)
        #expect(sam.renegotiated == 1)
        #expect(sam.cancelled == 1)
        #expect(sam.open == 1)
        #expect(sam.onTimeRate == 0.5)
        #expect(sam.missed == 4)
        #expect(sam.missedToldFirst == 1)
        #expect(sam.toldFirstShare == 0.25)
        #expect(rows[1].broken == 1 && rows[1].made == 1)
    }

    @Test("month boundaries in the location's zone, west and east of UTC")
    func monthBoundaries() {
        // 31 Oct 22:00 in New York is 1 Nov 02:00 UTC: October there.
        #expect(CredibilityMeasures.month(of: Fixture.at("2026-11-01T02:00:00Z"), calendar: Fixture.newYork) == "2026-10")
        // 1 Nov 01:00 in Tokyo is 31 Oct 16:00 UTC: November there.
        #expect(CredibilityMeasures.month(of: Fixture.at("2026-10-31T16:00:00Z"), calendar: Fixture.tokyo) == "2026-11")
        // London after the clocks went back (UTC+0): 31 Oct 23:30 is October.
        #expect(CredibilityMeasures.month(of: Fixture.at("2026-10-31T23:30:00Z"), calendar: Fixture.london) == "2026-10")
        // London in summer (UTC+1): 31 Mar 23:30 UTC is 1 Apr 00:30 there.
        #expect(CredibilityMeasures.month(of: Fixture.at("2026-03-31T23:30:00Z"), calendar: Fixture.london) == "2026-04")
        let tokyo = PromiseRecord(promiseID: "t", facts: [Fixture.made("t", at: "2026-10-31T16:00:00Z", due: "2026-11-05T11:00:00Z",
                                                                      location: "tokyo-1")])
        #expect(CredibilityMeasures.measure([tokyo], month: "2026-10", calendars: Fixture.calendars, at: Fixture.at("2026-11-01T00:00:00Z")).isEmpty)
        #expect(CredibilityMeasures.measure([tokyo], month: "2026-11", calendars: Fixture.calendars, at: Fixture.at("2026-11-01T00:00:00Z")).count == 1)
    }
}
