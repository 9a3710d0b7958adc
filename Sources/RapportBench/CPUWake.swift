/// How idle CPUs may rest during a set of latency rounds.
///
/// On a virtual machine whose idle vCPUs halt, every hand-off between threads can wait for the
/// hypervisor to run the halted vCPU again, and an ack crosses several (client and bus I/O
/// threads, the broker, the committer). Holding the CPU wake-up latency at 0 µs (the Linux CPU
/// latency QoS the bus's `host.cpu_latency_us` uses) keeps idle CPUs polling, which takes that
/// cost away. The bench measures both, round by round, so one run shows how much of a latency
/// figure is the machine's wake-ups and how much the software's.
public enum CPUWake: String, Sendable, CaseIterable, Hashable {
    /// The machine as it is.
    case asIs = "as-is"
    /// CPU wake-up latency held at 0 µs for the whole round (bus, Redis and floors alike).
    case held

    /// Words added to phase and row names (empty for the machine as it is).
    var suffix: String { self == .held ? ", CPUs held awake" : "" }
}
