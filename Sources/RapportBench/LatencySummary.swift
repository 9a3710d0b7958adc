/// Percentiles of a set of latency samples (nearest-rank), in milliseconds.
public struct LatencySummary: Sendable {
    /// Number of samples.
    public let count: Int
    /// Median.
    public let p50: Double
    /// 99th percentile.
    public let p99: Double
    /// 99.9th percentile.
    public let p999: Double
    /// Largest sample.
    public let max: Double

    /// Summarises samples given in nanoseconds; `nil` when there are none.
    public init?(nanoseconds samples: [UInt64]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        func rank(_ p: Double) -> Double {
            let index = Swift.max(0, Swift.min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1))
            return Double(sorted[index]) / 1e6
        }
        count = sorted.count
        p50 = rank(0.50)
        p99 = rank(0.99)
        p999 = rank(0.999)
        max = Double(sorted[sorted.count - 1]) / 1e6
    }
}
