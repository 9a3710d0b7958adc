import Foundation
import PromiseReading
import PromiseTracking
import RapportCalendar
import RapportConfig
import RapportEvents
import RapportPlugin

/// The promise tracker: every promise kept, or the customer told before it is missed.
///
/// Events about a promise are stored as facts (one row per event) and the promise's alerts
/// and deadlines are decided anew from all its facts (``AlertPlanner``), so duplicates and
/// out-of-order events give the same outcome. Deadlines are the SDK's durable timers; agents'
/// utterances are read for commitments, decided when their interaction ends plus a grace.
public enum PromiseTracker {
    /// The plugin's name, and its consumer group.
    public static let name = "promise-tracker"
    /// The event types it emits (its manifest's `publishes`).
    public static let publishes = ["rapport.promise.detected", "rapport.alert.raised", "rapport.alert.resolved"]
    /// Its state.
    public static let migrations = PromiseTrackerSchema.migrations

    /// The routes, with `settings` and the site's `locations` (calendars and date orders).
    public static func router(settings: PromiseTrackerSettings, locations: [String: LocationConfiguration]) -> PluginRouter {
        let tracker = PromiseTrackerHandlers(settings: settings, locations: locations)
        var router = PluginRouter()
        router.on(PromiseMade.self) { made, event, context in try tracker.made(made, event, context) }
        router.on(PromiseRevised.self) { revised, event, context in try tracker.revised(revised, event, context) }
        router.on(PromiseKept.self) { kept, event, context in
            let at = kept.keptAt ?? event.time
            try tracker.fact(.kept, promise: kept.promiseID, time: PromiseTrackerHandlers.date(at), event, context)
        }
        router.on(PromiseCancelled.self) { cancelled, event, context in
            try tracker.fact(.cancelled, promise: cancelled.promiseID, time: PromiseTrackerHandlers.date(event.time), event, context)
        }
        router.on(CustomerContacted.self) { contacted, event, context in
            guard let promise = contacted.promiseID else { return }
            try tracker.fact(.contacted, promise: promise, time: PromiseTrackerHandlers.date(event.time), event, context)
        }
        router.on(InteractionStarted.self) { started, _, context in
            try context.db.execute("""
                INSERT INTO promise_agents (agent, name) VALUES (?, ?) ON CONFLICT (agent) DO UPDATE SET name = excluded.name
                """, [.text(started.agent.id), .text(started.agent.name)])
        }
        router.on(Utterance.self) { utterance, event, context in try tracker.utterance(utterance, event, context) }
        router.on(InteractionEnded.self) { ended, event, context in try tracker.ended(ended, event, context) }
        router.onTimer { timer, context in try tracker.timer(timer, context) }
        return router
    }
}
