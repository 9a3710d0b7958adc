import RapportCalendar

/// One location of `locations:` in `rapport.yaml`: its calendar (time zone, weekly hours,
/// holidays, special hours) and how it reads numeric dates.
///
/// The calendar is built while the file is read, so a calendar that cannot be built (spans
/// overlapping on one day, a span past midnight running into the next day's) is an error at
/// the entry that causes it, never a surprise later. It follows ``LocationCalendar``'s rules:
/// a day left out of `hours` is closed, a holiday is closed all day, and special hours replace
/// a date's weekly hours and win over a holiday listed for the same date.
public struct LocationConfiguration: Sendable, Equatable {
    /// The location's id, the key under `locations:` (as events name it, e.g. `store-12`).
    public let id: String
    /// When the location is open, in its time zone: what promise due times, complaint ages and
    /// feedback periods are computed with.
    public let calendar: LocationCalendar
    /// How to read numeric dates such as `3/4` (`date_order`); `nil` when not set.
    public let dateOrder: DateOrder?

    /// Bundles a location's values.
    public init(id: String, calendar: LocationCalendar, dateOrder: DateOrder? = nil) {
        self.id = id
        self.calendar = calendar
        self.dateOrder = dateOrder
    }

    /// Same id, date order and calendar (zone as written, weekly hours, holidays, special hours).
    public static func == (lhs: LocationConfiguration, rhs: LocationConfiguration) -> Bool {
        lhs.id == rhs.id && lhs.dateOrder == rhs.dateOrder
            && lhs.calendar.timeZoneIdentifier == rhs.calendar.timeZoneIdentifier
            && lhs.calendar.weekly.filter { !$0.value.isEmpty } == rhs.calendar.weekly.filter { !$0.value.isEmpty }
            && lhs.calendar.holidays == rhs.calendar.holidays && lhs.calendar.specialHours == rhs.calendar.specialHours
    }
}
