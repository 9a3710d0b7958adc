/// The capture spool's figures (`rapport bench`, unless `--skip-capture`): synced writes to
/// the spool, the spool's size with 100,000 pending, and the drain of those to a real bus.
public struct CaptureBenchResult: Sendable {
    /// Events spooled one synced commit each (as `rapport capture <event>` does), and the seconds.
    public var syncedEvents = 0
    /// Seconds the synced writes took.
    public var syncedSeconds = 0.0
    /// Events spooled 1,000 to a commit while filling the spool.
    public var batchedEvents = 0
    /// Seconds the batched writes took.
    public var batchedSeconds = 0.0
    /// Events pending when the spool was measured (the target: 100,000).
    public var pendingEvents = 0
    /// The spool's files on disk with ``pendingEvents`` pending (database and write-ahead log).
    public var spoolBytes: Int64 = 0
    /// Events the drain sent (accepted).
    public var drainedEvents = 0
    /// Seconds the drain (`rapport capture flush`) took, process start included.
    public var drainSeconds = 0.0
    /// Events still pending after the drain (should be 0).
    public var leftAfterDrain = 0

    /// An empty result.
    public init() {}
}
