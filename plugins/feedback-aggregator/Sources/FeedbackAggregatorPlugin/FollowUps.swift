import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPlugin

/// Closing the loop: a `feedback.detractor` alert for an unhappy customer, resolved when the
/// location records `rapport.customer.contacted` for that feedback or a manager resolves it;
/// `feedback_detractors` keeps when each was followed up, for the monthly figures. A contact
/// that arrives before its feedback (they can travel in different partitions) is kept in
/// `feedback_early_contacts` and closes the alert as soon as it is raised.
struct FollowUps {
    let context: HandlerContext

    func raise(_ notice: DetractorNotice, feedback: EventReference, response: FeedbackResponse, month: String,
               customer: String?, interaction: String?) throws {
        let alert = AlertIDs.detractor(feedback)
        try context.emit(AlertRaised(
            alertID: alert, severity: .warning, kind: .feedbackDetractor, summary: notice.summary, dedupKey: alert,
            refs: .init(interactionID: interaction, customerID: customer, feedback: feedback)))
        try context.db.execute("""
            INSERT INTO feedback_detractors (feedback_source, feedback_id, alert, location, agent, month, received_at, reasons)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feedback_source, feedback_id) DO NOTHING
            """, [.text(feedback.source), .text(feedback.id), .text(alert), .text(notice.location), .text(response.agent),
                  .text(month), .millis(response.time), .text(notice.reasons.map(\.description).joined(separator: ", "))])
        if let early = try context.db.row("SELECT contacted_at, channel, note FROM feedback_early_contacts WHERE feedback_source = ? AND feedback_id = ?",
                                          [.text(feedback.source), .text(feedback.id)]),
           let millis = early.int("contacted_at"), let channel = early.string("channel") {
            try record(contactAt: millis, channel: channel, note: early.string("note"), feedback: feedback, alert: alert, open: true)
            try context.db.execute("DELETE FROM feedback_early_contacts WHERE feedback_source = ? AND feedback_id = ?",
                                   [.text(feedback.source), .text(feedback.id)])
        }
    }

    /// The location contacted the customer about `feedback`.
    func contacted(_ feedback: EventReference, at time: Instant, channel: Channel, note: String?) throws {
        guard let row = try context.db.row("""
            SELECT alert, contacted_at, resolved_at FROM feedback_detractors WHERE feedback_source = ? AND feedback_id = ?
            """, [.text(feedback.source), .text(feedback.id)]), let alert = row.string("alert") else {
            try context.db.execute("""
                INSERT INTO feedback_early_contacts (feedback_source, feedback_id, contacted_at, channel, note) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (feedback_source, feedback_id) DO NOTHING
                """, [.text(feedback.source), .text(feedback.id), .integer(time.millisecondsSinceEpoch), .text(channel.rawValue),
                      note.map { .text($0) } ?? .null])
            return
        }
        guard row["contacted_at"].isNull else { return }   // the first contact is the follow-up
        try record(contactAt: time.millisecondsSinceEpoch, channel: channel.rawValue, note: note, feedback: feedback,
                   alert: alert, open: row["resolved_at"].isNull)
    }

    private func record(contactAt millis: Int64, channel: String, note: String?, feedback: EventReference, alert: String, open: Bool) throws {
        try context.db.execute("""
            UPDATE feedback_detractors SET contacted_at = ?, contact_channel = ?, resolved_at = COALESCE(resolved_at, ?)
            WHERE feedback_source = ? AND feedback_id = ?
            """, [.integer(millis), .text(channel), .integer(millis), .text(feedback.source), .text(feedback.id)])
        guard open else { return }
        let reason = "customer contacted (\(channel))" + (note.map { ": \($0)" } ?? "")
        try context.emit(AlertResolved(alertID: alert, reason: reason))
    }

    /// A manager resolved `alert`; if it is one of ours still open, it is closed, and the monthly
    /// figures count it as closed by a manager. A contact recorded afterwards keeps its time (the
    /// times to contact count it) without moving it out of "closed by a manager".
    func resolvedByManager(alert: String, by manager: String?, at time: Instant) throws {
        try context.db.execute("""
            UPDATE feedback_detractors SET resolved_at = ?, resolved_by = ? WHERE alert = ? AND resolved_at IS NULL
            """, [.integer(time.millisecondsSinceEpoch), .text(manager ?? "a manager"), .text(alert)])
    }
}
