import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import RapportCalendar
import RapportEvents
import RapportPlugin
import RapportPluginTesting

/// Events and a kit for the plugin's tests.
enum FeedbackEvents {
    static let desk = "/locations/store-12/desks/1"

    static func feedback(_ id: String, at time: String = "2026-10-05T10:00:00+01:00", location: String = "store-12",
                         agent: String? = "a-1", source: FeedbackSource = .survey, csat: Int? = nil, nps: Int? = nil,
                         ces: Int? = nil, comment: String? = nil, respondent: FeedbackReceived.Respondent? = nil,
                         channel: Channel? = .frontDesk) throws -> TypedEvent {
        try TypedEvent(id: id, source: desk, time: Instant(rfc3339: time)!, location: location, agent: agent,
                       data: FeedbackReceived(source: source, scores: .init(csat: csat, nps: nps, ces: ces), comment: comment,
                                              respondent: respondent, channel: channel))
    }

    static func contacted(_ id: String, feedback: String, at time: String = "2026-10-05T13:00:00+01:00") throws -> TypedEvent {
        try TypedEvent(id: id, source: desk, time: Instant(rfc3339: time)!, location: "store-12", agent: "a-1",
                       data: CustomerContacted(customerID: "c-1", feedback: EventReference(source: desk, id: feedback),
                                               channel: .phone, note: "apologised"))
    }

    static func managerResolved(_ id: String, alert: String) throws -> TypedEvent {
        try TypedEvent(id: id, source: "/managers/m-7", time: Instant(rfc3339: "2026-10-06T09:00:00+01:00")!,
                       data: AlertResolved(alertID: alert, reason: "called them myself", managerID: "m-7"))
    }

    static func settings(minimumSample: Int64 = 3, k: Int64 = 5) -> FeedbackSettings {
        let london = try! LocationCalendar(timeZone: "Europe/London", weekly: [:])
        let newYork = try! LocationCalendar(timeZone: "America/New_York", weekly: [:])
        return FeedbackSettings(
            goals: Goals(organisation: Targets(csat: 0.8, nps: 30, ces: 5), locations: ["nyc-1": Targets(csat: 0.5)],
                         minimumSample: minimumSample, rollingDays: 28),
            anonymity: AnonymityThreshold(k: k),
            periods: PeriodResolver(calendars: ["store-12": london, "nyc-1": newYork]))
    }

    static func kit(_ settings: FeedbackSettings = settings(), start: Date = Date(timeIntervalSince1970: 1_795_425_300),
                    statePath: String? = nil) throws -> PluginTestKit {
        try PluginTestKit(name: FeedbackAggregatorPlugin.name, publishes: FeedbackAggregatorPlugin.publishes,
                          router: FeedbackAggregatorPlugin.router(settings: settings), migrations: FeedbackAggregatorPlugin.migrations,
                          start: start, statePath: statePath)
    }
}

extension PluginTestKit {
    /// One row of feedback_sums as column → text.
    func sums(_ dimension: String, _ group: String, _ period: String, _ label: String, audience: String = "customer") throws -> SQLRowValues? {
        try query("""
            SELECT * FROM feedback_sums WHERE audience = '\(audience)' AND dimension = '\(dimension)' AND grp = '\(group)'
            AND period = '\(period)' AND label = '\(label)'
            """).first
    }
}

extension TypedEvent {
    var alertRaised: AlertRaised? { payload.eventData as? AlertRaised }
    var alertResolved: AlertResolved? { payload.eventData as? AlertResolved }
    var tagged: FeedbackTagged? { payload.eventData as? FeedbackTagged }
}
