import Foundation
import Testing
@testable import NameUsage

@Suite("ClosePolicy") struct ClosePolicyTests {
    let policy = ClosePolicy(grace: .seconds(30), idle: .seconds(3_600))
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func anEndedInteractionClosesAfterTheGrace() {
        var evidence = InteractionEvidence(interaction: "i", firstArrival: t0)
        evidence.end(arrivedAt: t0 + 10)
        evidence.touch(at: t0 + 20, deskTime: DeskTime(date: t0, utcOffsetMinutes: 0), location: nil, agent: nil)   // a late utterance
        #expect(policy.deadline(for: evidence) == t0 + 40)
        #expect(policy.closeReason(for: evidence, at: t0 + 39) == nil)
        #expect(policy.closeReason(for: evidence, at: t0 + 40) == .ended)
        evidence.end(arrivedAt: t0 + 25)    // the end delivered again does not move the grace
        #expect(policy.deadline(for: evidence) == t0 + 40)
    }

    @Test func anInteractionThatNeverEndsClosesWhenIdle() {
        var evidence = InteractionEvidence(interaction: "i", firstArrival: t0)
        evidence.touch(at: t0 + 600, deskTime: DeskTime(date: t0, utcOffsetMinutes: 0), location: nil, agent: nil)
        #expect(policy.deadline(for: evidence) == t0 + 4_200)
        #expect(policy.closeReason(for: evidence, at: t0 + 4_199) == nil)
        #expect(policy.closeReason(for: evidence, at: t0 + 4_200) == .idle)
    }
}
