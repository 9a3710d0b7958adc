/// Items moved in a throughput phase and how long it took.
public struct ThroughputResult: Sendable {
    /// Clients (threads) that took part.
    public let clients: Int
    /// Items that succeeded (accepted events, answered messages, entries read).
    public let items: Int
    /// Items that failed (rejections, errors, missing answers).
    public let errors: Int
    /// The first failure's text.
    public let firstError: String?
    /// Wall time from the first send to the last answer.
    public let seconds: Double

    /// Successful items per second.
    public var rate: Double { Double(items) / max(seconds, 1e-9) }

    /// Sums per-client results; the time is the longest client's.
    static func combined(_ results: [ThroughputResult]) -> ThroughputResult {
        ThroughputResult(clients: results.count,
                         items: results.reduce(0) { $0 + $1.items },
                         errors: results.reduce(0) { $0 + $1.errors },
                         firstError: results.compactMap(\.firstError).first,
                         seconds: results.map(\.seconds).max() ?? 0)
    }
}
