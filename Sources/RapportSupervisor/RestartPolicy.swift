/// When to start a process again after it exited, and when to give up: exponential backoff
/// from ``initialDelay`` doubling to ``maximumDelay``; a process that ran ``stableAfter``
/// without exiting starts again from the first delay; ``crashLoopLimit`` exits within
/// ``crashLoopWindow`` is a crash loop, after which it is not started again until a reload or a
/// restart of the supervisor (its status says so).
///
/// Pure: times are seconds on a monotonic clock passed in, so tests need no waiting.
public struct RestartPolicy: Sendable, Equatable {
    /// The first wait after an exit.
    public var initialDelay: Double = 1
    /// The longest wait.
    public var maximumDelay: Double = 60
    /// A run this long resets the backoff.
    public var stableAfter: Double = 60
    /// Exits within ``crashLoopWindow`` that make a crash loop.
    public var crashLoopLimit = 5
    /// The window of ``crashLoopLimit``.
    public var crashLoopWindow: Double = 120

    /// The defaults above.
    public init() {}

    /// The decision after an exit.
    public enum Decision: Sendable, Equatable {
        /// Start it again at this time.
        case restart(at: Double)
        /// It is crash-looping: do not start it again.
        case giveUp(exits: Int, within: Double)
    }

    /// One process's recent exits, for the policy.
    public struct History: Sendable, Equatable {
        /// Times of the exits within the crash-loop window, oldest first.
        public fileprivate(set) var recentExits: [Double] = []
        /// The wait used after the last exit (0 before any).
        public fileprivate(set) var lastDelay: Double = 0
        /// A new history.
        public init() {}
    }

    /// Records an exit at `now` of a process started at `startedAt`, and decides.
    public func exited(at now: Double, startedAt: Double, history: inout History) -> Decision {
        history.recentExits = history.recentExits.filter { now - $0 < crashLoopWindow } + [now]
        if history.recentExits.count >= crashLoopLimit {
            return .giveUp(exits: history.recentExits.count, within: now - history.recentExits[0])
        }
        let delay = now - startedAt >= stableAfter || history.lastDelay == 0
            ? initialDelay : min(history.lastDelay * 2, maximumDelay)
        history.lastDelay = delay
        return .restart(at: now + delay)
    }
}
