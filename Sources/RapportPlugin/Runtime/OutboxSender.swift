import Foundation
import Logging
import RapportClient
import RapportWire

/// Publishes the outbox in order through acknowledged ingest: an event leaves the outbox only
/// once the bus answered `accepted` or `duplicate` (a resend after a crash keeps its id, so the
/// bus drops it as a duplicate); one the bus refuses moves to `rapport_outbox_rejected` and is
/// logged as an error (a plugin bug); no answer or `storage` leaves it for the next try.
final class OutboxSender {
    private let store: PluginStore
    private let address: BusAddress
    private let logger: Logger
    private var producer: Producer?
    private var lastTry = Date.distantPast
    /// Events published per PUBLISH.
    static let batch = 500

    init(store: PluginStore, address: BusAddress, logger: Logger) {
        self.store = store
        self.address = address
        self.logger = logger
    }

    /// Publishes if the last try was more than half a second ago (outputs of timers, retries),
    /// and deletes what was published from the outbox if no batch has done it since.
    func publishIfDue() {
        guard Date().timeIntervalSince(lastTry) >= 0.5 else { return }
        publish()
        do { try store.forgetSent() } catch {
            logger.error("the outbox could not be updated; it is tried again", metadata: ["error": "\(error)"])
        }
    }

    /// Publishes everything in the outbox now, batch by batch; stops at the first batch the
    /// bus does not take (it is tried again later).
    func publish() {
        lastTry = Date()
        do {
            while true {
                let entries = try store.outbox(limit: Self.batch)
                if entries.isEmpty { return }
                if producer == nil { producer = try Producer(address) }
                let outcomes: [PublishOutcome]
                do {
                    // Short: this runs on the consumer's thread, whose heartbeats wait meanwhile.
                    outcomes = try producer!.publish(entries.map(\.event), timeoutMilliseconds: 2_000)
                } catch {
                    producer = nil
                    logger.warning("the outbox could not be published yet; it is tried again", metadata: ["error": "\(error)"])
                    return
                }
                var sent: [OutboxEntry] = []
                var retryLater = false
                for (entry, outcome) in zip(entries, outcomes) {
                    switch outcome {
                    case .accepted, .duplicate:
                        sent.append(entry)
                    case .rejected(let code, _) where code == ErrorCode.storage.rawValue:
                        // Stop here: the later ones stay in the outbox and go after it, in order.
                        // (A write that fails rolls the bus's log back from that event on, so
                        // they were refused too; one the bus did store is a duplicate when resent.)
                        retryLater = true
                    case .rejected(let code, let error):
                        logger.error("the bus refused an event the plugin emitted; it is kept in rapport_outbox_rejected",
                                     metadata: ["id": "\(entry.id)", "type": "\(entry.type)", "code": "\(code)", "error": "\(error)"])
                        try store.rejected(entry, code: code, error: error, now: Date())
                    }
                    if retryLater { break }
                }
                store.sent(sent)
                if retryLater || outcomes.count < entries.count { return }
            }
        } catch {
            logger.error("the outbox could not be read or updated; it is tried again", metadata: ["error": "\(error)"])
        }
    }
}
