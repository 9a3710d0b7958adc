import Foundation
import PromiseTracking
import RapportEvents
import RapportPlugin

/// Commitments heard in agents' words: kept until their interaction has ended and the grace
/// for late capture has passed (or, if its end never comes, `idle_close` after the last one),
/// then each is published as `rapport.promise.detected`, saying
/// whether a `promise.made` was logged in that interaction; an unlogged one raises
/// `promise.unlogged`.
extension PromiseTrackerHandlers {
    func utterance(_ utterance: Utterance, _ event: TypedEvent, _ context: HandlerContext) throws {
        guard utterance.speaker == .agent else { return }
        let saidAt = Self.date(event.time)
        guard let heard = CommitmentHeard.read(utterance.text, saidAt: saidAt, location: event.location.flatMap { locations[$0] },
                                               detector: detector) else { return }
        try context.db.execute("""
            INSERT INTO heard_commitments (utterance, interaction, text, due, location, agent, customer, said_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (utterance) DO NOTHING
            """, [.text(Self.factKey(event)), .text(utterance.interactionID), .text(heard.text), heard.due.map { .millis($0) } ?? .null,
                  .text(event.location), .text(event.agent), .text(event.partitionKey), .millis(saidAt)])
        let ended = try context.db.row("SELECT decided FROM ended_interactions WHERE interaction = ?", [.text(utterance.interactionID)])
        if ended?.int("decided") == 1 {
            // Heard after its interaction was decided (captured very late): decided at once.
            try decideInteraction(utterance.interactionID, context)
        } else if ended == nil {
            // Not ended yet: if its end never comes, it is decided `idle_close` after its last
            // commitment (the end, when it comes, moves this timer to the end plus the grace).
            try context.schedule(at: saidAt.addingTimeInterval(Self.seconds(settings.idleClose)),
                                 key: PromiseTimerKey.interaction(utterance.interactionID), payload: utterance.interactionID)
        }
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    func ended(_ ended: InteractionEnded, _ event: TypedEvent, _ context: HandlerContext) throws {
        let endedAt = Self.date(event.time)
        try context.db.execute("""
            INSERT INTO ended_interactions (interaction, ended_at) VALUES (?, ?) ON CONFLICT (interaction) DO NOTHING
            """, [.text(ended.interactionID), .millis(endedAt)])
        guard context.db.changes == 1 else { return }
        try context.schedule(at: endedAt.addingTimeInterval(Self.seconds(settings.unloggedGrace)),
                             key: PromiseTimerKey.interaction(ended.interactionID), payload: ended.interactionID)
    }

    /// Publishes the interaction's undecided commitments, each once, each logged when a
    /// `promise.made` of the interaction not yet covering another commitment covers it
    /// (`CommitmentMatching`).
    func decideInteraction(_ interaction: String, _ context: HandlerContext) throws {
        try context.db.execute("UPDATE ended_interactions SET decided = 1 WHERE interaction = ?", [.text(interaction)])
        let promises = try context.db.rows("""
            SELECT promise, MAX(what) AS what, MAX(due) AS due, MIN(time) AS time FROM promise_facts
            WHERE interaction = ? AND kind = 'made' AND promise NOT IN (
                SELECT logged_promise FROM heard_commitments WHERE interaction = ? AND decided = 1 AND logged_promise IS NOT NULL)
            GROUP BY promise ORDER BY MIN(time), promise
            """, [.text(interaction), .text(interaction)]).compactMap { row -> CommitmentMatching.Logged? in
            guard let id = row.string("promise") else { return nil }
            return CommitmentMatching.Logged(id: id, what: row.string("what") ?? "", due: row.int("due").map(PromiseFactRows.date))
        }
        let heard = try context.db.rows("""
            SELECT utterance, text, due, location, agent, customer FROM heard_commitments
            WHERE interaction = ? AND decided = 0 ORDER BY said_at, utterance
            """, [.text(interaction)])
        let covering = CommitmentMatching.match(heard.map { row in
            CommitmentMatching.Heard(text: row.string("text") ?? "", due: row.int("due").map(PromiseFactRows.date))
        }, promises)
        for (row, promise) in zip(heard, covering) {
            guard let utterance = row.string("utterance"), let text = row.string("text") else { continue }
            let logged = promise != nil
            let location = row.string("location"), agent = row.string("agent"), customer = row.string("customer")
            let due = row.int("due").map(PromiseFactRows.date)
            let instant = due.flatMap { Instant(millisecondsSinceEpoch: Int64(($0.timeIntervalSince1970 * 1_000).rounded())) }
            try context.emit(try PromiseDetected(interactionID: interaction, text: text, due: instant, logged: logged),
                             subject: interaction, location: .some(location), agent: .some(agent), partitionKey: customer)
            if !logged {
                let summary = try summaries(agent: agent, context).unlogged(text: text, interaction: interaction, due: due,
                                                                          location: location, agentID: agent)
                let alert = PlannedAlert(kind: .unlogged, dedupKey: PromiseAlertKey.unlogged(interaction: interaction, utterance: utterance),
                                         summary: summary)
                if try PromiseAlertRows.record(alert, promise: nil, now: context.now, db: context.db) {
                    try context.emit(try AlertRaised(
                        alertID: alert.alertID, severity: .warning, kind: AlertKind(rawValue: alert.kind.rawValue), summary: summary,
                        dedupKey: alert.dedupKey, refs: .init(interactionID: interaction, customerID: customer)),
                        subject: interaction, location: .some(location), agent: .some(agent), partitionKey: customer)
                }
            }
            try context.db.execute("UPDATE heard_commitments SET decided = 1, logged_promise = ? WHERE utterance = ?",
                                   [promise.map(SQLValue.text) ?? .null, .text(utterance)])
        }
    }
}
