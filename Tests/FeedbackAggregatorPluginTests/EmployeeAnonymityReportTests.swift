import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import RapportEvents
import RapportPluginTesting
import Testing

/// The report's employee section under k-anonymity, on states made by the plugin's handlers:
/// each figure on its own sample of k answers, themes only for a group of k comments.
@Suite struct EmployeeAnonymityReportTests {
    /// A state file made by delivering `events`, and the report of October 2026 on it (k = 5).
    private func report(_ events: [TypedEventMaker], location: String? = nil) throws -> FeedbackReport {
        let path = NSTemporaryDirectory() + "feedback-anonymity-\(getpid())-\(UUID().uuidString.prefix(8)).sqlite"
        defer { for suffix in ["", "-wal", "-shm", ".migrate.lock"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let kit = try FeedbackEvents.kit(statePath: path)
        for event in events { _ = try kit.deliver(try event()) }
        return try FeedbackReportReader(statePath: path).report(month: MonthLabel("2026-10")!, location: location, anonymity: AnonymityThreshold(k: 5))
    }

    typealias TypedEventMaker = () throws -> TypedEvent

    private func employee(_ id: String, location: String = "store-12", csat: Int? = nil, nps: Int? = nil, ces: Int? = nil,
                          comment: String? = nil) -> TypedEventMaker {
        { try FeedbackEvents.feedback(id, location: location, agent: nil, source: .employee, csat: csat, nps: nps, ces: ces, comment: comment) }
    }

    /// The audit's case: five employees, four answering CSAT, one NPS and CES and a comment.
    @Test func aFigureOnFewerThanKAnswersIsWithheldThoughTheGroupHasK() throws {
        let events = (0..<4).map { employee("e-\($0)", csat: 4) }
            + [employee("e-4", nps: 0, ces: 1, comment: "My manager shouts at me in front of customers, and the queue never moves.")]
        let report = try report(events)
        for name in ["store-12", "all"] {
            let group = try #require(report.employee.groups.first { $0.group == name })
            #expect(!group.withheld && group.figures?.responses == 5, "\(name)")
            #expect(group.figures?.csat == nil && group.figures?.nps == nil && group.figures?.ces == nil, "\(name): no figure on 4 or 1 answers")
            #expect(group.withheldParts == ["csat", "nps", "ces", "themes"], "\(name)")
            #expect(group.themes == nil, "\(name): one comment, no theme counts")
            #expect(group.figures?.comments == nil, "\(name): nor how many commented")
        }
    }

    @Test func figuresAndThemesOnKAnswersAreShown() throws {
        let events = (0..<5).map { employee("e-\($0)", csat: 4, nps: 9, comment: "Customers keep telling us the queue is far too long.") }
            + [employee("e-5", ces: 2)]
        let group = try #require(try report(events).employee.groups.first { $0.group == "store-12" })
        #expect(group.figures?.csat?.value == 100 && group.figures?.nps?.value == 100)
        #expect(group.figures?.ces == nil && group.withheldParts == ["ces"])
        #expect(group.themes != nil && group.figures?.comments == 5)
    }

    /// nyc-1's NPS is shown on 5 answers, store-12's withheld on 2: the organisation's 7 less
    /// nyc-1's 5 would give store-12's two, so the organisation's NPS is withheld too, while its
    /// CSAT (every location's shown) is not.
    @Test func theOrganisationWithholdsWhatLessTheShownLocationsWouldReveal() throws {
        let events = (0..<5).map { employee("n-\($0)", location: "nyc-1", csat: 4, nps: 10) }
            + (0..<5).map { employee("s-\($0)", csat: 3, nps: $0 < 2 ? 0 : nil) }
        let groups = Dictionary(uniqueKeysWithValues: try report(events).employee.groups.map { ($0.group, $0) })
        #expect(groups["nyc-1"]?.withheldParts == [] && groups["nyc-1"]?.figures?.nps?.answers == 5)
        #expect(groups["store-12"]?.withheldParts.contains("nps") == true && groups["store-12"]?.figures?.csat?.answers == 5)
        #expect(groups["all"]?.withheldParts.contains("nps") == true && groups["all"]?.figures?.nps == nil)
        #expect(groups["all"]?.figures?.csat?.answers == 10)
    }

    /// Themes need k comments in the group: four comments at nyc-1 show no theme count, and the
    /// organisation's themes less store-12's would reveal them.
    @Test func themesNeedKCommentsInTheGroup() throws {
        let events = (0..<5).map { employee("s-\($0)", csat: 4, comment: "Customers say the queue is far too long.") }
            + (0..<5).map { employee("n-\($0)", location: "nyc-1", csat: 4, comment: $0 < 4 ? "Customers complain the prices went up again." : nil) }
        let groups = Dictionary(uniqueKeysWithValues: try report(events).employee.groups.map { ($0.group, $0) })
        #expect(groups["store-12"]?.themes != nil && groups["store-12"]?.withheldParts == [])
        #expect(groups["nyc-1"]?.themes == nil && groups["nyc-1"]?.withheldParts == ["themes"])
        #expect(groups["all"]?.themes == nil && groups["all"]?.withheldParts == ["themes"])
    }

    @Test func customerFiguresAreNotCutOff() throws {
        let report = try report([{ try FeedbackEvents.feedback("c-1", csat: 5, nps: 10, ces: 6) }])
        let store = try #require(report.customer.first { $0.group == "store-12" })
        #expect(store.current.csat?.answers == 1 && store.current.nps?.answers == 1 && store.current.ces?.answers == 1)
    }
}

@Suite struct EmployeeDisclosureTests {
    private func sums(responses: Int64, comments: Int64 = 0, csat: Int64 = 0, nps: Int64 = 0, ces: Int64 = 0) -> ScoreSums {
        var sums = ScoreSums()
        sums.responses = responses
        sums.comments = comments
        sums.csatCount = csat
        sums.npsCount = nps
        sums.cesCount = ces
        return sums
    }

    @Test func aGroupBelowKIsWithheldWhole() {
        let disclosure = EmployeeDisclosure(organisation: sums(responses: 4, csat: 4), locations: ["a": sums(responses: 4, csat: 4)],
                                            anonymity: AnonymityThreshold(k: 5))
        #expect(disclosure.withheld(location: "a") == Set(EmployeeDisclosure.Part.allCases))
        #expect(disclosure.organisation == Set(EmployeeDisclosure.Part.allCases))
    }

    @Test func aMeasureNobodyAnsweredIsNotWithheld() {
        let disclosure = EmployeeDisclosure(organisation: sums(responses: 5, comments: 5, csat: 5), locations: ["a": sums(responses: 5, comments: 5, csat: 5)],
                                            anonymity: AnonymityThreshold(k: 5))
        #expect(disclosure.withheld(location: "a").isEmpty && disclosure.organisation.isEmpty)
    }

    /// The organisation less the shown locations: a withheld location of 3 among 13 reveals itself.
    @Test func theOrganisationLessTheShownLocations() {
        let locations = ["a": sums(responses: 5, csat: 5), "b": sums(responses: 5, csat: 5), "c": sums(responses: 3, csat: 3)]
        let disclosure = EmployeeDisclosure(organisation: sums(responses: 13, csat: 13), locations: locations, anonymity: AnonymityThreshold(k: 5))
        #expect(disclosure.withheld(location: "c") == Set(EmployeeDisclosure.Part.allCases))
        #expect(disclosure.organisation == Set(EmployeeDisclosure.Part.allCases))
        // Two withheld locations of 3 together are 6: the organisation is shown.
        let more = locations.merging(["d": sums(responses: 3, csat: 3)]) { a, _ in a }
        #expect(EmployeeDisclosure(organisation: sums(responses: 16, csat: 16), locations: more, anonymity: AnonymityThreshold(k: 5)).organisation == [])
    }
}
