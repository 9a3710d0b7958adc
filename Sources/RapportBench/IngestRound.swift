/// One round of the durable-ingest comparison for a number of clients: the bus timed between
/// two Redis XADD runs (deep pipeline and shallow pipeline, in turn first), so the bus and its
/// baseline meet the same minute of the machine; the bus over ipc and over tcp + CURVE back
/// to back (in turn first) between them.
public struct IngestRound: Sendable {
    /// The bus's durable ingest (ipc).
    public var bus: ThroughputResult?
    /// The same ingest against a bus listening on tcp://127.0.0.1 with CurveZMQ.
    public var busTCP: ThroughputResult?
    /// The bus's group commits during its run (from INFO before and after), and the events
    /// they made durable.
    public var busCommits: (commits: UInt64, events: UInt64)?
    /// Redis XADD keeping as many commands in flight as a bus producer keeps events.
    public var redisDeep: ThroughputResult?
    /// Redis XADD with ``BenchConfiguration/redisWindow`` commands in flight.
    public var redisShallow: ThroughputResult?

    /// Redis's better XADD run of the round: the ratio is taken against the stronger baseline.
    public var bestRedis: ThroughputResult? {
        [redisDeep, redisShallow].compactMap { $0 }.max { $0.rate < $1.rate }
    }

    /// The bus's rate ÷ the best Redis rate, when both were measured.
    public var ratio: Double? {
        guard let bus, let redis = bestRedis, redis.rate > 0 else { return nil }
        return bus.rate / redis.rate
    }

    /// The tcp + CURVE rate ÷ the ipc rate of this round, when both were measured.
    public var tcpRatio: Double? {
        guard let bus, let tcp = busTCP, bus.rate > 0 else { return nil }
        return tcp.rate / bus.rate
    }

    /// The middle value (of an even number, the lower of the middle two: the judged ratio is
    /// never the luckier one).
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[(values.count - 1) / 2]
    }

    /// The round whose bus rate is the median of `rounds` (of an even number, the lower).
    static func medianBus(_ rounds: [IngestRound]) -> ThroughputResult? {
        median(rounds, \.bus)
    }

    /// The run at `path` whose rate is the median of `rounds` (of an even number, the lower).
    static func median(_ rounds: [IngestRound], _ path: KeyPath<IngestRound, ThroughputResult?>) -> ThroughputResult? {
        let measured = rounds.compactMap { $0[keyPath: path] }.sorted { $0.rate < $1.rate }
        return measured.isEmpty ? nil : measured[(measured.count - 1) / 2]
    }
}
