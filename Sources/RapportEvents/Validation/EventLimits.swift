/// Limits applied to every event before anything else is read.
public struct EventLimits: Sendable, Equatable {
    /// The largest event accepted, in bytes (`max_event_bytes` in the configuration).
    public var maxEventBytes: Int

    /// Limits with the given maximum event size (256 KiB by default).
    public init(maxEventBytes: Int = 262_144) {
        self.maxEventBytes = maxEventBytes
    }
}
