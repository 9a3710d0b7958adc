import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPlugin

/// The feedback aggregator: measures feedback per location, agent, channel, source and for the
/// organisation, checks goals, raises an alert for every unhappy customer and resolves it when
/// the location follows up, and tags each comment with themes.
public enum FeedbackAggregatorPlugin {
    /// The plugin's name, and its consumer group.
    public static let name = "feedback-aggregator"

    /// The event types it emits (its manifest's `publishes`).
    public static let publishes = ["rapport.feedback.tagged", "rapport.alert.raised", "rapport.alert.resolved"]

    /// Its state (see ``FeedbackSchema``).
    public static var migrations: [PluginMigration] { FeedbackSchema.migrations }

    /// The routes, with `settings`.
    public static func router(settings: FeedbackSettings) -> PluginRouter {
        var router = PluginRouter()
        router.on(FeedbackReceived.self) { feedback, event, context in
            try FeedbackIntake(settings: settings, context: context).handle(feedback, event: event)
        }
        router.on(CustomerContacted.self) { contacted, event, context in
            guard let feedback = contacted.feedback else { return }
            try FollowUps(context: context).contacted(feedback, at: event.time, channel: contacted.channel, note: contacted.note)
        }
        router.on(AlertResolved.self) { resolved, event, context in
            // Our own resolutions come back too: only a person's (another source) is news.
            guard event.source != context.plugin.source else { return }
            try FollowUps(context: context).resolvedByManager(alert: resolved.alertID, by: resolved.managerID, at: event.time)
            try GoalAlerts(settings: settings, context: context).resolvedByManager(alert: resolved.alertID)
        }
        router.onTimer { timer, context in
            // A goal scope's rolling window changed by itself (a day with answers left it).
            try GoalAlerts(settings: settings, context: context).recheck(timer)
        }
        return router
    }
}

extension Instant {
    /// The moment as a `Date`.
    var date: Date { Date(timeIntervalSince1970: Double(millisecondsSinceEpoch) / 1_000) }
}
