/// A day of the week as `hours:` names it: `mon` … `sun` or `monday` … `sunday`.
public enum Weekday: String, Sendable, CaseIterable, Comparable {
    case monday = "mon", tuesday = "tue", wednesday = "wed", thursday = "thu", friday = "fri", saturday = "sat", sunday = "sun"

    /// The day named `name` (short or long, any case), or `nil`.
    public init?(name: String) {
        let lower = name.lowercased()
        guard let day = Weekday.allCases.first(where: { $0.rawValue == lower || "\($0)" == lower }) else { return nil }
        self = day
    }

    /// Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
