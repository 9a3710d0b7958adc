import Foundation
import RapportEvents
import RapportPlugin

/// Complaint alerts: a manager hears of every high-severity complaint at once, hears again
/// (critical) if it is still open after a while, and sees the alert resolved when the
/// complaint is.
public enum ComplaintAlerts {
    /// The plugin's name, and its consumer group.
    public static let name = "complaint-alerts"

    /// The event types it emits (its manifest's `publishes`).
    public static let publishes = ["rapport.alert.raised", "rapport.alert.resolved"]

    /// Its state: the open high-severity complaints and their alerts.
    public static let migrations = [
        PluginMigration("create-open-complaints", """
            CREATE TABLE open_complaints (
                complaint TEXT PRIMARY KEY, alert TEXT NOT NULL, customer TEXT NOT NULL,
                location TEXT, summary TEXT NOT NULL)
            """),
    ]

    /// The routes; an open complaint is escalated after `escalateAfter`.
    public static func router(escalateAfter: Duration = .seconds(4 * 3_600)) -> PluginRouter {
        var router = PluginRouter()

        router.on(ComplaintReceived.self) { complaint, event, context in
            guard complaint.severity == .high else { return }
            let alert = "complaint-\(complaint.complaintID)"
            let summary = "High-severity complaint from \(complaint.customer.name): \(complaint.text.prefix(120))"
            try context.emit(AlertRaised(
                alertID: alert, severity: .warning, kind: "complaint.high", summary: summary, dedupKey: alert,
                refs: .init(customerID: complaint.customer.id, complaintID: complaint.complaintID)))
            try context.db.execute("""
                INSERT INTO open_complaints (complaint, alert, customer, location, summary) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (complaint) DO NOTHING
                """, [.text(complaint.complaintID), .text(alert), .text(complaint.customer.id), .text(event.location), .text(summary)])
            let (seconds, attoseconds) = escalateAfter.components
            try context.schedule(at: context.now.addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18),
                                 key: "escalate:\(complaint.complaintID)", payload: complaint.complaintID)
        }

        router.on(ComplaintResolved.self) { resolved, _, context in
            guard let open = try context.db.row("SELECT alert FROM open_complaints WHERE complaint = ?", [.text(resolved.complaintID)]),
                  let alert = open.string("alert") else { return }
            try context.emit(AlertResolved(alertID: alert, reason: "complaint resolved: \(resolved.resolution)"))
            try context.db.execute("DELETE FROM open_complaints WHERE complaint = ?", [.text(resolved.complaintID)])
            try context.cancelTimer(key: "escalate:\(resolved.complaintID)")
        }

        router.onTimer { timer, context in
            guard let open = try context.db.row("SELECT alert, customer, location, summary FROM open_complaints WHERE complaint = ?",
                                                [.text(timer.payload)]),
                  let alert = open.string("alert") else { return }
            try context.emit(AlertRaised(
                alertID: alert + "-escalated", severity: .critical, kind: "complaint.unresolved",
                summary: "Still unresolved: " + (open.string("summary") ?? ""), dedupKey: alert + "-escalated",
                refs: .init(customerID: open.string("customer"), complaintID: timer.payload)),
                location: open.string("location"), partitionKey: open.string("customer"))
        }
        return router
    }
}
