import FeedbackMeasures
import Testing

@Suite struct GoalTests {
    let goals = Goals(organisation: Targets(csat: 0.8, nps: 30, ces: 5), locations: ["store-12": Targets(csat: 0.9)],
                      minimumSample: 20, rollingDays: 28)

    @Test func locationOverridesReplaceOnlyTheirMeasure() {
        #expect(goals.targets(for: .location("store-12")) == Targets(csat: 0.9, nps: 30, ces: 5))
        #expect(goals.targets(for: .location("nyc-1")) == Targets(csat: 0.8, nps: 30, ces: 5))
    }

    @Test func raisesOnceBelowTargetWithTheMinimumSampleAndResolvesOnRecovery() {
        let scope = GoalScope.location("store-12")
        #expect(goals.decide(.csat, in: scope, figure: (0.5, 19), alertOpen: false) == .keep)
        guard case .raise(let shortfall) = goals.decide(.csat, in: scope, figure: (0.85, 20), alertOpen: false) else {
            Issue.record("85% against a 90% target on 20 answers should raise")
            return
        }
        #expect(shortfall.summary == "CSAT at store-12 over the last 28 days is 85% (20 answers), below its target of 90%.")
        #expect(goals.decide(.csat, in: scope, figure: (0.85, 21), alertOpen: true) == .keep)
        // Days left the window and the open alert's figure now rests on too few answers: resolved.
        #expect(goals.decide(.csat, in: scope, figure: (0.95, 10), alertOpen: true)
                == .resolve(.sampleBelowMinimum(answers: 10, minimum: 20, days: 28)))
        #expect(goals.decide(.csat, in: scope, figure: nil, alertOpen: true) == .resolve(.sampleBelowMinimum(answers: 0, minimum: 20, days: 28)))
        #expect(goals.decide(.csat, in: scope, figure: (0.5, 10), alertOpen: false) == .keep)
        #expect(GoalRecovery.sampleBelowMinimum(answers: 1, minimum: 20, days: 28).reason(.csat)
                == "sample below minimum: 1 answer over the last 28 days, fewer than the 20 a figure needs to be judged")
        #expect(goals.decide(.csat, in: scope, figure: (0.9, 22), alertOpen: true) == .resolve(.recovered(value: 0.9, answers: 22, target: 0.9)))
        #expect(goals.decide(.nps, in: .organisation, figure: (-10, 40), alertOpen: false) != .keep)
        #expect(goals.decide(.ces, in: .organisation, figure: (5.2, 40), alertOpen: false) == .keep)
        #expect(goals.decide(.ces, in: .organisation, figure: nil, alertOpen: false) == .keep)
    }

    @Test func aRemovedTargetResolvesItsAlert() {
        let none = Goals(organisation: Targets())
        #expect(none.decide(.nps, in: .organisation, figure: (0, 50), alertOpen: true) == .resolve(.targetRemoved))
        #expect(none.decide(.nps, in: .organisation, figure: (0, 50), alertOpen: false) == .keep)
    }

    @Test func locationTargetsAreReadFromText() throws {
        let parsed = try TargetsText.parse("store-12: csat 85, nps 40; nyc-1: ces 5.5")
        #expect(parsed == ["store-12": Targets(csat: 0.85, nps: 40), "nyc-1": Targets(ces: 5.5)])
        #expect(try TargetsText.parse("  ") == [:])
        #expect(throws: GoalsError.self) { try TargetsText.parse("store-12 csat 0.8") }
        #expect(throws: GoalsError.self) { try TargetsText.parse("store-12: happiness 3") }
        #expect(throws: GoalsError.self) { try TargetsText.parse("store-12: ces 9") }
    }
}
