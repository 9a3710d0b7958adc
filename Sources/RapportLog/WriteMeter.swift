import Synchronization

/// Counts the bytes the log hands off to be written, so another thread (the segment spare's)
/// can tell how busy the log is without touching the log itself.
final class WriteMeter: Sendable {
    private let total = Atomic<Int>(0)

    /// Adds `count` bytes handed off for writing.
    func add(_ count: Int) { total.add(count, ordering: .relaxed) }

    /// Bytes handed off so far.
    var bytes: Int { total.load(ordering: .relaxed) }
}
