import Foundation
import Logging
import RapportClient
import RapportWire
import Synchronization

/// One plugin instance at work, on a thread of its own (the blocking ZeroMQ sockets never
/// block Swift's cooperative pool): joins the plugin's group, handles each batch of deliveries as
/// one transaction in the store, acknowledges what was handled and NACKs what failed, publishes
/// the outbox, and fires due timers once the group has caught up with the log.
///
/// A DELIVER is handled in batches of at most ``PluginOptions/batch`` events; between two events of a batch,
/// and between two due timers, the instance sends a heartbeat when one is due (``Consumer/keepAlive()``), so
/// a slow batch keeps its membership (a single handler, or the batch's commit, slower than three heartbeats
/// still loses it).
/// Order of each batch: store transaction (state, handled records, outbox, timers) → ACK/NACK,
/// and the outbox published once the transaction has committed (by ``OutboxSender``'s thread,
/// while the loop takes the next DELIVER; usually after the ack, but the thread's half-second
/// look may come between the two). A crash between any two steps loses nothing and counts nothing twice: the
/// store commits before the ack (a redelivery is recognised as handled), and outputs wait in the
/// outbox until the bus has them, with the ids they were given (a resend is a duplicate).
///
/// Fault points (``FaultPoint``): `plugin.after-commit` (the batch is committed, not acknowledged)
/// and `plugin.after-ack` (acknowledged, its outputs possibly not yet published).
final class PluginRuntime: Sendable {
    let plugin: PluginIdentity
    let router: PluginRouter
    let store: PluginStore
    let options: PluginOptions
    let clock: any PluginClock
    let logger: Logger
    private let stopping = Atomic<Bool>(false)

    init(plugin: PluginIdentity, router: PluginRouter, store: PluginStore, options: PluginOptions,
         clock: any PluginClock, logger: Logger) {
        self.plugin = plugin
        self.router = router
        self.store = store
        self.options = options
        self.clock = clock
        self.logger = logger
    }

    /// Runs until ``stop()``; throws when the instance cannot go on (the bus refused it, its
    /// store failed).
    func run() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [self] in
                do {
                    try loop()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "rapport-plugin-\(plugin.name)"
            thread.start()
        }
    }

    /// Asks the loop to finish its batch, leave the group and return.
    func stop() { stopping.store(true, ordering: .releasing) }

    private var isStopping: Bool { stopping.load(ordering: .acquiring) }

    private func loop() throws {
        guard !router.subscriptions.isEmpty else {
            throw PluginError("plugin '\(plugin.name)' handles no event type: add a route with router.on(…)")
        }
        var consumerOptions = Consumer.Options(group: plugin.group)
        consumerOptions.name = options.instanceName
        consumerOptions.types = router.subscriptions
        consumerOptions.start = .committed
        consumerOptions.credit = options.credit
        consumerOptions.ackTimeoutMillis = options.ackTimeout.milliseconds
        consumerOptions.heartbeatMillis = options.heartbeat.milliseconds
        let consumer = try joinWhenTheBusIsThere(consumerOptions)
        let outbox = OutboxSender(store: store, address: options.address, logger: logger)
        outbox.start(name: "rapport-outbox-\(plugin.name)")
        defer { outbox.stop() }
        var catchUp = CatchUp(group: plugin.group, address: options.address)
        var rejoins = consumer.rejoins
        var lastPrune = Date.distantPast
        let decoder = DecodeAhead(name: "rapport-decode-\(plugin.name)")
        var pending: [DecodeAhead.Batch] = []
        logger.info("plugin instance joined its group", metadata: [
            "group": "\(plugin.group)", "types": "\(router.subscriptions)", "instance": "\(options.instanceName)",
        ])
        while !isStopping {
            // Waits for the bus only when nothing is left to handle; otherwise takes what has come
            // (its events are read while the batch before them is handled).
            let message = try consumer.next(timeoutMilliseconds: pending.isEmpty ? options.tick.milliseconds : 0)
            if consumer.rejoins != rejoins {
                // The bus restarted or reset the group: catch up again before timers fire. What
                // came before is not this membership's to acknowledge: the bus delivers it again.
                rejoins = consumer.rejoins
                catchUp = CatchUp(group: plugin.group, address: options.address)
                pending.removeAll()
            }
            switch message {
            case .deliver(let deliveries)?:
                let size = max(options.batch, 1)
                for start in stride(from: 0, to: deliveries.count, by: size) {
                    pending.append(decoder.decode(Array(deliveries[start..<min(start + size, deliveries.count)])))
                }
            case .error(let context, let code, let text)?:
                logger.warning("the bus refused a request", metadata: ["context": "\(context)", "code": "\(code)", "error": "\(text)"])
            default:
                break
            }
            if !pending.isEmpty {
                try handle(pending.removeFirst(), consumer)
                outbox.wake()
            }
            let now = clock.now
            if catchUp.isDone(logger: logger) {
                if try store.fireDueTimers(plugin: plugin, router: router, now: now, logger: logger, keepAlive: keepAlive(consumer)) > 0 {
                    outbox.wake()
                }
            }
            if now.timeIntervalSince(lastPrune) > 3_600 {
                lastPrune = now
                try store.pruneHandled(now: now)
            }
        }
        outbox.stop()
        try? consumer.leave(timeoutMilliseconds: 2_000)
        logger.info("plugin instance left its group", metadata: ["group": "\(plugin.group)"])
    }

    /// One batch of a DELIVER (at most ``PluginOptions/batch`` events): one transaction, then the
    /// acks and NACKs.
    private func handle(_ batch: DecodeAhead.Batch, _ consumer: Consumer) throws {
        let deliveries = batch.deliveries
        let outcomes: [InputOutcome]
        do {
            // A heartbeat between events when one is due: a batch slower than three heartbeats keeps its membership.
            outcomes = try store.process(deliveries.map { ($0.offset, $0.event) }, events: batch.events(), plugin: plugin,
                                         router: router, now: clock.now, logger: logger, keepAlive: keepAlive(consumer))
        } catch {
            // Nothing of the batch is committed: not acknowledged, so it comes again.
            throw PluginError("the plugin's state could not be written (\(error)); nothing of the batch was acknowledged")
        }
        FaultPoint.reach("plugin.after-commit")
        var done: [UInt64] = []
        for (delivery, outcome) in zip(deliveries, outcomes) {
            if case .failed(let error) = outcome {
                try consumer.nack(delivery.offset, error: String(error.prefix(1_000)))
            } else {
                done.append(delivery.offset)
            }
        }
        try consumer.ack(done)
        FaultPoint.reach("plugin.after-ack")
    }

    /// What runs between two events of a batch or two timers: a heartbeat when one is due. A failure is logged
    /// once a batch (the next read rejoins if the connection is gone); a message the bus sent meanwhile that
    /// cannot be read is reported the same way, and what it held comes again after the ack timeout.
    private func keepAlive(_ consumer: Consumer) -> () -> Void {
        var warned = false
        return { [logger] in
            do { try consumer.keepAlive() } catch {
                guard !warned else { return }
                warned = true
                logger.warning("a heartbeat during the batch failed; the next read rejoins if needed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Joins, waiting for the bus while it is not there yet (a plugin may start before it).
    private func joinWhenTheBusIsThere(_ options: Consumer.Options) throws -> Consumer {
        var warned = false
        while true {
            let attempt = Result { () throws(ClientError) -> Consumer in
                try Consumer(self.options.address, options: options, timeoutMilliseconds: 2_000)
            }
            switch attempt {
            case .success(let consumer):
                return consumer
            case .failure(let error):
                // A typed `catch .timeout(let why)` here crashes Swift 6.3's ownership checker.
                guard case .timeout(let why) = error else { throw error }
                if isStopping { throw PluginError("stopped before the bus answered") }
                if !warned {
                    logger.warning("the bus does not answer yet; waiting for it", metadata: ["why": "\(why)"])
                    warned = true
                }
            }
        }
    }
}
