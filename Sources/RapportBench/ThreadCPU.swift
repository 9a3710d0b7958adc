/// The CPU one thread of the server used during a phase, in cores.
public struct ThreadCPU: Sendable {
    /// The thread's name (`/proc/<pid>/task/<tid>/comm`), e.g. `rapport-committer`, `ZMQbg/IO/0`.
    public let name: String
    /// CPU seconds ÷ wall seconds.
    public let cores: Double
}
