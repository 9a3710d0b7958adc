import FeedbackAggregatorPlugin
import Foundation
import RapportEvents
import RapportPluginTesting
import Testing

@Suite("Detractor alert identity")
struct AlertIdentityTests {
    /// Two detractors whose source and id differ only in where a newline falls: under a hash of
    /// "source\nid" they shared an alert id, and the second could not be recorded (its handler failed
    /// on the alert's uniqueness until the bus dead-lettered it, uncounted).
    @Test func feedbackWhoseSourceAndIdRunTogetherGetsAlertsOfItsOwn() throws {
        let kit = try FeedbackEvents.kit()
        let time = Instant(rfc3339: "2026-11-25T10:00:00Z")!
        for (source, id) in [("/locations/store-12/desks/9", "x\ny"), ("/locations/store-12/desks/9\nx", "y")] {
            try kit.deliver(try TypedEvent(id: id, source: source, time: time, location: "store-12",
                                           data: FeedbackReceived(source: .survey, scores: .init(nps: 0))))
        }
        let raised = try kit.takeOutputs().compactMap(\.alertRaised)
        #expect(raised.count == 2 && Set(raised.map(\.alertID)).count == 2, "\(raised.map(\.alertID))")
        #expect(raised.allSatisfy { $0.alertID.count == "feedback-detractor-".count + 32 })
        #expect(try kit.query("SELECT COUNT(*) AS n FROM feedback_detractors").first?["n"] == "2")
        #expect(try kit.query("SELECT SUM(responses) AS n FROM feedback_sums WHERE dimension = 'organisation' AND period = 'day'")
            .first?["n"] == "2")
    }
}
