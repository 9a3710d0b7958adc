import Foundation
import NameMatching
import Testing
@testable import NameUsage

/// One interaction's events as the accumulator takes them, to deliver in any order.
enum DeskEvent: Hashable {
    case started(CustomerName, agentName: String, at: TimeInterval)
    case said(key: String, Speaker, String, offset: Int?, at: TimeInterval)
    case ticked
    case ended

    func apply(to evidence: inout InteractionEvidence, arrival: Date) {
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        switch self {
        case .started(let customer, let agentName, let at):
            evidence.open(InteractionOpening(customer: customer, agentName: agentName, startedAt: base + at, startOffsetMinutes: 60))
            evidence.touch(at: arrival, deskTime: DeskTime(date: base + at, utcOffsetMinutes: 60), location: "store-12", agent: "a-7", isStart: true)
        case .said(let key, let speaker, let text, let offset, let at):
            evidence.hear(HeardUtterance(speaker: speaker, text: text, offsetMilliseconds: offset, time: base + at), eventKey: key)
            evidence.touch(at: arrival, deskTime: DeskTime(date: base + at, utcOffsetMinutes: 60), location: "store-12", agent: "a-7")
        case .ticked:
            evidence.tick()
        case .ended:
            evidence.end(arrivedAt: arrival)
        }
    }
}

@Suite("InteractionEvidence") struct InteractionEvidenceTests {
    let decider = NameUsageDecider()
    let will = CustomerName(fullName: "Will Hartley")

    func evidence(_ events: [DeskEvent]) -> InteractionEvidence {
        var evidence = InteractionEvidence(interaction: "i-1", firstArrival: Date(timeIntervalSince1970: 1_790_000_100))
        for (n, event) in events.enumerated() { event.apply(to: &evidence, arrival: Date(timeIntervalSince1970: 1_790_000_100 + Double(n))) }
        return evidence
    }

    var willEvents: [DeskEvent] {
        [.started(will, agentName: "Sam Patel", at: 0),
         .said(key: "u1", .agent, "Hello, I will check that booking for you.", offset: 1_000, at: 1),
         .said(key: "u2", .customer, "Thanks.", offset: 4_000, at: 4),
         .said(key: "u3", .agent, "Will, your car is ready.", offset: 9_000, at: 9),
         .ended]
    }

    @Test func theTranscriptDecidesWithFormsOffsetAndTurns() {
        let verdict = decider.decide(evidence(willEvents), closedBy: .ended)
        #expect(verdict == NameVerdict(interaction: "i-1", used: true, forms: ["Will"], firstOffsetMilliseconds: 9_000,
                                       agentTurns: 2, ticked: false, transcript: true, closedBy: .ended))
    }

    @Test func aWordNameUsedOnlyAsAWordIsNotTheName() {
        let verdict = decider.decide(evidence(Array(willEvents.prefix(3)) + [.ticked, .ended]), closedBy: .ended)
        #expect(!verdict.used)
        #expect(verdict.ticked)          // the transcript outranks the tick
        #expect(verdict.transcript)
        #expect(verdict.forms.isEmpty)
    }

    @Test func withoutATranscriptTheTickAloneDecidesAndSaysSo() {
        let ticked = decider.decide(evidence([.started(will, agentName: "Sam", at: 0), .ticked, .ended]), closedBy: .ended)
        #expect(ticked == NameVerdict(interaction: "i-1", used: true, forms: [], firstOffsetMilliseconds: nil, agentTurns: 0,
                                      ticked: true, transcript: false, closedBy: .ended))
        let silent = decider.decide(evidence([.started(will, agentName: "Sam", at: 0), .ended]), closedBy: .idle)
        #expect(!silent.used && !silent.transcript && !silent.ticked && silent.closedBy == .idle)
    }

    @Test func customerWordsAloneAreNoTranscript() {
        let verdict = decider.decide(evidence([.started(will, agentName: "Sam", at: 0),
                                               .said(key: "c", .customer, "I'm Will Hartley.", offset: 0, at: 0), .ticked]), closedBy: .ended)
        #expect(verdict.used && !verdict.transcript && verdict.agentTurns == 0)
    }

    @Test func anInteractionWhoseStartNeverArrivedRestsOnTheTick() {
        let verdict = decider.decide(evidence([.said(key: "u", .agent, "Will, your car is ready.", offset: 0, at: 0), .ended]), closedBy: .ended)
        #expect(!verdict.used && !verdict.transcript && verdict.agentTurns == 1)
    }

    @Test func theOffsetComesFromTheTimeWhenTheDeskSentNone() {
        let verdict = decider.decide(evidence([.started(will, agentName: "Sam", at: 0),
                                               .said(key: "u", .agent, "Thanks, Will.", offset: nil, at: 2.5)]), closedBy: .idle)
        #expect(verdict.firstOffsetMilliseconds == 2_500)
    }

    @Test(arguments: 0..<40) func anyArrivalOrderAndRepeatsGiveTheSameVerdict(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // A reply withdraws a name asked about: the order of the turns matters, their arrival does not.
        let events: [DeskEvent] = willEvents + [
            .said(key: "u4", .agent, "Is that Will's coat?", offset: 12_000, at: 12),
            .said(key: "u5", .customer, "No, it's my son's.", offset: 14_000, at: 14),
            .ticked,
        ]
        let expected = decider.decide(evidence(events), closedBy: .ended)
        var shuffled = events + events.filter { _ in Bool.random(using: &generator) }
        shuffled.shuffle(using: &generator)
        let verdict = decider.decide(evidence(shuffled), closedBy: .ended)
        #expect(verdict == expected)
        #expect(verdict.agentTurns == 3)
    }
}

/// A small deterministic generator (SplitMix64) for shuffles that repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
