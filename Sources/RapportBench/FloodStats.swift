/// What the flooding producer of the intake-fairness phase did.
public struct FloodStats: Sendable {
    /// Events in the PUBLISH batches it handed to its socket.
    public let eventsSent: Int
    /// Seconds from its first send to its stop.
    public let seconds: Double
    /// Sends that waited out their timeout because its socket's queue was full: the bus was
    /// not taking its batches in.
    public let heldBack: Int
    /// Milliseconds from being told to stop to its thread having closed its socket and ended
    /// (set by the runner; 0 until then).
    public var stopMillis: Double = 0
    /// Events the bus's log grew by over the loaded run, the flood's and the paced
    /// producer's, once the bus had caught up (INFO `log.next`); `nil` when not read.
    public var logGrowth: UInt64?

    /// Events sent per second.
    public var sendRate: Double { Double(eventsSent) / max(seconds, 1e-9) }
}
