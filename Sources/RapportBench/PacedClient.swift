/// A client that sends one request at a time on demand and reports which have been answered;
/// driven by ``PacedLatencyRun`` at a fixed offered rate.
protocol PacedClient {
    /// Sends request number `index` without waiting for its answer.
    mutating func send(index: Int) throws
    /// The indexes of requests answered, after waiting up to `waitMilliseconds` for any.
    mutating func answered(waitMilliseconds: Int) throws -> [Int]
    /// Answers that were not a success (rejections, errors), with the first one's text.
    var failures: (count: Int, first: String?) { get }
}
