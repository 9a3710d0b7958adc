import Dispatch
import RapportClient
import RapportEvents
import Synchronization

/// Reads the events of batches of deliveries on a queue of its own, in the order they came,
/// while the plugin's loop handles the batches before them: the reading (JSON, the envelope and
/// the data checked against the catalogue) is a tenth of the loop's time per event
/// (`rapport bench bus`'s plugin phase, perf, 2026-12-07), and the loop, not the bus, sets the
/// plugin's pace.
final class DecodeAhead: Sendable {
    private let queue: DispatchQueue

    init(name: String) {
        queue = DispatchQueue(label: name, qos: .userInitiated)
    }

    /// Starts reading `deliveries`; ``Batch/events()`` waits for the result.
    func decode(_ deliveries: [Delivery]) -> Batch {
        let batch = Batch(deliveries)
        queue.async { batch.decode() }
        return batch
    }

    /// A batch of deliveries and, once read, their events.
    final class Batch: Sendable {
        let deliveries: [Delivery]
        private let result = Mutex<[Result<TypedEvent, EventValidationError>]?>(nil)
        private let done = DispatchSemaphore(value: 0)

        init(_ deliveries: [Delivery]) { self.deliveries = deliveries }

        fileprivate func decode() {
            let events = PluginStore.decode(deliveries.map(\.event))
            result.withLock { $0 = events }
            done.signal()
        }

        /// The events, in delivery order, once read (waits for the reading).
        func events() -> [Result<TypedEvent, EventValidationError>] {
            if let events = result.withLock({ $0 }) { return events }
            done.wait()
            return result.withLock { $0 } ?? []
        }
    }
}
