import Foundation

/// One location of `locations:` in `rapport.yaml`: its time zone and when it is open.
///
/// Plain values, checked for syntax only (times, dates, the time zone exists); what they mean
/// for a given day is for the calendar to work out. A day left out of ``hours`` is closed.
public struct LocationConfiguration: Sendable, Equatable {
    /// The location's id, the key under `locations:` (as events name it, e.g. `store-12`).
    public let id: String
    /// The location's time zone (`time_zone`, an IANA name such as `Europe/London`).
    public var timeZone: TimeZone
    /// Regular opening hours by weekday; a day not here, or with no spans, is closed.
    public var hours: [Weekday: [TimeSpan]] = [:]
    /// Days closed all day (`holidays`), in file order.
    public var holidays: [LocalDate] = []
    /// Days whose hours replace the regular ones (`special_hours`); no spans is closed.
    public var specialHours: [LocalDate: [TimeSpan]] = [:]
    /// How to read numeric dates such as `3/4` (`date_order`); `nil` when not set.
    public var dateOrder: DateOrder?

    /// A location open on no day until hours are added.
    public init(id: String, timeZone: TimeZone) {
        self.id = id
        self.timeZone = timeZone
    }
}
