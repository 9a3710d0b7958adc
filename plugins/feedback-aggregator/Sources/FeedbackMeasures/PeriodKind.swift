import RapportCalendar

/// The calendar periods figures are kept for. Rolling windows are sums of `day` periods.
public enum PeriodKind: String, Sendable, Hashable, CaseIterable {
    /// A local day, labelled `2026-10-04`.
    case day
    /// An ISO 8601 week, labelled `2026-W40`.
    case week
    /// A local month, labelled `2026-10`.
    case month

    /// The calendar's kind.
    var calendarKind: CalendarPeriod.Kind {
        switch self {
        case .day: .day
        case .week: .isoWeek
        case .month: .month
        }
    }
}

/// The day, week and month labels of one instant at one location.
public struct PeriodLabels: Sendable, Hashable {
    public let day: String
    public let week: String
    public let month: String

    public init(day: String, week: String, month: String) {
        self.day = day
        self.week = week
        self.month = month
    }

    /// The label of `kind`.
    public subscript(kind: PeriodKind) -> String {
        switch kind {
        case .day: day
        case .week: week
        case .month: month
        }
    }
}
