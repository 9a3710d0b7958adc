/// How long the bus took to come back with its log.
public struct RestartResult: Sendable {
    /// `SIGTERM` (graceful) or `SIGKILL` (crash, recovery path).
    public let signal: String
    /// Time from the signal until the old process had exited.
    public let stopMillis: Double
    /// Time from spawning the new process until INFO answered.
    public let readyMillis: Double
    /// The log's `next` offset before the stop and after the restart.
    public let logNextBefore: UInt64
    /// The log's `next` offset after the restart (equal to before: nothing acknowledged was lost).
    public let logNextAfter: UInt64
}
