import Foundation
import NameMatching

/// Decides an interaction from its evidence with the ``NameMatcher``.
///
/// - With the opening (the customer's and agent's names) and at least one agent utterance,
///   the transcript decides (`transcript: true`), whatever the tick says: the matcher reads
///   every utterance in interaction order, counting only the agent's words.
/// - Otherwise (no agent words were captured, or the start never arrived so the names are
///   unknown) the tick alone decides (`transcript: false`, no forms).
public struct NameUsageDecider: Sendable {
    /// The matcher (its nickname table).
    public let matcher: NameMatcher

    /// A decider with `matcher`.
    public init(matcher: NameMatcher = NameMatcher()) {
        self.matcher = matcher
    }

    /// The verdict on `evidence`, closed for `reason`.
    public func decide(_ evidence: InteractionEvidence, closedBy reason: CloseReason) -> NameVerdict {
        let ordered = evidence.orderedUtterances
        let agentTurns = ordered.count { $0.speaker == .agent }
        guard let opening = evidence.opening, agentTurns > 0 else {
            return NameVerdict(interaction: evidence.interaction, used: evidence.ticked, forms: [], firstOffsetMilliseconds: nil,
                               agentTurns: agentTurns, ticked: evidence.ticked, transcript: false, closedBy: reason)
        }
        let check = matcher.check(customer: opening.customer, agentName: opening.agentName,
                                  utterances: ordered.map { Utterance(speaker: $0.speaker, text: $0.text) })
        let first = check.firstUtteranceIndex.flatMap { index in
            Self.offset(of: ordered[index], start: opening.startedAt)
        }
        return NameVerdict(interaction: evidence.interaction, used: check.used, forms: check.forms, firstOffsetMilliseconds: first,
                           agentTurns: check.agentTurns, ticked: evidence.ticked, transcript: true, closedBy: reason)
    }

    /// The utterance's offset from the start: as the desk sent it, else its time after the
    /// start; `nil` when neither gives one (a time before the start).
    static func offset(of utterance: HeardUtterance, start: Date) -> Int? {
        if let offset = utterance.offsetMilliseconds { return offset }
        let millis = (utterance.time.timeIntervalSince(start) * 1_000).rounded()
        return millis >= 0 && millis < Double(Int32.max) ? Int(millis) : nil
    }
}
