/// Reads a front-desk agent's utterance for a commitment, and finds its deadline words.
///
/// A commitment is the agent or the business undertaking to do something: a subject with a
/// future modal and an action ("our engineer will call you", "I'll have it ready", "it'll be
/// at the entrance in 30 minutes", "you'll get a quote from our team"), "going to", a set
/// phrase ("you have my word", "I promise") or "expect a call from us". A refusal beside an
/// undertaking does not stop it being one. Not commitments: questions (offers too, and
/// speech-recognition questions without a question mark), undertakings governed by a
/// condition, refusals, the past, the customer's own plans, standing practice, hedges,
/// plain information and what someone else said.
///
/// Deadline words are those of the first committing clause that has any; words that cannot
/// give an instant ("as soon as possible") are still returned, for ``DueTimeReader`` to report
/// as unreadable. Works on speech-recognition text (lower case, no punctuation, no
/// apostrophes). Pure: one tokenisation per utterance, dictionary look-ups, no I/O.
public struct CommitmentDetector: Sendable {
    /// A detector.
    public init() {}

    /// The commitment in `text`, or `nil` when it holds none.
    public func read(_ text: String) -> CommitmentReading? {
        verdict(text).commitment
    }

    /// The commitment in `text`, or why it is not one.
    public func verdict(_ text: String) -> CommitmentVerdict {
        let utterance = Utterance(text)
        var firstReason: NonCommitmentReason?
        var committing: [(Undertaking, ClauseExtent, SentenceContext)] = []
        for span in utterance.sentences {
            // A sentence without a modal or another opener of an undertaking holds none.
            guard utterance.tokens[span.range].contains(where: { $0.is([.futureModal, .undertakingCue]) }) else { continue }
            let context = SentenceContext(utterance, span)
            let undertakings = UndertakingFinder(context: context).undertakings()
            guard !undertakings.isEmpty else { continue }
            let scopes = SentenceScopes(context)
            let judge = UndertakingJudge(context: context, scopes: scopes)
            for (index, undertaking) in undertakings.enumerated() {
                let nextStart = index + 1 < undertakings.count ? ClauseExtent.start(of: undertakings[index + 1], in: context) : nil
                let extent = ClauseExtent(of: undertaking, in: context, scopes: scopes, nextStart: nextStart)
                if let reason = judge.reason(against: undertaking, extent: extent) {
                    firstReason = firstReason ?? reason
                } else {
                    committing.append((undertaking, extent, context))
                }
            }
        }
        guard let (first, _, _) = committing.first else { return .notCommitment(firstReason ?? .noUndertaking) }
        let due = committing.lazy.compactMap { Self.dueWords(of: $0.0, extent: $0.1, in: $0.2) }.first
        let undertaking = String(utterance.text(of: first.subjectStart..<((first.verb ?? first.marker) + 1)))
        return .commitment(CommitmentReading(dueWords: due, undertaking: undertaking))
    }

    /// The deadline words of an undertaking: the first after its marker within its clause's
    /// reach (readable words before vague ones), else the last between the clause start and its
    /// subject ("Before we close I'll...").
    static func dueWords(of undertaking: Undertaking, extent: ClauseExtent, in context: SentenceContext) -> DueWords? {
        let after = context.dues.filter { $0.range.lowerBound > undertaking.marker && $0.range.upperBound <= extent.end }
        let phrase = after.first { $0.expression != .vague } ?? after.first
            ?? context.dues.last { $0.range.lowerBound >= extent.start && $0.range.upperBound <= undertaking.subjectStart }
        guard let phrase else { return nil }
        let utterance = context.utterance
        return DueWords(text: String(utterance.text(of: phrase.range)), range: utterance.stringRange(of: phrase.range),
                        expression: phrase.expression)
    }
}
