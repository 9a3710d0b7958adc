import Foundation
import Logging
import RapportClient
import RapportWire
import Synchronization

/// Publishes the outbox in order through acknowledged ingest, on a thread of its own: an event
/// leaves the outbox only once the bus answered `accepted` or `duplicate` (a resend after a
/// crash keeps its id, so the bus drops it as a duplicate); one the bus refuses moves to
/// `rapport_outbox_rejected` and is logged as an error (a plugin bug); no answer or `storage`
/// leaves it for the next try.
///
/// The runtime's loop ``wake()``s it after each committed batch and goes on with the next
/// DELIVER while the bus stores the outputs: publishing waits for the bus's commit, and on the
/// loop's thread that wait held every batch (the plugin phase of `rapport bench` gained a third
/// with this thread). Without a wake it looks every half second (outputs of timers, retries).
final class OutboxSender: Sendable {
    private let store: PluginStore
    private let address: BusAddress
    private let logger: Logger
    private let wakeups = DispatchSemaphore(value: 0)
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    /// Events published per PUBLISH.
    static let batch = 500
    /// How long the thread waits for a wake before it looks anyway.
    static let idle = 0.5

    init(store: PluginStore, address: BusAddress, logger: Logger) {
        self.store = store
        self.address = address
        self.logger = logger
    }

    /// Starts the thread.
    func start(name: String) {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// There is something new in the outbox.
    func wake() { wakeups.signal() }

    /// Publishes what is left, deletes what was published from the outbox, and returns once the
    /// thread has finished.
    func stop() {
        if !stopping.exchange(true, ordering: .acquiringAndReleasing) { wakeups.signal() }
        finished.wait()
        finished.signal()   // for the next caller of stop()
    }

    private func run() {
        var producer: Producer?
        while true {
            let woken = wakeups.wait(timeout: .now() + Self.idle) == .success
            let stop = stopping.load(ordering: .acquiring)
            publish(&producer)
            if !woken || stop {
                // Quiet, or stopping: no batch transaction is coming soon to take the deletes along.
                do { try store.forgetSent() } catch {
                    logger.warning("the published outputs could not be deleted from the outbox yet; they are published again (as duplicates) if the plugin stops first",
                                   metadata: ["error": "\(error)"])
                }
            }
            if stop { break }
        }
        finished.signal()
    }

    /// Publishes everything in the outbox now, batch by batch; stops at the first batch the
    /// bus does not take (it is tried again later).
    private func publish(_ producer: inout Producer?) {
        do {
            while true {
                let entries = try store.outbox(limit: Self.batch)
                if entries.isEmpty { return }
                if producer == nil { producer = try Producer(address) }
                let outcomes: [PublishOutcome]
                do {
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
