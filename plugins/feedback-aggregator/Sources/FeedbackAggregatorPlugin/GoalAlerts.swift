import FeedbackMeasures
import Foundation
import RapportCalendar
import RapportEvents
import RapportPlugin

/// The goals: the rolling figures of a scope (a location, the organisation) are checked against
/// their targets (``Goals/decide(_:in:figure:alertOpen:)``) after each scored customer response
/// of the scope, and again whenever the window next changes by itself (a day with answers leaves
/// it), by a durable timer per scope (``GoalTimers``). `feedback_goal_alerts` holds each (scope,
/// measure)'s open alert and how many times it fell; `feedback_goal_windows` the instant each
/// scope was last checked as of and when its timer is due.
struct GoalAlerts {
    let settings: FeedbackSettings
    let context: HandlerContext

    /// After a scored customer response: its location's and the organisation's goals, as of the
    /// response's time (never earlier than the scope's last check).
    func check(after response: FeedbackResponse) throws {
        for scope in [GoalScope.location(response.location), .organisation] {
            try check(scope, asOf: response.time, calendarLocation: response.location, timerFired: false)
        }
    }

    /// A re-check timer came due: its scope's goals as of now (after a restart, timers that came
    /// due while the plugin was down fire once: the goals are judged on the window as it is now).
    func recheck(_ timer: PluginTimer) throws {
        guard timer.key.hasPrefix(GoalTimers.prefix), let scope = GoalTimers.scope(code: timer.payload) else {
            context.logger.warning("a timer the plugin does not know came due: ignored", metadata: ["payload": "\(timer.payload)"])
            return
        }
        try check(scope, asOf: context.now, calendarLocation: nil, timerFired: true)
    }

    /// Checks `scope`'s goals on its window as of `candidate` (or its last check, if later; at
    /// most an hour past the plugin's clock) and
    /// moves its re-check timer to when that window next changes by itself. The organisation's
    /// days are read in the calendar of the location of its latest response, as its figures are.
    private func check(_ scope: GoalScope, asOf candidate: Date, calendarLocation: String?, timerFired: Bool) throws {
        let windows = GoalWindowRows(db: context.db)
        let previous = try windows.state(scope)
        let location = calendarLocation ?? previous?.calendarLocation ?? scope.location ?? scope.id
        let asOf = GoalWindow.asOf(candidate, after: previous.map { Date(millis: $0.asOf) }, now: context.now)
        let window = settings.periods.goalWindow(days: settings.goals.rollingDays, asOf: asOf, location: location)
        let (first, last) = (window.firstDay.description, window.lastDay.description)
        let group = scope.group
        let table = SumsTable(db: context.db)
        let measures = try table.days(.customer, group.dimension, group.value, from: first, through: last).measures
        try judge(scope, measures)

        let oldest = try table.oldestDayWithAnswers(.customer, group.dimension, group.value, from: first, through: last)
        let next = window.nextChange(oldestDayWithAnswers: oldest.flatMap { LocalDate(parsing: $0) })?.millis
        // The timer that fired is gone; otherwise the one pending is where the last check put it.
        let pending = timerFired ? nil : previous?.nextCheck
        if next != pending {
            if let next {
                try context.schedule(at: Date(millis: next), key: GoalTimers.key(scope), payload: GoalTimers.code(scope))
            } else {
                try context.cancelTimer(key: GoalTimers.key(scope))
            }
        }
        // The window is a run of days: a check later on the same day, in the same calendar, with
        // the timer where it was, leaves the record as it is (one write per scope a day, not per response).
        if let previous, previous.calendarLocation == location, previous.nextCheck == next,
           window.endsOnTheDay(of: Date(millis: previous.asOf)) { return }
        try windows.save(scope, GoalWindowState(asOf: asOf.millis, calendarLocation: location, nextCheck: next))
    }

    /// Raises or resolves each measure's below-target alert from the window's `measures`.
    private func judge(_ scope: GoalScope, _ measures: Measures) throws {
        let goals = settings.goals
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
