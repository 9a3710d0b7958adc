import Foundation
import PromiseTracking
import Testing

@Suite("Commitments heard against promises logged")
struct CommitmentMatchingTests {
    typealias M = CommitmentMatching
    static let friday = Date(timeIntervalSince1970: 1_795_800_600)      // Fri 27 Nov 2026 17:30Z
    static let monday = Date(timeIntervalSince1970: 1_796_055_000)      // Mon 30 Nov 2026 16:30Z

    @Test("two commitments, one logged: the logged one covers the commitment with its due, the other is unlogged")
    func oneOfTwo() {
        let heard = [M.Heard(text: "I'll email you the refund form today", due: nil),
                     M.Heard(text: "we'll call you back by friday with the repair quote", due: Self.friday)]
        let logged = [M.Logged(id: "p-1", what: "repair quote", due: Self.friday.addingTimeInterval(-3_600))]
        #expect(M.match(heard, logged) == [nil, "p-1"])
    }

    @Test("shared words decide when no due does; a promise in other words still covers the earliest commitment left")
    func wordsThenOrder() {
        let heard = [M.Heard(text: "I'll post the warranty card", due: nil),
                     M.Heard(text: "I'll ring the depot about your parcel", due: nil),
                     M.Heard(text: "someone will look at the boiler", due: nil)]
        let logged = [M.Logged(id: "p-parcel", what: "chase the parcel with the depot", due: nil),
                      M.Logged(id: "p-other", what: "follow up", due: nil)]
        #expect(M.match(heard, logged) == ["p-other", "p-parcel", nil])
    }

    @Test("more promises logged than heard cover every commitment; none logged covers none")
    func counts() {
        let heard = [M.Heard(text: "I'll call you back", due: Self.monday)]
        #expect(M.match(heard, [M.Logged(id: "a", what: "x", due: nil), M.Logged(id: "b", what: "call back", due: Self.monday)]) == ["b"])
        #expect(M.match(heard, []) == [nil])
        #expect(M.match([], [M.Logged(id: "a", what: "x", due: nil)]).isEmpty)
    }

    @Test("a due more than 12 hours from the logged one is not the same promise")
    func farDue() {
        let heard = [M.Heard(text: "the part arrives by friday", due: Self.friday),
                     M.Heard(text: "the engineer visits on monday", due: Self.monday)]
        let logged = [M.Logged(id: "visit", what: "engineer visit", due: Self.monday)]
        #expect(M.match(heard, logged) == [nil, "visit"])
    }

    @Test("word endings meet and words of time do not: 'Calls customer' covers 'I'll call you', not 'I'll send it over'")
    func stems() {
        let heard = [M.Heard(text: "I'll send it over", due: nil), M.Heard(text: "I'll call you", due: nil)]
        #expect(M.match(heard, [M.Logged(id: "call", what: "Calls customer", due: nil)]) == [nil, "call"])
        let refund = [M.Heard(text: "we'll call within the hour", due: nil), M.Heard(text: "your refund goes through within 5 days", due: nil)]
        #expect(M.match(refund, [M.Logged(id: "r", what: "refunded within five days", due: nil)]) == [nil, "r"])
        #expect(M.contentWords("Calling, called and calls") == ["call"])
    }
}
