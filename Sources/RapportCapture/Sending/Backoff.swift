/// How long the sender waits before trying again after the bus did not answer or answered
/// `storage`: doubling from ``initialMillis`` up to ``maximumMillis``, back to the start after
/// a success. Pure state: no clock, no sleeping.
public struct Backoff: Sendable, Equatable {
    /// The first wait.
    public let initialMillis: Int
    /// The longest wait.
    public let maximumMillis: Int
    /// The wait after the next failure.
    public private(set) var nextMillis: Int

    /// A backoff from `initialMillis` up to `maximumMillis` (at least `initialMillis`).
    public init(initialMillis: Int = 500, maximumMillis: Int = 30_000) {
        self.initialMillis = max(1, initialMillis)
        self.maximumMillis = max(self.initialMillis, maximumMillis)
        nextMillis = self.initialMillis
    }

    /// Records a failure; returns how long to wait before the next try.
    public mutating func failed() -> Int {
        let wait = nextMillis
        nextMillis = min(maximumMillis, nextMillis * 2)
        return wait
    }

    /// Records a success: the next failure waits ``initialMillis`` again.
    public mutating func succeeded() {
        nextMillis = initialMillis
    }
}
