/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Monday, day 1 of the ISO week.
    case monday = 1
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday: the ISO week whose Thursday is in a year is that year's week.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday, day 7 of the ISO week.
    case sunday

    /// A weekday from its English name or its three-letter abbreviation, in any case
    /// ("mon", "Monday", "SUN"); `nil` for anything else. Surrounding spaces are ignored.
    public init?(name: some StringProtocol) {
        let wanted = name.trimmingSpaces().lowercased()
        guard let match = Weekday.allCases.first(where: { $0.name == wanted || $0.name.prefix(3) == wanted }) else {
            return nil
        }
        self = match
    }

    /// The lower-case English name, "monday" through "sunday".
    public var name: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The day after this one (Sunday is followed by Monday).
    public var next: Weekday { Weekday(rawValue: rawValue % 7 + 1)! }

    /// The capitalised English name, "Monday", for messages.
    public var description: String { name.prefix(1).uppercased() + name.dropFirst() }
}
