import Synchronization

/// The supervisor's latest ``SupervisorStatus``, for readers in the same process (the metrics
/// endpoint): posted whenever the status file is written (on every change, and every few
/// seconds), read from any thread.
public final class StatusBoard: Sendable {
    private let latest = Mutex<SupervisorStatus?>(nil)

    /// An empty board: ``current`` is `nil` until the supervisor posts.
    public init() {}

    /// The status last posted, or `nil` before the supervisor started.
    public var current: SupervisorStatus? { latest.withLock { $0 } }

    /// Replaces the status.
    func post(_ status: SupervisorStatus) {
        latest.withLock { $0 = status }
    }
}
