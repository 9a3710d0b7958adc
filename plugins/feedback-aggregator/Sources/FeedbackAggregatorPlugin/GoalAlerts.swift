import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPlugin

/// The goals: after each scored customer response, the rolling figures of its location and of
/// the organisation are checked against their targets (``Goals/decide(_:in:figure:alertOpen:)``);
/// `feedback_goal_alerts` holds each (scope, measure)'s open alert and how many times it fell.
struct GoalAlerts {
    let settings: FeedbackSettings
    let context: HandlerContext

    func check(after response: FeedbackResponse) throws {
        let goals = settings.goals
        let days = settings.periods.rollingDays(goals.rollingDays, endingAt: response.time, location: response.location)
        let table = SumsTable(db: context.db)
        for scope in [GoalScope.location(response.location), .organisation] {
            let group = scope.group
            let measures = try table.days(.customer, group.dimension, group.value, from: days.first!, through: days.last!).measures
            let states = try context.db.rows("SELECT measure, episode, alert, open FROM feedback_goal_alerts WHERE scope = ?", [.text(scope.id)])
            for measure in MeasureKind.allCases {
                let state = states.first { $0.string("measure") == measure.rawValue }
                // 1: open; 2: closed by a manager while still below target (not raised again until it recovers).
                let open = (state?.int("open") ?? 0) != 0
                switch goals.decide(measure, in: scope, figure: measures.figure(measure), alertOpen: open) {
                case .keep:
                    continue
                case .raise(let shortfall):
                    let episode = (state?.int("episode") ?? 0) + 1
                    let alert = AlertIDs.belowTarget(scope: scope, measure: measure, episode: episode)
                    try context.emit(AlertRaised(alertID: alert, severity: .warning, kind: .feedbackBelowTarget,
                                                 summary: shortfall.summary, dedupKey: alert),
                                     location: .some(scope.location), agent: .some(nil), partitionKey: "feedback-goals:\(scope.id)")
                    try context.db.execute("""
                        INSERT INTO feedback_goal_alerts (scope, measure, episode, alert, open) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT (scope, measure) DO UPDATE SET episode = excluded.episode, alert = excluded.alert, open = 1
                        """, [.text(scope.id), .text(measure.rawValue), .integer(episode), .text(alert)])
                case .resolve(let recovery):
                    guard let alert = state?.string("alert") else { continue }
                    if state?.int("open") == 1 {
                        try context.emit(AlertResolved(alertID: alert, reason: recovery.reason(measure)),
                                         location: .some(scope.location), agent: .some(nil), partitionKey: "feedback-goals:\(scope.id)")
                    }
                    try context.db.execute("UPDATE feedback_goal_alerts SET open = 0 WHERE scope = ? AND measure = ?",
                                           [.text(scope.id), .text(measure.rawValue)])
                }
            }
        }
    }

    /// A manager resolved `alert`: if it is an open below-target alert it is closed, and raised
    /// again only after the figure recovers and falls once more.
    func resolvedByManager(alert: String) throws {
        try context.db.execute("UPDATE feedback_goal_alerts SET open = 2 WHERE alert = ? AND open = 1", [.text(alert)])
    }
}

extension GoalScope {
    /// The location of a location scope; `nil` for the organisation.
    var location: String? {
        if case .location(let id) = self { return id }
        return nil
    }
}
