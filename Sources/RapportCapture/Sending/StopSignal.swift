import Synchronization

/// A flag another thread (a signal handler's task, a graceful shutdown) sets to ask a
/// blocking loop such as ``SenderLoop/run(stop:)`` to finish its step and return.
public final class StopSignal: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A flag not yet set.
    public init() {}

    /// Asks the loop to stop.
    public func stop() {
        flag.store(true, ordering: .releasing)
    }

    /// Whether stopping was asked for.
    public var isStopped: Bool {
        flag.load(ordering: .acquiring)
    }
}
