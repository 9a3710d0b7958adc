import Foundation
import RapportCalendar

/// The sentences a manager reads at a glance: who was promised what, when it is due, where,
/// and by whom. "Promise to Adaeze Okafor (call back with the repair quote) is due in 2 h at
/// store-12; made by Sam Patel".
public struct AlertSummaries: Sendable {
    /// Each location's calendar, for showing due times in its zone.
    public let calendars: [String: LocationCalendar]
    /// Agents' names by id (from `rapport.interaction.started`); an unknown agent shows its id.
    public let agentNames: [String: String]

    public init(calendars: [String: LocationCalendar], agentNames: [String: String] = [:]) {
        self.calendars = calendars
        self.agentNames = agentNames
    }

    /// The same, knowing more agents' names.
    public func with(agentNames more: [String: String]) -> AlertSummaries {
        AlertSummaries(calendars: calendars, agentNames: agentNames.merging(more) { $1 })
    }

    /// "Promise to Adaeze Okafor (call back with the repair quote) is due in 2 h at store-12; made by Sam Patel".
    public func dueSoon(_ terms: PromiseTerms, due: Date, now: Date) -> String {
        "\(subject(terms)) is due in \(Self.span(due.timeIntervalSince(now)))\(tail(terms))"
    }

    /// "Promise to … is overdue: it was due Fri 28 Nov, 18:00 Europe/London at store-12; made by …".
    public func overdue(_ terms: PromiseTerms, due: Date) -> String {
        "\(subject(terms)) is overdue: it was due \(when(due, at: terms.location))\(tail(terms))"
    }

    /// "Promise to … was kept 3 h late (due …) at store-12; made by …".
    public func keptLate(_ terms: PromiseTerms, due: Date, keptAt: Date) -> String {
        "\(subject(terms)) was kept \(Self.span(keptAt.timeIntervalSince(due))) late (due \(when(due, at: terms.location)))\(tail(terms))"
    }

    /// "Promise to … has a due time that cannot be read ("soon"): set one with the customer at store-12; made by …".
    public func unreadableDue(_ terms: PromiseTerms, words: String) -> String {
        "\(subject(terms)) has a due time that cannot be read (\"\(words)\"): agree a date with the customer\(tail(terms))"
    }

    /// "Sam Patel promised "I'll call you back by Friday" (due …) in interaction i-1 at store-12, and no promise was logged".
    public func unlogged(text: String, interaction: String, due: Date?, location: String?, agentID: String?) -> String {
        let who = agentID.map { agentNames[$0] ?? $0 } ?? "An agent"
        let dueText = due.map { " (due \(when($0, at: location)))" } ?? ""
        let place = location.map { " at \($0)" } ?? ""
        return "\(who) promised \"\(text)\"\(dueText) in interaction \(interaction)\(place), and no promise was logged"
    }

    /// An instant as the location's people read it: "Fri 28 Nov, 18:00 Europe/London" (UTC
    /// where the location has no calendar).
    public func when(_ instant: Date, at location: String?) -> String {
        let calendar = location.flatMap { calendars[$0] }
        let zone = calendar?.timeZone ?? TimeZone(identifier: "UTC")!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        let parts = gregorian.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: instant)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 0) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 0), \(time) \(calendar?.timeZoneIdentifier ?? "UTC")"
    }

    /// A length of time for people: "40 s", "45 min", "2 h", "3 days".
    public static func span(_ seconds: TimeInterval) -> String {
        if seconds < 59.5 { return "\(Int(max(seconds, 0).rounded())) s" }
        let minutes = Int((max(seconds, 0) / 60).rounded())
        if minutes < 60 { return "\(max(minutes, 1)) min" }
        let hours = Int((Double(minutes) / 60).rounded())
        if hours < 48 { return "\(hours) h" }
        return "\(Int((Double(hours) / 24).rounded())) days"
    }

    private func subject(_ terms: PromiseTerms) -> String {
        "Promise to \(terms.customerName) (\(terms.what))"
    }

    private func tail(_ terms: PromiseTerms) -> String {
        let place = terms.location.map { " at \($0)" } ?? ""
        let who = terms.agentID.map { "; made by \(agentNames[$0] ?? $0)" } ?? ""
        return place + who
    }
}
