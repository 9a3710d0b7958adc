import RapportEvents
import ZMQ

/// Validates PUBLISH batches on a thread of its own, so that parsing JSON (the largest part
/// of an event's cost) runs beside the broker's de-duplication and appending, on the second
/// core. Batches come back in the order they were submitted; completion wakes the broker
/// through an inproc PAIR socket it polls.
enum ValidationStage {
    /// A PUBLISH to check.
    struct Batch: Sendable {
        let identity: [UInt8]
        let tag: [UInt8]
        let frames: ArraySlice<[UInt8]>
        /// Bytes of the event frames.
        let bytes: Int
        /// The sender, when its events are checked against its role (not an admin).
        var restrictedTo: Principal? = nil
    }

    /// A PUBLISH checked: one result per event, in order.
    struct Checked: Sendable {
        let identity: [UInt8]
        let tag: [UInt8]
        /// The event frames as sent, for the log line naming a rejected event.
        let frames: ArraySlice<[UInt8]>
        let results: [Result<ValidatedEvent, EventValidationError>]
        /// Bytes of the event frames checked.
        let bytes: Int
        /// The sender, when its events are checked against its role (not an admin).
        var restrictedTo: Principal? = nil
    }

    /// Checks every event of `batch`.
    static func check(_ batch: Batch, with validator: EventValidator) -> Checked {
        Checked(identity: batch.identity, tag: batch.tag, frames: batch.frames, results: batch.frames.map { validator.validate($0) }, bytes: batch.bytes,
                restrictedTo: batch.restrictedTo)
    }

    /// Starts the validation thread; it signals on `endpoint` when batches are checked.
    static func start(validator: EventValidator, context: Context, endpoint: String) -> SignallingWorker<Batch, Checked> {
        SignallingWorker(name: "rapport-validate", context: context, endpoint: endpoint) { check($0, with: validator) }
    }
}
