/// Latency at a fixed offered rate: each request timed from its send to its answer.
public struct LatencyResult: Sendable {
    /// The rate requests were offered at (per second).
    public let offeredRate: Double
    /// The rate achieved (requests answered per second of sending).
    public let achievedRate: Double
    /// Send → answer latencies.
    public let latency: LatencySummary
    /// Answers that were not a success.
    public let failures: Int
    /// The first failure's text.
    public let firstFailure: String?
    /// Requests never answered within the drain timeout.
    public let unanswered: Int
}
