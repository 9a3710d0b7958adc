/// k-anonymity for employee feedback: no figure or comment theme of a group is shown unless at
/// least k respondents are in it. Employee feedback carries no respondent (the catalogue forbids
/// one), so each response counts as one respondent.
public struct AnonymityThreshold: Sendable, Hashable {
    /// The smallest group shown (default 5).
    public let k: Int64

    public init(k: Int64 = 5) {
        self.k = max(k, 1)
    }

    /// Whether a group of `respondents` may be shown.
    public func shows(respondents: Int64) -> Bool { respondents >= k }
}
