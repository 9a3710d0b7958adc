import NameUsage
import RapportPlugin

/// A location's `name.below-target` alert state in `name_rate_alerts`: the current episode and
/// whether its alert is open; the instant its rate was last judged as of and when its re-check
/// timer is due.
struct RateAlertRows {
    let db: PluginDatabase

    /// A location's row (before the first judgement: episode 0, closed, never judged).
    struct State: Equatable {
        var episode = 0
        var open = false
        /// When the rate was last judged as of, in milliseconds since the epoch.
        var asOf: Int64?
        /// When the re-check timer is due, in milliseconds; `nil`: none pending.
        var nextCheck: Int64?
    }

    /// The location's state.
    func state(_ location: String) throws -> State {
        guard let row = try db.row("SELECT episode, open, as_of_ms, next_check_ms FROM name_rate_alerts WHERE location = ?",
                                   [.text(location)]) else { return State() }
        return State(episode: Int(row.int("episode") ?? 0), open: row.int("open") == 1, asOf: row.int("as_of_ms"),
                     nextCheck: row.int("next_check_ms"))
    }

    /// Records the location's state.
    func set(_ location: String, _ state: State) throws {
        try db.execute("""
            INSERT INTO name_rate_alerts (location, episode, open, as_of_ms, next_check_ms) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (location) DO UPDATE SET episode = excluded.episode, open = excluded.open, as_of_ms = excluded.as_of_ms,
                next_check_ms = excluded.next_check_ms
            """, [.text(location), .int(state.episode), .int(state.open ? 1 : 0), state.asOf.map { .integer($0) } ?? .null,
                  state.nextCheck.map { .integer($0) } ?? .null])
    }
}
