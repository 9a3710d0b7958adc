import Foundation

/// The aggregates of many responses in memory: each response adds its ``ScoreSums`` to every
/// aggregate it counts in (``AggregateKey/keys(of:labels:)``). The plugin keeps the same sums
/// in SQL rows (one upsert per key); this value is the same arithmetic for tests, the benchmark
/// and tools.
public struct FeedbackAggregator: Sendable {
    /// The sums by aggregate.
    public private(set) var sums: [AggregateKey: ScoreSums] = [:]
    /// Responses added.
    public private(set) var added: Int = 0
    private var resolver: PeriodResolver

    /// An empty aggregator labelling periods with `resolver`.
    public init(resolver: PeriodResolver) {
        self.resolver = resolver
    }

    /// Adds one response.
    public mutating func add(_ response: FeedbackResponse) {
        let labels = resolver.labels(at: response.time, location: response.location)
        let delta = ScoreSums(scores: response.scores, hasComment: response.hasComment)
        for key in AggregateKey.keys(of: response, labels: labels) {
            sums[key, default: ScoreSums()].add(delta)
        }
        added += 1
    }

    /// The sums of one aggregate (empty when no response counted in it).
    public subscript(key: AggregateKey) -> ScoreSums { sums[key] ?? ScoreSums() }

    /// The sums of a rolling window of `days` local days ending with the day of `instant`, for
    /// one group.
    public func rolling(_ audience: Audience, _ dimension: Dimension, _ group: String, days: Int, endingAt instant: Date,
                        location: String) -> ScoreSums {
        resolver.rollingDays(days, endingAt: instant, location: location).reduce(into: ScoreSums()) { total, day in
            total.add(self[AggregateKey(audience: audience, dimension: dimension, group: group, period: .day, label: day)])
        }
    }
}
