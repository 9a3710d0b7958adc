import Synchronization

/// A flag raised from a signal handler or another task and read by the supervisor's loop.
final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)
    /// Raises it.
    func raise() { raised.store(true, ordering: .releasing) }
    /// Whether it is raised.
    var isRaised: Bool { raised.load(ordering: .acquiring) }
    /// Whether it was raised, lowering it.
    func take() -> Bool { raised.exchange(false, ordering: .acquiringAndReleasing) }
}
