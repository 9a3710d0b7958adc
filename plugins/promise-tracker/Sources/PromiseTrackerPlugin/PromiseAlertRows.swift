import Foundation
import PromiseTracking
import RapportPlugin

/// The alerts the tracker raised, by dedup key: what makes each alert go out once.
enum PromiseAlertRows {
    /// The alerts raised for `promise`.
    static func raised(for promise: String, db: PluginDatabase) throws -> [RaisedAlert] {
        try db.rows("SELECT dedup, kind, resolved FROM promise_alerts WHERE promise = ?", [.text(promise)]).compactMap { row in
            guard let key = row.string("dedup"), let kind = row.string("kind").flatMap(PromiseAlertKind.init(rawValue:)) else { return nil }
            return RaisedAlert(kind: kind, dedupKey: key, resolved: row.int("resolved") == 1)
        }
    }

    /// Records `alert` as raised; `false` when it already was (then it must not go out again).
    static func record(_ alert: PlannedAlert, promise: String?, now: Date, db: PluginDatabase) throws -> Bool {
        try db.execute("""
            INSERT INTO promise_alerts (dedup, promise, kind, resolved, raised_at) VALUES (?, ?, ?, 0, ?)
            ON CONFLICT (dedup) DO NOTHING
            """, [.text(alert.dedupKey), .text(promise), .text(alert.kind.rawValue), .millis(now)])
        return db.changes == 1
    }

    /// Marks `dedupKey` resolved; `false` when it was not raised or already resolved.
    static func resolve(_ dedupKey: String, db: PluginDatabase) throws -> Bool {
        try db.execute("UPDATE promise_alerts SET resolved = 1 WHERE dedup = ? AND resolved = 0", [.text(dedupKey)])
        return db.changes == 1
    }
}
