/// k-anonymity for employee feedback: no figure is shown unless at least k respondents stand
/// behind it (a group of k responses, and k answers to that very measure), and no comment theme
/// unless the group has at least k comments (``EmployeeDisclosure`` applies it to a month).
/// Employee feedback carries no respondent (the catalogue forbids one), so each response counts
/// as one respondent.
public struct AnonymityThreshold: Sendable, Hashable {
    /// The smallest group shown (default 5).
    public let k: Int64

    public init(k: Int64 = 5) {
        self.k = max(k, 1)
    }

    /// Whether a figure or group of `respondents` (answers, comments) may be shown.
    public func shows(respondents: Int64) -> Bool { respondents >= k }
}
