import Synchronization

/// A flag one thread raises and others poll (e.g. to end a server loop).
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Raises the flag.
    func raise() { raised.store(true, ordering: .releasing) }

    /// Whether the flag was raised.
    var isRaised: Bool { raised.load(ordering: .acquiring) }
}
