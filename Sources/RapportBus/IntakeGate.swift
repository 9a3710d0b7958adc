/// Decides when the bus stops reading requests because too many events wait for the disk
/// (`limits.max_uncommitted_bytes`), and keeps the clock the consumer-group timers run on.
///
/// While reading is paused, messages queue in ZeroMQ unread: a consumer's heartbeats and
/// acks among them. So the group clock stands still during a pause, and a member is not
/// dropped, nor a delivery redelivered, because of messages the bus has not read yet.
struct IntakeGate {
    /// Bytes of not-yet-durable events at which reading pauses.
    let limitBytes: Int
    /// Whether reading is paused now.
    private(set) var paused = false
    /// How many times reading has paused since the bus started.
    private(set) var pauses = 0
    /// Milliseconds reading has been paused in all, up to the last resume.
    private var pausedMillis: Int64 = 0
    private var pausedAt: Int64 = 0
    private var lastWarning: Int64?

    /// A gate that pauses at `limitBytes`.
    init(limitBytes: Int) {
        self.limitBytes = limitBytes
    }

    /// Whether another request may be read while `heldBytes` wait for the disk.
    func admits(heldBytes: Int) -> Bool { heldBytes < limitBytes }

    /// What ``update(heldBytes:now:)`` changed.
    enum Change: Equatable {
        /// Nothing.
        case none
        /// Reading paused; `warn` is true for the first pause in a minute (log it then).
        case paused(warn: Bool)
        /// Reading resumed after a pause of this many milliseconds.
        case resumed(afterMillis: Int64)
    }

    /// Pauses or resumes reading for `heldBytes` waiting at time `now` (ms, ``MonotonicClock``).
    mutating func update(heldBytes: Int, now: Int64) -> Change {
        switch (paused, admits(heldBytes: heldBytes)) {
        case (false, false):
            paused = true
            pausedAt = now
            pauses += 1
            let warn = lastWarning.map { now - $0 >= 60_000 } ?? true
            if warn { lastWarning = now }
            return .paused(warn: warn)
        case (true, true):
            paused = false
            let length = max(0, now - pausedAt)
            pausedMillis += length
            return .resumed(afterMillis: length)
        default:
            return .none
        }
    }

    /// The consumer-group clock at time `now` (``MonotonicClock``): that time less the time reading
    /// was paused, so it stands still during a pause.
    func groupClock(now: Int64) -> Int64 {
        now - pausedMillis - (paused ? max(0, now - pausedAt) : 0)
    }
}
