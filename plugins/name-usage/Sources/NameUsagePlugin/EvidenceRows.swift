import Foundation
import NameMatching
import NameUsage
import RapportPlugin

/// Reads and writes an open interaction's ``InteractionEvidence`` in `name_open` and
/// `name_utterances`, inside the handler's transaction.
struct EvidenceRows {
    let db: PluginDatabase

    /// Whether `interaction` was already decided.
    func isDecided(_ interaction: String) throws -> Bool {
        try db.row("SELECT 1 AS one FROM name_checks WHERE interaction = ?", [.text(interaction)]) != nil
    }

    /// The open interaction's evidence without its utterances (what every event updates), or
    /// `nil` when nothing about it is stored.
    func header(_ interaction: String) throws -> InteractionEvidence? {
        guard let row = try db.row("SELECT * FROM name_open WHERE interaction = ?", [.text(interaction)]) else { return nil }
        var evidence = InteractionEvidence(interaction: interaction, firstArrival: Self.date(row["first_arrival_ms"]))
        if let name = row.string("customer_name"), let started = row.int("started_ms") {
            evidence.open(InteractionOpening(
                customer: CustomerName(fullName: name, preferred: row.string("preferred"), title: row.string("title")),
                agentName: row.string("agent_name") ?? "", startedAt: Self.date(.integer(started)),
                startOffsetMinutes: Int(row.int("started_offset") ?? 0)))
        }
        if row.int("ticked") == 1 { evidence.tick() }
        if let ended = row.int("ended_arrival_ms") { evidence.end(arrivedAt: Self.date(.integer(ended))) }
        evidence.touch(at: Self.date(row["last_arrival_ms"]),
                       deskTime: DeskTime(date: Self.date(row["earliest_ms"]), utcOffsetMinutes: Int(row.int("earliest_offset") ?? 0)),
                       location: row.string("location"), agent: row.string("agent"))
        return evidence
    }

    /// The open interaction's whole evidence, utterances included.
    func evidence(_ interaction: String) throws -> InteractionEvidence? {
        guard var evidence = try header(interaction) else { return nil }
        for row in try db.rows("SELECT * FROM name_utterances WHERE interaction = ?", [.text(interaction)]) {
            guard let key = row.string("event_key"), let speaker = row.string("speaker").flatMap(NameMatching.Speaker.init(rawValue:)),
                  let text = row.string("text") else { continue }
            evidence.hear(HeardUtterance(speaker: speaker, text: text, offsetMilliseconds: row.int("offset_ms").map(Int.init),
                                         time: Self.date(row["time_ms"])), eventKey: key)
        }
        return evidence
    }

    /// Stores the header (everything but the utterances) of `evidence`.
    func save(_ evidence: InteractionEvidence, firstArrival: Date) throws {
        let opening = evidence.opening
        let earliest = evidence.earliestDeskTime ?? DeskTime(date: firstArrival, utcOffsetMinutes: 0)
        try db.execute("""
            INSERT INTO name_open (interaction, customer_name, preferred, title, agent_name, started_ms, started_offset, location, agent,
                                   earliest_ms, earliest_offset, ticked, ended_arrival_ms, first_arrival_ms, last_arrival_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (interaction) DO UPDATE SET
                customer_name = excluded.customer_name, preferred = excluded.preferred, title = excluded.title,
                agent_name = excluded.agent_name, started_ms = excluded.started_ms, started_offset = excluded.started_offset,
                location = excluded.location, agent = excluded.agent, earliest_ms = excluded.earliest_ms,
                earliest_offset = excluded.earliest_offset, ticked = excluded.ticked, ended_arrival_ms = excluded.ended_arrival_ms,
                last_arrival_ms = excluded.last_arrival_ms
            """, [
                .text(evidence.interaction), .text(opening?.customer.fullName), .text(opening?.customer.preferred),
                .text(opening?.customer.title), .text(opening?.agentName), opening.map { .millis($0.startedAt) } ?? .null,
                opening.map { .int($0.startOffsetMinutes) } ?? .null, .text(evidence.location), .text(evidence.agent),
                .millis(earliest.date), .int(earliest.utcOffsetMinutes), .int(evidence.ticked ? 1 : 0),
                evidence.endedArrival.map { .millis($0) } ?? .null, .millis(firstArrival), .millis(evidence.lastArrival),
            ])
    }

    /// Stores an utterance brought by the event `eventKey` (a second delivery changes nothing).
    func add(_ utterance: HeardUtterance, eventKey: String, to interaction: String) throws {
        try db.execute("""
            INSERT INTO name_utterances (interaction, event_key, speaker, text, offset_ms, time_ms) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (interaction, event_key) DO NOTHING
            """, [.text(interaction), .text(eventKey), .text(utterance.speaker.rawValue), .text(utterance.text),
                  utterance.offsetMilliseconds.map { .int($0) } ?? .null, .millis(utterance.time)])
    }

    /// Forgets a decided interaction's evidence.
    func remove(_ interaction: String) throws {
        try db.execute("DELETE FROM name_utterances WHERE interaction = ?", [.text(interaction)])
        try db.execute("DELETE FROM name_open WHERE interaction = ?", [.text(interaction)])
    }

    static func date(_ value: SQLValue) -> Date {
        Date(timeIntervalSince1970: Double(value.int ?? 0) / 1_000)
    }
}
