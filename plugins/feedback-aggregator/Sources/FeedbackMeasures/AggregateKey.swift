/// One aggregate: the sums of the responses of one audience, one group (a dimension's value)
/// and one period.
public struct AggregateKey: Sendable, Hashable, Comparable {
    public let audience: Audience
    public let dimension: Dimension
    /// The group's value: a location id, agent id, channel, source, or `all`.
    public let group: String
    public let period: PeriodKind
    /// The period's label, e.g. `2026-10`.
    public let label: String

    public init(audience: Audience, dimension: Dimension, group: String, period: PeriodKind, label: String) {
        self.audience = audience
        self.dimension = dimension
        self.group = group
        self.period = period
        self.label = label
    }

    /// The most aggregates one response counts in: five dimensions by three periods.
    public static let mostPerResponse = Dimension.allCases.count * PeriodKind.allCases.count

    /// The aggregates `response` counts in, given its period labels: every dimension it has a
    /// value in (customers: organisation, location, agent, channel, source; employees:
    /// organisation and location) times day, week and month.
    public static func keys(of response: FeedbackResponse, labels: PeriodLabels) -> [AggregateKey] {
        let audience = response.audience
        let dimensions = audience == .employee ? Dimension.employee : Dimension.allCases
        var keys: [AggregateKey] = []
        keys.reserveCapacity(dimensions.count * 3)
        for dimension in dimensions {
            guard let group = dimension.value(of: response) else { continue }
            for period in PeriodKind.allCases {
                keys.append(AggregateKey(audience: audience, dimension: dimension, group: group, period: period, label: labels[period]))
            }
        }
        return keys
    }

    public static func < (a: AggregateKey, b: AggregateKey) -> Bool {
        (a.audience, a.dimension, a.group, a.period.rawValue, a.label) < (b.audience, b.dimension, b.group, b.period.rawValue, b.label)
    }
}
