import FeedbackMeasures
import Testing

@Suite struct DetractorTests {
    let rule = DetractorRule()

    @Test(arguments: [
        (ResponseScores(nps: 6), [DetractorReason.nps(6)]),
        (ResponseScores(nps: 7), []),
        (ResponseScores(csat: 2), [.csat(2)]),
        (ResponseScores(csat: 3), []),
        (ResponseScores(ces: 2), [.ces(2)]),
        (ResponseScores(ces: 3), []),
        (ResponseScores(csat: 1, nps: 0, ces: 1), [.nps(0), .csat(1), .ces(1)]),
        (ResponseScores(), []),
    ])
    func customerDetractors(scores: ResponseScores, expected: [DetractorReason]) {
        let response = Fixtures.response("2026-10-04T09:00:00Z", csat: scores.csat, nps: scores.nps, ces: scores.ces)
        #expect(rule.reasons(response) == expected)
    }

    @Test func highEffortIsConfigurable() {
        let response = Fixtures.response("2026-10-04T09:00:00Z", ces: 3)
        #expect(DetractorRule(highEffortMax: 3).reasons(response) == [.ces(3)])
    }

    @Test func employeesNeverRaisePerResponseAlerts() {
        let response = Fixtures.response("2026-10-04T09:00:00Z", origin: .employee, csat: 1, nps: 0, ces: 1)
        #expect(rule.reasons(response).isEmpty)
    }

    @Test func theNoticeQuotesTheCommentAndSaysWhomToCall() {
        let notice = DetractorNotice(reasons: [.nps(3), .csat(2)], location: "store-12", origin: .survey,
                                     comment: "Waited 40 minutes.", name: "Ana Díaz", contact: "+44 7700 900123")
        #expect(notice.summary == "Unhappy customer at store-12 (survey: NPS 3, CSAT 2/5). Call back Ana Díaz on +44 7700 900123. They wrote: \"Waited 40 minutes.\"")
        let bare = DetractorNotice(reasons: [.ces(1)], location: "nyc-1", origin: .commentCard, comment: nil, name: nil, contact: nil)
        #expect(bare.summary == "Unhappy customer at nyc-1 (comment-card: CES 1/7 (high effort)). No name or contact given.")
    }

    @Test func theNoticeIsOneLineWhateverTheCommentHolds() {
        let notice = DetractorNotice(reasons: [.nps(3)], location: "store-12", origin: .survey,
                                     comment: "  Line one\nLine \"two\"\r\n\t\u{85}\u{2028}three\u{1B}  ", name: "Ana\tDíaz", contact: "\n")
        #expect(notice.summary == "Unhappy customer at store-12 (survey: NPS 3). From Ana Díaz; no contact given. They wrote: \"Line one Line \"two\" three\"")
        #expect(OneLine.text("a\u{0}\u{7F}b  c\n") == "a b c" && OneLine.text("\n\t") == "")
    }

    @Test func followUpsCountEachDetractorOnceByWhatClosedIt() {
        let summary = FollowUpSummary([
            .init(contactedAfter: 3_600, resolvedByManager: false),
            .init(contactedAfter: 3 * 3_600, resolvedByManager: true),
            .init(contactedAfter: 30 * 3_600, resolvedByManager: false),
            .init(contactedAfter: nil, resolvedByManager: true),
            .init(contactedAfter: nil, resolvedByManager: false),
        ])
        // The second was closed by a manager and contacted afterwards: it stays closed by a manager,
        // and its contact still counts in the times to contact.
        #expect(summary.detractors == 5 && summary.contacted == 2 && summary.closedByManager == 2 && summary.open == 1)
        #expect(summary.contactedAfterManager == 1)
        #expect(summary.contacted + summary.closedByManager + summary.open == summary.detractors)
        #expect(summary.meanHours == 34.0 / 3 && summary.medianHours == 3 && summary.within24Hours == 2)
    }
}
