import FeedbackMeasures
import Foundation
import RapportCalendar

/// Two locations in different zones, and a helper to make responses.
enum Fixtures {
    static let london = try! LocationCalendar(timeZone: "Europe/London", weekly: [:])
    static let newYork = try! LocationCalendar(timeZone: "America/New_York", weekly: [:])
    static var resolver: PeriodResolver { PeriodResolver(calendars: ["store-12": london, "nyc-1": newYork]) }

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func response(_ time: String, location: String = "store-12", agent: String? = "a-1", channel: String? = "front-desk",
                         origin: FeedbackOrigin = .survey, csat: Int? = nil, nps: Int? = nil, ces: Int? = nil,
                         comment: Bool = false) -> FeedbackResponse {
        FeedbackResponse(time: at(time), location: location, agent: agent, channel: channel, origin: origin,
                         scores: ResponseScores(csat: csat, nps: nps, ces: ces), hasComment: comment)
    }
}
