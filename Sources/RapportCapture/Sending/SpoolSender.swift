import Logging
import RapportClient

/// Sends a spool's events to the bus in spool order, in batches, and settles each by the
/// bus's answer: `accepted` or `duplicate` deletes it (a duplicate means an earlier send
/// got through; the id is stable, so resending is always safe), `rejected` with `storage`
/// keeps it for a later try, any other rejection moves it to the dead letters with the bus's
/// code and reason. No answer keeps the batch and ends the pass.
///
/// Fault point (``FaultPoint``): `capture.after-send`, after the bus answered a batch and
/// before the spool records it, so a crash there leaves events the bus already stored in the
/// spool (they are resent and come back `duplicate`).
///
/// Order: events go in spool order, so one customer's events reach the bus in the order they
/// were captured. The one exception is a batch in which the bus answers `storage` for an event
/// and accepts a later one (its disk failed mid-batch): the later event is then stored first.
///
/// Not thread-safe: one sender per thread (each holds one connection to the bus).
public final class SpoolSender {
    /// The spool drained.
    public let spool: CaptureSpool
    /// Where the bus is.
    public let address: BusAddress
    /// Events per PUBLISH (1 to 1000).
    public let batchSize: Int
    /// How long to wait for one batch's answer before counting the bus unreachable.
    public let answerTimeoutMillis: Int
    private let logger: Logger
    private var producer: Producer?

    /// A sender of `spool` to the bus at `address`.
    public init(spool: CaptureSpool, address: BusAddress, batchSize: Int = 200, answerTimeoutMillis: Int = 5_000,
                logger: Logger = Logger(label: "rapport.capture")) {
        self.spool = spool
        self.address = address
        self.batchSize = max(1, min(1_000, batchSize))
        self.answerTimeoutMillis = max(1, answerTimeoutMillis)
        self.logger = logger
    }

    /// Sends batches until the spool is empty, `deadline` (``CaptureClock/millis()``) passes,
    /// the bus does not answer, or it answers `storage`. Throws only when the spool itself
    /// fails; the bus's troubles are in the report.
    public func drain(until deadline: Int64) throws(CaptureError) -> SendReport {
        var report = SendReport()
        while true {
            let batch = try spool.nextBatch(maxEvents: batchSize)
            if batch.isEmpty {
                report.drained = true
                return report
            }
            let left = Int(deadline - CaptureClock.millis())
            guard left > 0 else { return report }
            let outcomes: [PublishOutcome]
            do throws(ClientError) {
                let producer: Producer
                if let existing = self.producer { producer = existing } else { producer = try Producer(address) }
                self.producer = producer
                outcomes = try producer.publish(batch.map(\.bytes), timeoutMilliseconds: min(answerTimeoutMillis, left))
                guard outcomes.count == batch.count else {
                    throw ClientError.protocolViolation("RESULT has \(outcomes.count) entries for \(batch.count) events")
                }
            } catch {
                // Drop the socket: what it still queues would reach the bus later anyway
                // (harmless, de-duplicated), but a fresh one starts clean.
                producer = nil
                let reason = "\(error)"
                logger.debug("send failed; events kept", metadata: ["events": "\(batch.count)", "error": "\(reason)"])
                try spool.recordFailure(batch, error: reason)
                report.retried += batch.count
                report.lastError = reason
                return report
            }
            FaultPoint.reach("capture.after-send")
            var settlements: [(event: SpooledEvent, settlement: SpoolSettlement)] = []
            var storageError: String?
            for (event, outcome) in zip(batch, outcomes) {
                report.outcomes[event.sequence] = outcome
                switch outcome {
                case .accepted(let offset):
                    report.accepted += 1
                    settlements.append((event, .stored(offset: offset)))
                case .duplicate(let offset):
                    report.duplicates += 1
                    settlements.append((event, .stored(offset: offset)))
                case .rejected(let code, let error) where code == "storage":
                    report.retried += 1
                    storageError = "the bus could not store it (storage): \(error)"
                    settlements.append((event, .retry(error: storageError!)))
                case .rejected(let code, let error):
                    report.deadLettered += 1
                    logger.warning("event rejected; moved to dead letters",
                                   metadata: ["id": "\(event.id)", "type": "\(event.type)", "code": "\(code)", "error": "\(error)"])
                    settlements.append((event, .deadLetter(code: code, error: error)))
                }
            }
            try spool.settle(settlements)
            if let storageError {
                report.lastError = storageError
                return report
            }
        }
    }
}
