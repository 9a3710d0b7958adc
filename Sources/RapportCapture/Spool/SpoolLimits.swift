/// How much a spool may hold before capture refuses new events (``CaptureError/spoolFull``):
/// pending events by count and by their total JSON bytes. Refusing is the point: a caller
/// told "full" can keep the event or tell a person; an event dropped to make room is lost.
public struct SpoolLimits: Sendable, Equatable {
    /// Most pending events (default 1,000,000: days of a busy desk with the bus down).
    public var maxPendingEvents: Int
    /// Most bytes of pending events' JSON (default 1 GiB).
    public var maxPendingBytes: Int64

    /// Limits; the defaults hold days of a busy desk's events.
    public init(maxPendingEvents: Int = 1_000_000, maxPendingBytes: Int64 = 1 << 30) {
        self.maxPendingEvents = maxPendingEvents
        self.maxPendingBytes = maxPendingBytes
    }
}
