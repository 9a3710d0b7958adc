import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPluginTesting
import ThemeTagging
import Testing

@Suite struct FeedbackAggregatorPluginTests {
    @Test func measuresArePeriodsInTheLocationsZone() throws {
        let kit = try FeedbackEvents.kit()
        // 23:30 UTC on Sunday 4 October: Monday in London, Sunday in New York.
        try kit.deliver(
            try FeedbackEvents.feedback("f1", at: "2026-10-04T23:30:00Z", csat: 5, nps: 10, ces: 6),
            try FeedbackEvents.feedback("f2", at: "2026-10-04T23:30:00Z", location: "nyc-1", agent: "b-1", csat: 4, nps: 8, ces: 5),
            try FeedbackEvents.feedback("f3", at: "2026-10-31T23:30:00-04:00", location: "nyc-1", agent: "b-1", csat: 3))
        #expect(try kit.sums("location", "store-12", "day", "2026-10-05")?["responses"] == "1")
        #expect(try kit.sums("location", "store-12", "week", "2026-W41")?["csat_satisfied"] == "1")
        #expect(try kit.sums("location", "nyc-1", "week", "2026-W40")?["nps_n"] == "1")
        // 03:30 UTC on 1 November is still October in New York.
        #expect(try kit.sums("location", "nyc-1", "month", "2026-10")?["csat_n"] == "2")
        let organisation = try #require(try kit.sums("organisation", "all", "month", "2026-10"))
        #expect(organisation["responses"] == "3" && organisation["csat_satisfied"] == "2" && organisation["ces_sum_sq"] == "61")
        #expect(try kit.sums("agent", "b-1", "month", "2026-10")?["responses"] == "2")
        #expect(try kit.sums("channel", "front-desk", "month", "2026-10")?["responses"] == "3")
        #expect(try kit.sums("source", "survey", "month", "2026-10")?["promoters"] == "1")
    }

    @Test func eachCommentIsTaggedAsTheCatalogueSays() throws {
        let kit = try FeedbackEvents.kit()
        // A comment card with only words is valid feedback.
        let outcomes = try kit.deliver(try FeedbackEvents.feedback("card-1", source: .commentCard,
                                                                   comment: "Waited 40 minutes but the staff were lovely."))
        #expect(outcomes == [.handled])
        let outputs = try kit.takeOutputs()
        #expect(outputs.count == 1)
        let tagged = try #require(outputs.first?.tagged)
        #expect(tagged.feedback == EventReference(source: FeedbackEvents.desk, id: "card-1"))
        #expect(tagged.themes == ["waiting-time": .negative, "staff-attitude": .positive])
        #expect(tagged.lexicon == "2026.12-10")
        #expect(outputs.first?.location == "store-12" && outputs.first?.agent == "a-1")
        let themes = try kit.query("SELECT theme, polarity, comments FROM feedback_themes ORDER BY theme")
        #expect(themes == [["theme": "staff-attitude", "polarity": "positive", "comments": "1"],
                           ["theme": "waiting-time", "polarity": "negative", "comments": "1"]])
        #expect(try kit.sums("location", "store-12", "month", "2026-10")?["comments"] == "1")

        try kit.deliver(try FeedbackEvents.feedback("card-2", source: .commentCard, comment: "Great service!"))
        #expect(try kit.takeOutputs().first?.tagged?.themes == [:])
    }

    @Test func anUnhappyCustomerRaisesADetractorAlertAtOnceResolvedByTheContact() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.feedback("s-1", nps: 3, comment: "Nobody called me back.",
                                                    respondent: .init(id: "c-1", name: "Ana Díaz", contact: "+44 7700 900123")))
        let raised = try kit.takeOutputs().compactMap(\.alertRaised)
        #expect(raised.count == 1)
        let alert = try #require(raised.first)
        #expect(alert.kind == .feedbackDetractor && alert.severity == .warning && alert.dedupKey == alert.alertID)
        #expect(alert.refs.feedback == EventReference(source: FeedbackEvents.desk, id: "s-1") && alert.refs.customerID == "c-1")
        #expect(alert.summary.contains("NPS 3") && alert.summary.contains("Ana Díaz on +44 7700 900123")
            && alert.summary.contains("Nobody called me back."))

        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1"))
        let resolved = try kit.takeOutputs().compactMap(\.alertResolved)
        #expect(resolved.map(\.alertID) == [alert.alertID])
        #expect(resolved.first?.reason == "customer contacted (phone): apologised")
        let row = try #require(try kit.query("SELECT received_at, contacted_at, month FROM feedback_detractors").first)
        #expect(Int(row["contacted_at"]!)! - Int(row["received_at"]!)! == 3 * 3_600_000)
        #expect(row["month"] == "2026-10")

        // A second contact, or a manager's resolution afterwards, changes nothing.
        try kit.deliver(try FeedbackEvents.contacted("k-2", feedback: "s-1", at: "2026-10-07T10:00:00+01:00"))
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.query("SELECT contacted_at FROM feedback_detractors").first?["contacted_at"] == row["contacted_at"])
    }

    @Test(arguments: [(Int?(2), Int?(nil)), (nil, 1), (nil, 2)])
    func csatOneOrTwoAndHighEffortAreDetractorsToo(csat: Int?, ces: Int?) throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.feedback("s-1", csat: csat, ces: ces))
        #expect(try kit.takeOutputs().compactMap(\.alertRaised).map(\.kind) == [.feedbackDetractor])
    }

    @Test func aManagerCanResolveADetractorAlert() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.feedback("s-1", csat: 1))
        let alert = try #require(try kit.takeOutputs().compactMap(\.alertRaised).first)
        try kit.deliver(try FeedbackEvents.managerResolved("r-1", alert: alert.alertID))
        #expect(try kit.takeOutputs().isEmpty, "the manager's resolution is already on the bus")
        #expect(try kit.query("SELECT resolved_by FROM feedback_detractors").first?["resolved_by"] == "m-7")
        // A later contact is still recorded as the follow-up, without resolving anything again.
        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1"))
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.query("SELECT contact_channel FROM feedback_detractors").first?["contact_channel"] == "phone")
    }

    @Test func aContactBeforeItsFeedbackClosesTheAlertAsItIsRaised() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1"))
        try kit.deliver(try FeedbackEvents.feedback("s-1", nps: 0))
        let outputs = try kit.takeOutputs()
        #expect(outputs.compactMap(\.alertRaised).count == 1 && outputs.compactMap(\.alertResolved).count == 1)
        #expect(try kit.query("SELECT COUNT(*) AS n FROM feedback_early_contacts").first?["n"] == "0")
    }

    /// The audit's case: the alert is closed by a manager, then the contact comes. It stays closed
    /// by a manager (the columns add up to the detractors), and the contact's time is kept.
    /// A contact made before the manager's resolution but handled after it (the two events can travel in
    /// different partitions) is what closed the case: the figures go by the events' times.
    @Test func aContactMadeBeforeAManagersResolutionCountsAsTheFollowUpWhateverTheOrderHandled() throws {
        let path = NSTemporaryDirectory() + "feedback-follow-up-order-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".migrate.lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let kit = try FeedbackEvents.kit(statePath: path)
        try kit.deliver(try FeedbackEvents.feedback("s-1", csat: 1))
        let alert = try #require(try kit.takeOutputs().compactMap(\.alertRaised).first)
        try kit.deliver(try FeedbackEvents.managerResolved("r-1", alert: alert.alertID))   // 09:00 on the 6th
        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1"))              // 13:00 on the 5th
        let followUp = try #require(try FeedbackReportReader(statePath: path).report(
            month: MonthLabel("2026-10")!, location: "store-12", anonymity: AnonymityThreshold()).followUps.first)
        #expect(followUp.detractors == 1 && followUp.contacted == 1 && followUp.closedByManager == 0 && followUp.open == 0)
        #expect(followUp.contactedAfterManager == 0 && followUp.meanHoursToContact == 3)
    }

    @Test func aManagersResolutionStaysClosedByAManagerWhenAContactFollows() throws {
        let path = NSTemporaryDirectory() + "feedback-follow-up-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".migrate.lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let kit = try FeedbackEvents.kit(statePath: path)
        try kit.deliver(try FeedbackEvents.feedback("s-1", csat: 1))
        let alert = try #require(try kit.takeOutputs().compactMap(\.alertRaised).first)
        try kit.deliver(try FeedbackEvents.feedback("s-2", nps: 2))
        try kit.deliver(try FeedbackEvents.managerResolved("r-1", alert: alert.alertID))
        func followUp() throws -> FeedbackReport.FollowUps {
            try #require(try FeedbackReportReader(statePath: path).report(month: MonthLabel("2026-10")!, location: "store-12",
                                                                          anonymity: AnonymityThreshold()).followUps.first)
        }
        let before = try followUp()
        #expect(before.detractors == 2 && before.contacted == 0 && before.closedByManager == 1 && before.open == 1)

        // The manager resolved it at 09:00 on the 6th; the location rings the customer at noon.
        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1", at: "2026-10-06T12:00:00+01:00"))
        #expect(try kit.takeOutputs().compactMap(\.alertResolved).isEmpty)
        let after = try followUp()
        #expect(after.detractors == 2 && after.contacted == 0 && after.closedByManager == 1 && after.open == 1)
        #expect(after.contactedAfterManager == 1 && after.meanHoursToContact == 26 && after.medianHoursToContact == 26
            && after.contactedWithin24Hours == 0)
        #expect(after.contacted + after.closedByManager + after.open == after.detractors)
        let row = try #require(try kit.query("SELECT contacted_at, resolved_by FROM feedback_detractors WHERE feedback_id = 's-1'").first)
        #expect(row["contacted_at"] != nil && row["resolved_by"] == "m-7")
    }

    /// A contact that came before its feedback keeps its note: the reason reads as for any contact.
    @Test func anEarlyContactKeepsItsNoteInTheReason() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.contacted("k-1", feedback: "s-1"))
        try kit.deliver(try FeedbackEvents.feedback("s-1", nps: 0))
        let resolved = try kit.takeOutputs().compactMap(\.alertResolved)
        #expect(resolved.map(\.reason) == ["customer contacted (phone): apologised"])
    }

    /// A comment (or a name or contact) on several lines still gives a one-line alert summary.
    @Test func aCommentOnSeveralLinesGivesAOneLineAlert() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.feedback("s-1", nps: 2, comment: "Line one\nLine \"two\"\r\n\tend\u{07}",
                                                    respondent: .init(id: "c-1", name: "Ana\nDíaz", contact: "+44 7700\r\n900123")))
        let alert = try #require(try kit.takeOutputs().compactMap(\.alertRaised).first)
        #expect(!alert.summary.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" })
        #expect(alert.summary.hasSuffix("They wrote: \"Line one Line \"two\" end\""), "\(alert.summary)")
        #expect(alert.summary.contains("Call back Ana Díaz on +44 7700 900123."))
    }

    @Test func employeeFeedbackIsApartAnonymousAndNeverAlerts() throws {
        let kit = try FeedbackEvents.kit()
        try kit.deliver(try FeedbackEvents.feedback("e-1", agent: "a-9", source: .employee, csat: 1, nps: 0, ces: 1,
                                                    comment: "The rota is chaos and the manager is rude."))
        let outputs = try kit.takeOutputs()
        #expect(outputs.compactMap(\.alertRaised).isEmpty)
        #expect(outputs.compactMap(\.tagged).count == 1 && outputs.first?.agent == nil)
        let rows = try kit.query("SELECT DISTINCT audience, dimension FROM feedback_sums ORDER BY dimension")
        #expect(rows == [["audience": "employee", "dimension": "location"], ["audience": "employee", "dimension": "organisation"]])
        #expect(try kit.query("SELECT * FROM feedback_sums WHERE grp = 'a-9'").isEmpty)
        // The rota and the manager's manners are the workplace itself: the tagger is told an employee wrote it.
        #expect(outputs.compactMap(\.tagged).first?.themes == [:])
        try kit.deliver(try FeedbackEvents.feedback("e-2", agent: nil, source: .employee, csat: 2,
                                                    comment: "The staff room is filthy, and customers keep saying the toilets are filthy too."))
        #expect(try kit.takeOutputs().compactMap(\.tagged).first?.themes == ["cleanliness": .negative])
        let themes = try kit.query("SELECT audience, theme, polarity, comments FROM feedback_themes")
        #expect(themes == [["audience": "employee", "theme": "cleanliness", "polarity": "negative", "comments": "1"]])
    }

    @Test func theTaggerKnowsEverySourceOfTheCatalogue() {
        #expect(Set(CommentAuthor.sources.map(\.key)) == Set(FeedbackSource.allCases.map(\.rawValue)))
        #expect(CommentAuthor(source: FeedbackSource.employee.rawValue) == .employee)
    }

    @Test func aRollingFigureBelowTargetRaisesOnceAndResolvesWhenItRecovers() throws {
        let kit = try FeedbackEvents.kit(FeedbackEvents.settings(minimumSample: 3))
        try kit.deliver(try FeedbackEvents.feedback("g-1", at: "2026-10-01T10:00:00+01:00", csat: 5))
        try kit.deliver(try FeedbackEvents.feedback("g-2", at: "2026-10-02T10:00:00+01:00", csat: 3))
        #expect(try kit.takeOutputs().compactMap(\.alertRaised).isEmpty, "two answers are below the minimum sample")
        try kit.deliver(try FeedbackEvents.feedback("g-3", at: "2026-10-03T10:00:00+01:00", csat: 3))
        let raised = try kit.takeOutputs().compactMap(\.alertRaised)
        #expect(Set(raised.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(raised.allSatisfy { $0.kind == .feedbackBelowTarget && $0.severity == .warning })
        #expect(raised.first { $0.alertID.contains("store-12") }?.summary
            == "CSAT at store-12 over the last 28 days is 33% (3 answers), below its target of 80%.")

        try kit.deliver(try FeedbackEvents.feedback("g-4", at: "2026-10-04T10:00:00+01:00", csat: 4))
        #expect(try kit.takeOutputs().isEmpty, "still below target: no second alert")
        for (i, day) in ["05", "06", "07", "08", "09"].enumerated() {
            try kit.deliver(try FeedbackEvents.feedback("g-\(5 + i)", at: "2026-10-\(day)T10:00:00+01:00", csat: 5))
        }
        // After g-9: 7 of 9 (78%), still below; g-10 makes 8 of 10, at the target.
        try kit.deliver(try FeedbackEvents.feedback("g-10", at: "2026-10-10T10:00:00+01:00", csat: 5))
        let resolved = try kit.takeOutputs().compactMap(\.alertResolved)
        #expect(Set(resolved.map(\.alertID)) == ["feedback-below-store-12-csat-1", "feedback-below-all-csat-1"])
        #expect(resolved.first?.reason == "recovered: 80% on 10 answers, target 80%")
    }

    @Test func theRollingWindowLeavesOldDaysBehind() throws {
        let kit = try FeedbackEvents.kit(FeedbackEvents.settings(minimumSample: 3))
        for (i, day) in ["01", "02", "03"].enumerated() {
            try kit.deliver(try FeedbackEvents.feedback("o-\(i)", at: "2026-09-\(day)T10:00:00+01:00", csat: 1))
        }
        #expect(try kit.takeOutputs().compactMap(\.alertRaised).filter { $0.kind == .feedbackBelowTarget }.count == 2)
        // 28 days later the September answers are out of the window: the first happy answer alone
        // is too small a sample to judge, so the open alerts are resolved for that; the next two
        // (3 of 3) raise nothing.
        for (i, day) in ["10", "11", "12"].enumerated() {
            try kit.deliver(try FeedbackEvents.feedback("n-\(i)", at: "2026-10-\(day)T10:00:00+01:00", csat: 5))
        }
        let resolved = try kit.takeOutputs().compactMap(\.alertResolved)
        #expect(resolved.count == 2)
        #expect(resolved.allSatisfy { $0.reason == "sample below minimum: 1 answer over the last 28 days, fewer than the 3 a figure needs to be judged" })
    }

    @Test func aRedeliveredEventChangesNothing() throws {
        let kit = try FeedbackEvents.kit()
        let event = try FeedbackEvents.feedback("s-1", nps: 2, comment: "Rude and slow.")
        #expect(try kit.deliver(event) == [.handled])
        let first = try kit.takeOutputs()
        let before = try kit.query("SELECT * FROM feedback_sums ORDER BY audience, dimension, grp, period, label")
        #expect(try kit.deliver(event, event) == [.duplicate, .duplicate])
        #expect(try kit.takeOutputs().isEmpty)
        #expect(try kit.query("SELECT * FROM feedback_sums ORDER BY audience, dimension, grp, period, label") == before)
        #expect(first.compactMap(\.alertRaised).count == 1 && first.compactMap(\.tagged).count == 1)
        #expect(try kit.query("SELECT COUNT(*) AS n FROM feedback_themes WHERE comments > 1").first?["n"] == "0")
    }

    @Test func settingsAreReadFromTheEnvironmentWithActionableErrors() throws {
        let read = try FeedbackSettings.read(environment: [
            "FEEDBACK_AGGREGATOR_CSAT_TARGET": "85", "FEEDBACK_AGGREGATOR_NPS_TARGET": "",
            "FEEDBACK_AGGREGATOR_LOCATION_TARGETS": "store-12: nps 50", "FEEDBACK_AGGREGATOR_EMPLOYEE_MIN_GROUP": "7",
            "FEEDBACK_AGGREGATOR_CES_HIGH_EFFORT_MAX": "3",
        ], calendars: [:])
        #expect(read.goals.organisation.csat == 0.85 && read.goals.organisation.nps == nil && read.goals.organisation.ces == 5)
        #expect(read.goals.targets(for: .location("store-12")).nps == 50)
        #expect(read.anonymity.k == 7 && read.detractors.highEffortMax == 3)
        #expect(throws: FeedbackSettingsError.self) { try FeedbackSettings.read(environment: ["FEEDBACK_AGGREGATOR_ROLLING_DAYS": "0"], calendars: [:]) }
        #expect(throws: FeedbackSettingsError.self) {
            try FeedbackSettings.read(environment: ["FEEDBACK_AGGREGATOR_LEXICON_FILE": "/nonexistent/lexicon.txt"], calendars: [:])
        }
    }
}
