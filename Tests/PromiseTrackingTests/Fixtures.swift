import Foundation
import PromiseTracking
import RapportCalendar

/// Calendars and promise facts with fixed dates for the tests.
enum Fixture {
    /// Europe/London (UTC+0 in winter, +1 in summer): Mon–Fri 09:00–17:30, Thu to 19:00, Sat
    /// 10:00–16:00; Christmas and Boxing Day closed.
    static let london = calendar("Europe/London", weekdays: "09:00-17:30", days: [.thursday: ["09:00-19:00"], .saturday: ["10:00-16:00"]],
                                 holidays: ["2026-12-25", "2026-12-26"])
    /// America/New_York (UTC−5/−4): Mon–Fri 09:00–17:00.
    static let newYork = calendar("America/New_York", weekdays: "09:00-17:00", days: [:], holidays: ["2026-11-26"])
    /// Asia/Tokyo (UTC+9, no clock changes): every day 10:00–20:00.
    static let tokyo = calendar("Asia/Tokyo", weekdays: "10:00-20:00", days: [.saturday: ["10:00-20:00"], .sunday: ["10:00-20:00"]], holidays: [])
    /// Australia/Sydney (UTC+10/+11, southern clock changes): Mon–Fri 08:00–18:00.
    static let sydney = calendar("Australia/Sydney", weekdays: "08:00-18:00", days: [:], holidays: [])

    static let calendars = ["store-12": london, "nyc-1": newYork, "tokyo-1": tokyo, "syd-1": sydney]

    static func calendar(_ zone: String, weekdays: String, days: [Weekday: [String]], holidays: [String]) -> LocationCalendar {
        var weekly: [Weekday: [OpeningSpan]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { weekly[day] = [OpeningSpan(parsing: weekdays)!] }
        for (day, spans) in days { weekly[day] = spans.map { OpeningSpan(parsing: $0)! } }
        return try! LocationCalendar(timeZone: zone, weekly: weekly, holidays: Set(holidays.map { LocalDate(parsing: $0)! }))
    }

    /// The instant of an RFC 3339 text.
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    static func terms(due: PromiseDue, location: String = "store-12", agent: String = "a-17", interaction: String? = "i-1") -> PromiseTerms {
        PromiseTerms(customerID: "c-1", customerName: "Adaeze Okafor", what: "call back with the repair quote",
                     interactionID: interaction, location: location, agentID: agent, due: due)
    }

    static func made(_ promise: String = "p-1", at time: String, due: String, location: String = "store-12", agent: String = "a-17",
                     key: String? = nil) -> PromiseFact {
        PromiseFact(key: key ?? "desk/made-\(promise)", promiseID: promise, time: at(time),
                    kind: .made(terms(due: .at(at(due), words: nil), location: location, agent: agent)))
    }

    static func revised(_ promise: String = "p-1", at time: String, due: String, contacted: Bool, key: String) -> PromiseFact {
        PromiseFact(key: key, promiseID: promise, time: at(time), kind: .revised(.at(at(due), words: nil), customerContacted: contacted))
    }

    static func kept(_ promise: String = "p-1", at time: String, key: String = "desk/kept") -> PromiseFact {
        PromiseFact(key: key, promiseID: promise, time: at(time), kind: .kept)
    }

    static func cancelled(_ promise: String = "p-1", at time: String, key: String = "desk/cancelled") -> PromiseFact {
        PromiseFact(key: key, promiseID: promise, time: at(time), kind: .cancelled)
    }

    static func contacted(_ promise: String = "p-1", at time: String, key: String = "desk/contacted") -> PromiseFact {
        PromiseFact(key: key, promiseID: promise, time: at(time), kind: .contacted)
    }

    static let summaries = AlertSummaries(calendars: calendars, agentNames: ["a-17": "Sam Patel"])
    static func planner(leadHours: Int = 2) -> (String?) -> AlertPlanner {
        { location in
            AlertPlanner(rule: DueSoonRule(lead: .seconds(leadHours * 3_600), calendar: location.flatMap { calendars[$0] }),
                         summaries: summaries)
        }
    }
}

extension Array {
    /// Every ordering of the elements (for out-of-order tests; small arrays only).
    var permutations: [[Element]] {
        guard count > 1 else { return [self] }
        return indices.flatMap { i -> [[Element]] in
            var rest = self
            let first = rest.remove(at: i)
            return rest.permutations.map { [first] + $0 }
        }
    }
}
