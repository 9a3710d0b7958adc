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

    @Test func followUpsCountAndTime() {
        let summary = FollowUpSummary([
            .init(contactedAfter: 3_600, resolvedByManager: false),
            .init(contactedAfter: 3 * 3_600, resolvedByManager: true),
            .init(contactedAfter: 30 * 3_600, resolvedByManager: false),
            .init(contactedAfter: nil, resolvedByManager: true),
            .init(contactedAfter: nil, resolvedByManager: false),
        ])
        #expect(summary.detractors == 5 && summary.contacted == 3 && summary.closedByManager == 1 && summary.open == 1)
        #expect(summary.meanHours == 34.0 / 3 && summary.medianHours == 3 && summary.within24Hours == 2)
    }
}
