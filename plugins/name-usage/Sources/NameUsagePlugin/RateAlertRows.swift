import NameUsage
import RapportPlugin

/// A location's `name.below-target` alert state in `name_rate_alerts`: the current episode
/// and whether its alert is open.
struct RateAlertRows {
    let db: PluginDatabase

    /// The location's current episode (0 before the first) and whether its alert is open.
    func state(_ location: String) throws -> (episode: Int, open: Bool) {
        guard let row = try db.row("SELECT episode, open FROM name_rate_alerts WHERE location = ?", [.text(location)]) else {
            return (0, false)
        }
        return (Int(row.int("episode") ?? 0), row.int("open") == 1)
    }

    /// Records the location's episode and whether its alert is open.
    func set(_ location: String, episode: Int, open: Bool) throws {
        try db.execute("""
            INSERT INTO name_rate_alerts (location, episode, open) VALUES (?, ?, ?)
            ON CONFLICT (location) DO UPDATE SET episode = excluded.episode, open = excluded.open
            """, [.text(location), .int(episode), .int(open ? 1 : 0)])
    }
}
