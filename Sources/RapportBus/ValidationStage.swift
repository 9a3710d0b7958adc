import Foundation
import RapportEvents
import Synchronization
import ZMQ

/// Validates PUBLISH batches on a thread of its own, so that parsing JSON (the largest part
/// of an event's cost) runs beside the broker's de-duplication and appending, on the second
/// core. Batches come back in the order they were submitted; completion wakes the broker
/// through an inproc PAIR socket it polls.
final class ValidationStage: Sendable {
    /// A PUBLISH to check.
    struct Batch: Sendable {
        let identity: [UInt8]
        let tag: [UInt8]
        let frames: ArraySlice<[UInt8]>
    }

    /// A PUBLISH checked: one result per event, in order.
    struct Checked: Sendable {
        let identity: [UInt8]
        let tag: [UInt8]
        let results: [Result<ValidatedEvent, EventValidationError>]
    }

    private let state = Mutex<(input: [Batch], output: [Checked], stop: Bool)>(([], [], false))
    private let wake = DispatchSemaphore(value: 0)
    private let validator: EventValidator
    private let context: Context
    private let endpoint: String

    /// Starts the thread; it signals on `endpoint` (inproc, bound by the broker).
    init(validator: EventValidator, context: Context, endpoint: String) {
        self.validator = validator
        self.context = context
        self.endpoint = endpoint
        let thread = Thread { [self] in run() }
        thread.name = "rapport-validate"
        thread.start()
    }

    /// Queues a batch.
    func submit(_ batch: Batch) {
        state.withLock { $0.input.append(batch) }
        wake.signal()
    }

    /// Takes every checked batch, in submission order.
    func takeChecked() -> [Checked] {
        state.withLock { s in
            defer { s.output.removeAll(keepingCapacity: true) }
            return s.output
        }
    }

    /// Ends the thread once the batches in hand are checked.
    func stop() {
        state.withLock { $0.stop = true }
        wake.signal()
    }

    private func run() {
        MemoryTuning.nameThread("rapport-validate")
        guard let socket = try? Socket(context, .pair), (try? socket.connect(endpoint)) != nil else { return }
        defer { socket.close() }
        while true {
            wake.wait()
            let (batches, stop) = state.withLock { s in
                defer { s.input.removeAll(keepingCapacity: true) }
                return (s.input, s.stop)
            }
            if !batches.isEmpty {
                let checked = batches.map { batch in
                    Checked(identity: batch.identity, tag: batch.tag, results: batch.frames.map { validator.validate($0) })
                }
                state.withLock { $0.output += checked }
                try? socket.send([UInt8(1)])
            }
            if stop { return }
        }
    }
}
