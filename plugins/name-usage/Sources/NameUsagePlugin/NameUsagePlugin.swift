import Foundation
import NameMatching
import NameUsage
import RapportEvents
import RapportPlugin

/// The name-usage checker: for every interaction, once it has ended and a grace for late events
/// has passed (or once it has gone idle without ending), decides whether the agent addressed
/// or referred to the customer by name and publishes `rapport.name.checked`; keeps the verdicts
/// for the monthly figures (`rapport report names`) and raises `name.below-target` when a
/// location's rolling rate falls below its target, resolving it when the rate recovers; the rate
/// is judged after each verdict and again whenever its window moves on by itself (``RateChecks``).
///
/// Exactly once: every change goes through the handler's transaction; utterances are keyed by
/// their event, a verdict by its interaction (stored once, with the decision's event), and
/// events about an interaction already decided are ignored.
public enum NameUsagePlugin {
    /// The plugin's name, and its consumer group.
    public static let name = "name-usage"

    /// The event types it emits (its manifest's `publishes`).
    public static let publishes = ["rapport.name.checked", "rapport.alert.raised", "rapport.alert.resolved"]

    /// Its state (``NameUsageSchema``).
    public static var migrations: [PluginMigration] { NameUsageSchema.migrations }

    /// The prefix of the durable timer that closes an interaction (`close:<interaction>`).
    static let closeTimer = "close:"

    /// The routes, with `settings`.
    public static func router(settings: NameUsageSettings) -> PluginRouter {
        let decider = NameUsageDecider(matcher: settings.matcher)
        var router = PluginRouter()

        router.on(InteractionStarted.self) { started, event, context in
            let opening = InteractionOpening(
                customer: CustomerName(fullName: started.customer.name, preferred: started.customer.preferred, title: started.customer.title),
                agentName: started.agent.name, startedAt: event.time.date, startOffsetMinutes: event.time.utcOffsetMinutes)
            try record(started.interactionID, event, context, settings, isStart: true) { $0.open(opening) }
        }
        router.on(RapportEvents.Utterance.self) { utterance, event, context in
            let heard = HeardUtterance(speaker: utterance.speaker == .agent ? .agent : .customer, text: utterance.text,
                                       offsetMilliseconds: utterance.offsetMilliseconds, time: event.time.date)
            try record(utterance.interactionID, event, context, settings) { _ in } stored: { rows in
                try rows.add(heard, eventKey: event.source + " " + event.id, to: utterance.interactionID)
            }
        }
        router.on(NameUsed.self) { tick, event, context in
            try record(tick.interactionID, event, context, settings) { $0.tick() }
        }
        router.on(InteractionEnded.self) { ended, event, context in
            try record(ended.interactionID, event, context, settings) { $0.end(arrivedAt: context.now) }
        }
        router.onTimer { timer, context in
            if timer.key.hasPrefix(closeTimer) {
                try close(timer.payload, timerKey: timer.key, context, settings, decider)
            } else if timer.key.hasPrefix(RateChecks.timerPrefix) {
                // The location's rolling window changed by itself (an interaction left it).
                try RateChecks(settings: settings, context: context).recheck(timer)
            }
        }
        return router
    }

    /// Adds an event's evidence to its open interaction and moves the interaction's close timer;
    /// nothing for an interaction already decided.
    private static func record(
        _ interaction: String, _ event: TypedEvent, _ context: HandlerContext, _ settings: NameUsageSettings, isStart: Bool = false,
        _ change: (inout InteractionEvidence) -> Void, stored: (EvidenceRows) throws -> Void = { _ in }
    ) throws {
        let rows = EvidenceRows(db: context.db)
        guard try !rows.isDecided(interaction) else {
            context.logger.debug("event about an interaction already decided: ignored", metadata: ["interaction": "\(interaction)"])
            return
        }
        var evidence = try rows.header(interaction) ?? InteractionEvidence(interaction: interaction, firstArrival: context.now)
        evidence.touch(at: context.now, deskTime: DeskTime(date: event.time.date, utcOffsetMinutes: event.time.utcOffsetMinutes),
                       location: event.location, agent: event.agent, isStart: isStart)
        change(&evidence)
        try rows.save(evidence, firstArrival: context.now)
        try stored(rows)
        try context.schedule(at: settings.close.deadline(for: evidence), key: closeTimer + interaction, payload: interaction)
    }

    /// Decides an interaction whose close timer came due, stores and publishes the verdict, and
    /// judges its location's rolling rate.
    private static func close(_ interaction: String, timerKey: String, _ context: HandlerContext, _ settings: NameUsageSettings,
                              _ decider: NameUsageDecider) throws {
        let rows = EvidenceRows(db: context.db)
        guard let evidence = try rows.evidence(interaction) else { return }
        guard let reason = settings.close.closeReason(for: evidence, at: context.now) else {
            try context.schedule(at: settings.close.deadline(for: evidence), key: timerKey, payload: interaction)
            return
        }
        let verdict = decider.decide(evidence, closedBy: reason)
        let started = evidence.startedAt ?? DeskTime(date: evidence.lastArrival, utcOffsetMinutes: 0)
        let month = started.month(calendar: evidence.location.flatMap { settings.calendars[$0] })
        let decided = DecidedInteraction(verdict, evidence: evidence, month: month)
        try rows.remove(interaction)
        guard try VerdictRows(db: context.db).store(verdict, decided: decided, startedAt: started.date, now: context.now) else { return }
        try context.emit(
            NameChecked(interactionID: interaction, used: verdict.used, forms: verdict.forms,
                        firstOffsetMilliseconds: verdict.firstOffsetMilliseconds, agentTurns: verdict.agentTurns,
                        ticked: verdict.ticked, transcript: verdict.transcript),
            subject: interaction, location: .some(evidence.location), agent: .some(evidence.agent))
        context.logger.info("interaction decided", metadata: [
            "interaction": "\(interaction)", "used": "\(verdict.used)", "transcript": "\(verdict.transcript)", "closed_by": "\(reason.rawValue)",
        ])
        if let location = evidence.location { try RateChecks(settings: settings, context: context).judge(location, after: started.date) }
    }
}

extension Instant {
    /// The moment as a `Date`.
    var date: Date { Date(timeIntervalSince1970: Double(millisecondsSinceEpoch) / 1_000) }
}
