import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPlugin
import ThemeTagging

/// One `rapport.feedback.received`: its sums added to every aggregate it counts in, its comment
/// tagged (published, and counted per location and month), a detractor alert raised for an
/// unhappy customer, and the goals of its location and the organisation checked.
struct FeedbackIntake {
    let settings: FeedbackSettings
    let context: HandlerContext

    func handle(_ feedback: FeedbackReceived, event: TypedEvent) throws {
        guard let origin = FeedbackOrigin(rawValue: feedback.source.rawValue) else { return }
        // Desk events carry a location; one that somehow lacks it is counted under "unknown".
        let location = event.location ?? "unknown"
        let response = FeedbackResponse(
            time: event.time.date, location: location, agent: event.agent, channel: feedback.channel?.rawValue, origin: origin,
            scores: ResponseScores(csat: feedback.scores.csat, nps: feedback.scores.nps, ces: feedback.scores.ces),
            hasComment: !(feedback.comment ?? "").isEmpty)
        let labels = settings.labels(at: response.time, location: location)
        let sums = ScoreSums(scores: response.scores, hasComment: response.hasComment)
        try SumsTable(db: context.db).add(sums, to: AggregateKey.keys(of: response, labels: labels))

        let reference = EventReference(source: event.source, id: event.id)
        if let comment = feedback.comment, !comment.isEmpty {
            try tag(comment, of: reference, response: response, month: labels.month)
        }
        let reasons = settings.detractors.reasons(response)
        if !reasons.isEmpty {
            try FollowUps(context: context).raise(
                DetractorNotice(reasons: reasons, location: location, origin: origin, comment: feedback.comment,
                                name: feedback.respondent?.name, contact: feedback.respondent?.contact),
                feedback: reference, response: response, month: labels.month, customer: feedback.respondent?.id,
                interaction: feedback.interactionID)
        }
        if response.audience == .customer, !sums.measuresNothing {
            try GoalAlerts(settings: settings, context: context).check(after: response)
        }
    }

    /// Publishes the comment's themes and counts them. Employee remarks are published without
    /// the `agent` of the event (it may name the employee).
    private func tag(_ comment: String, of reference: EventReference, response: FeedbackResponse, month: String) throws {
        let themes = settings.tagger.tag(comment, by: response.audience == .employee ? .employee : .customer)
        let judged = Dictionary(uniqueKeysWithValues: themes.map { ($0.key.id, $0.value == .positive ? ThemeJudgement.positive : .negative) })
        let tagged = try FeedbackTagged(
            feedback: reference, themes: judged, lexicon: settings.tagger.lexicon.version, model: settings.tagger.model?.version)
        if response.audience == .employee {
            try context.emit(tagged, agent: .some(nil))
        } else {
            try context.emit(tagged)
        }
        for (theme, polarity) in judged {
            try context.db.execute("""
                INSERT INTO feedback_themes (audience, location, month, theme, polarity, comments) VALUES (?, ?, ?, ?, ?, 1)
                ON CONFLICT (audience, location, month, theme, polarity) DO UPDATE SET comments = feedback_themes.comments + 1
                """, [.text(response.audience.rawValue), .text(response.location), .text(month), .text(theme), .text(polarity.rawValue)])
        }
    }
}

extension ScoreSums {
    /// No score at all (a comment with only words): no measure changes.
    var measuresNothing: Bool { csatCount == 0 && npsCount == 0 && cesCount == 0 }
}
