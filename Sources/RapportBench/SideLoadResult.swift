/// One side-load phase: the paced producer's ack latency alone, then beside another client
/// (one polling INFO, or one flooding PUBLISH), back to back on the same bus.
public struct SideLoadResult: Sendable {
    /// Events in the bus's log when the phase began (INFO `log.next`).
    public var logEvents: UInt64?
    /// How idle CPUs were let rest during both runs.
    public var cpuWake: CPUWake = .asIs
    /// The paced producer alone.
    public var alone: LatencyResult?
    /// The paced producer beside the other client.
    public var loaded: LatencyResult?
    /// The INFO poller's figures (INFO cost).
    public var infoPolls: InfoPollStats?
    /// The flooding producer's figures (intake fairness).
    public var flood: FloodStats?
}
