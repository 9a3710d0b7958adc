import Foundation
import NameUsage
import RapportPlugin

/// Writes decided interactions to `name_checks` and reads a location's rolling tally from it.
struct VerdictRows {
    let db: PluginDatabase

    /// Stores a verdict once: a second store of the same interaction changes nothing (returns false).
    func store(_ verdict: NameVerdict, decided: DecidedInteraction, startedAt: Date, now: Date) throws -> Bool {
        try db.execute("""
            INSERT INTO name_checks (interaction, location, agent, month, started_ms, used, forms, first_offset_ms, agent_turns,
                                     ticked, transcript, closed_by, decided_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (interaction) DO NOTHING
            """, [
                .text(verdict.interaction), .text(decided.location), .text(decided.agent), .text(decided.month.description),
                .millis(startedAt), .int(verdict.used ? 1 : 0), .text(FormsColumn.encode(verdict.forms)),
                verdict.firstOffsetMilliseconds.map { .int($0) } ?? .null, .int(verdict.agentTurns),
                .int(verdict.ticked ? 1 : 0), .int(verdict.transcript ? 1 : 0), .text(verdict.closedBy.rawValue), .millis(now),
            ])
        return db.changes == 1
    }

    /// The decided interactions of `location` in `window` (started after its start, at or before
    /// its end), and when the oldest of them started (`nil` when there are none).
    func tally(location: String, in window: RateWindow) throws -> (tally: UsageTally, oldestStart: Date?) {
        let row = try db.row("""
            SELECT COUNT(*) AS interactions, COALESCE(SUM(used), 0) AS used, MIN(started_ms) AS oldest FROM name_checks
            WHERE location = ? AND started_ms > ? AND started_ms <= ?
            """, [.text(location), .millis(window.start), .millis(window.asOf)])
        var tally = UsageTally()
        tally.interactions = Int(row?.int("interactions") ?? 0)
        tally.used = Int(row?.int("used") ?? 0)
        return (tally, row?.int("oldest").map { Date(timeIntervalSince1970: Double($0) / 1_000) })
    }
}

/// The `forms` column: the forms heard as a JSON array of strings.
enum FormsColumn {
    static func encode(_ forms: [String]) -> String {
        (try? JSONEncoder().encode(forms)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
