import Logging
import ZMQ

extension Broker {
    /// Bytes of events taken in and not yet durable: batches queued (``IntakeQueue``) or being
    /// validated, and events appended but not yet committed.
    var heldBytes: Int { intakeQueue.queuedBytes + validatingBytes + uncommitted.bytes }

    /// The clock consumer-group timers (heartbeat lapses, ack timeouts) run on; it stands
    /// still while reading is paused.
    var groupNow: Int64 { intake.groupClock(now: MonotonicClock.nowMillis()) }

    /// Stops watching the ingest socket when too many events wait for the disk, and watches
    /// it again once a commit has caught up. Unread messages wait in ZeroMQ, so a slow disk
    /// holds producers back instead of growing the bus's memory.
    func regulateIntake(_ poller: inout Poller, ingestIndex: Int, now: Int64) {
        switch intake.update(heldBytes: heldBytes, now: now) {
        case .none:
            return
        case .paused(let warn):
            poller.watch(ingestIndex, false)
            let metadata: Logger.Metadata = ["held_bytes": "\(heldBytes)", "limit_bytes": "\(intake.limitBytes)"]
            if warn {
                logger.warning("""
                    the disk is behind: reading requests is paused until a commit completes, and producers \
                    wait meanwhile (limits.max_uncommitted_bytes). If this repeats, the disk is too slow for \
                    the offered load (check its fsync latency) or the limit is too low. Further pauses this \
                    minute are logged at debug level
                    """, metadata: metadata)
            } else {
                logger.debug("reading requests paused", metadata: metadata)
            }
        case .resumed(let millis):
            poller.watch(ingestIndex, true)
            if millis >= 1_000 {
                logger.warning("reading requests resumed after a pause of \(millis) ms, the time a commit took on this disk",
                               metadata: ["paused_ms": "\(millis)"])
            } else {
                logger.debug("reading requests resumed", metadata: ["paused_ms": "\(millis)"])
            }
        }
    }
}
