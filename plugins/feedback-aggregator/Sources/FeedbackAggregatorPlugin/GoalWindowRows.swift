import FeedbackMeasures
import Foundation
import RapportPlugin

/// `feedback_goal_windows`: per goal scope, the instant its goals were last checked as of, the
/// location whose calendar its days are read in, and when its re-check timer is due (`NULL`:
/// none pending, as the window holds no answers).
struct GoalWindowRows {
    let db: PluginDatabase

    /// What was stored for `scope`, or `nil` before its first check.
    func state(_ scope: GoalScope) throws -> GoalWindowState? {
        guard let row = try db.row("SELECT as_of, calendar_location, next_check FROM feedback_goal_windows WHERE scope = ?",
                                   [.text(GoalTimers.code(scope))]),
              let asOf = row.int("as_of"), let location = row.string("calendar_location") else { return nil }
        return GoalWindowState(asOf: asOf, calendarLocation: location, nextCheck: row.int("next_check"))
    }

    /// Records `scope`'s latest check.
    func save(_ scope: GoalScope, _ state: GoalWindowState) throws {
        try db.execute("""
            INSERT INTO feedback_goal_windows (scope, as_of, calendar_location, next_check) VALUES (?, ?, ?, ?)
            ON CONFLICT (scope) DO UPDATE SET as_of = excluded.as_of, calendar_location = excluded.calendar_location,
                next_check = excluded.next_check
            """, [.text(GoalTimers.code(scope)), .integer(state.asOf), .text(state.calendarLocation),
                  state.nextCheck.map { .integer($0) } ?? .null])
    }
}

/// A scope's latest goal check, times in milliseconds since the epoch (as stored).
struct GoalWindowState {
    var asOf: Int64
    var calendarLocation: String
    var nextCheck: Int64?
}

extension Date {
    /// Milliseconds since the epoch, rounded as the SDK stores times.
    var millis: Int64 { Int64((timeIntervalSince1970 * 1_000).rounded()) }

    /// The instant `millis` milliseconds after the epoch.
    init(millis: Int64) { self.init(timeIntervalSince1970: Double(millis) / 1_000) }
}
