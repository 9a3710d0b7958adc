import Foundation
import Synchronization

/// One thread running a loop beside a measurement until told to stop, like ``Workers`` but
/// for a single thread that the caller stops: the other client of the side-load phases.
final class BackgroundWork<T: Sendable>: Sendable {
    private let stopFlag = StopFlag()
    private let outcome = Mutex<Result<T, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` on a thread named `name`; `body` must return soon after the flag it is
    /// given is raised.
    init(name: String, _ body: @escaping @Sendable (StopFlag) throws -> T) {
        let thread = Thread { [self] in
            let result = Result { try body(stopFlag) }
            outcome.withLock { $0 = result }
            done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Whether the body has already returned (for instance, failed at its start).
    var hasEnded: Bool { outcome.withLock { $0 != nil } }

    /// Raises the stop flag and waits up to `timeoutSeconds` for the body; returns what it
    /// returned, or throws what it threw, or throws when it did not stop in time (the thread
    /// is left to finish on its own).
    func stop(timeoutSeconds: Double) throws -> T {
        stopFlag.raise()
        guard done.wait(timeout: .now() + timeoutSeconds) == .success else {
            throw BenchError("the background client did not stop within \(Format.fixed(timeoutSeconds, 1)) s of being told to")
        }
        done.signal()
        guard let result = outcome.withLock({ $0 }) else { throw BenchError("the background client ended without a result") }
        return try result.get()
    }
}
