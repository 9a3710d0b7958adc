/// The latency rounds of one ``CPUWake`` mode: the bus, Redis, and the floors under an ack
/// (raw libzmq round trip, the disk's sync), one result per round each.
public struct LatencyRounds: Sendable {
    /// Bus ack latency (send → RESULT).
    public var bus: [LatencyResult] = []
    /// Redis XADD latency.
    public var redis: [LatencyResult] = []
    /// Raw libzmq DEALER → echoing ROUTER round trips.
    public var zmq: [LatencyResult] = []
    /// A millisecond's events written and fdatasynced, once a millisecond.
    public var disk: [LatencyResult] = []

    /// Whether nothing was measured.
    var isEmpty: Bool { bus.isEmpty && redis.isEmpty && zmq.isEmpty && disk.isEmpty }

    /// The middle round by p99 (of an even number, the worse of the middle two): the figure
    /// reported, so one burst of hypervisor steal does not decide it (every round is printed).
    static func median(_ rounds: [LatencyResult]) -> LatencyResult? {
        guard !rounds.isEmpty else { return nil }
        return rounds.sorted { $0.latency.p99 < $1.latency.p99 }[rounds.count / 2]
    }
}
