import Foundation
import RapportCalendar

/// An event's `time` at the desk: the instant and the UTC offset the desk wrote it with.
public struct DeskTime: Sendable, Hashable {
    /// The instant.
    public var date: Date
    /// The offset from UTC in minutes, east positive.
    public var utcOffsetMinutes: Int

    /// Bundles the values.
    public init(date: Date, utcOffsetMinutes: Int) {
        self.date = date
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The month this time falls in at the location: on its calendar's clock when the location
    /// has one configured, else at the offset the desk wrote.
    public func month(calendar: LocationCalendar?) -> UsageMonth {
        if let calendar { return UsageMonth(at: date, calendar: calendar) }
        return UsageMonth(at: date, utcOffsetMinutes: utcOffsetMinutes)
    }
}
