/// What the INFO-polling client of the INFO-cost phase saw.
public struct InfoPollStats: Sendable {
    /// INFO requests the bus answered.
    public let answered: Int
    /// Requests that failed or timed out, with the first one's text.
    public let failures: Int
    /// The first failure's text.
    public let firstFailure: String?
    /// Send → INFO answer, per request.
    public let latency: LatencySummary?
}
