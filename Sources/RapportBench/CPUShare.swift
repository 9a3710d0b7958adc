/// How busy the server and the benchmark's own clients were during one phase, in cores
/// (CPU seconds ÷ wall seconds): on 2 cores, the two together cannot exceed 2.
public struct CPUShare: Sendable {
    /// The phase.
    public let phase: String
    /// The server process (the bus or redis-server); `nil` when the server runs in-process.
    public let serverCores: Double?
    /// This process: the clients (and, for raw libzmq, the in-process server too).
    public let benchCores: Double
    /// Every other process on the machine (another build or test run skews the figures).
    public let otherCores: Double?
    /// Time the hypervisor gave the machine's cores to someone else (steal).
    public let stealCores: Double?
    /// The server's busiest threads (those above 0.01 cores), busiest first.
    public let serverThreads: [ThreadCPU]
}
