import RapportLog
import RapportWire

extension Broker {
    /// Starts a group commit of everything buffered, unless one is running.
    func startCommitIfIdle() {
        guard !committing else { return }
        var groupFiles = retryGroupFiles
        retryGroupFiles = []
        var journalFailed = false
        for group in groups.values {
            do {
                if try group.store.flush() { groupFiles.append(group.store.journal) }
            } catch {
                // The journal keeps its records and retries with the next commit.
                journalFailed = true
                if let suppressed = storageFailures.shouldReport("group:" + group.name, now: MonotonicClock.nowMillis()) {
                    logger.error("""
                        cannot write group state: acknowledgements wait (their consumers are told) and are written when \
                        the disk has room; deliveries go on. Logged at most once a minute
                        """, metadata: ["group": "\(group.name)", "error": "\(error)", "failures_since_last_report": "\(suppressed)"])
                }
            }
        }
        if journalFailed {
            // ACKED promises durability: hold every waiting ACKED for a commit after this one,
            // and tell its consumer once why it waits. (Deliveries are not held: on a full disk
            // consumers keep working; a crash then may count a delivery less.)
            for i in replies.indices where replies[i].commit <= nextCommit {
                if case .frames = replies[i].body {
                    // A GROUP answer promises its reset is on disk.
                    replies[i].commit = nextCommit + 1
                    continue
                }
                guard case .acked(let offsets) = replies[i].body else { continue }
                replies[i].commit = nextCommit + 1
                if !replies[i].toldWaiting {
                    replies[i].toldWaiting = true
                    let listed = offsets.prefix(10).map(String.init).joined(separator: ", ") + (offsets.count > 10 ? ", …" : "")
                    send([replies[i].identity] + Frames.error(context: "ACK", .storage, """
                        acknowledgements of offsets \(listed) are not yet durable: the bus cannot write the group's state \
                        (disk full?). They are kept and ACKED follows once they are written; do not resend them
                        """))
                }
            }
        }
        // No I/O here: the committer writes and syncs, so this thread never waits on the disk.
        let job = log.prepareCommit()
        guard job != nil || !groupFiles.isEmpty else {
            // Nothing to sync, but replies for this sequence may wait (e.g. acks of nothing).
            releaseReplies(upTo: nextCommit)
            // RESULTs sent free their clients' intake shares: queued batches may go on.
            if !intakeQueue.isEmpty { feedValidation() }
            return
        }
        committer.submit(.init(sequence: nextCommit, log: job, groupFiles: groupFiles))
        nextCommit += 1
        committing = true
    }

    /// The committer finished: take its completion.
    func completeCommit() throws(BrokerRunError) {
        while (try? commitSignal.receive(dontWait: true)) ?? nil != nil {}
        // One commit is in flight at a time, so there is at most one completion.
        guard let done = committer.takeOutputs().first else { return }
        committing = false
        try finishCommit(done)
    }

    /// A commit finished: publish and answer what it made durable.
    private func finishCommit(_ done: Committer.Completion) throws(BrokerRunError) {
        if let error = done.error {
            guard done.failedWriting, let job = done.task.log, (try? log.rollback(job)) == true else {
                logger.critical("a commit failed; stopping so that nothing unconfirmed is acknowledged", metadata: ["error": "\(error)"])
                throw BrokerRunError("commit failed: \(error). The bus stopped; restart it to recover the log.")
            }
            // Nothing of the job is on disk and the log is back where it was: refuse its events
            // (and those appended since), keep serving, and sync the group journals next time.
            retryGroupFiles += done.task.groupFiles
            failBuffered(error, from: job.firstOffset)
            releaseRejected()
            return
        }
        commitsDone += 1
        counters.countCommit(syncNanoseconds: done.syncNanoseconds)
        if let job = done.task.log { log.recycle(job) }
        if let upTo = done.durableOffset, upTo > durableOffset {
            durableOffset = upTo
            settleDeadLetters()
            publishLive(upTo: upTo)
            wakeParkedReads()
            for group in groups.values where !group.members.isEmpty { groupsToDispatch.insert(group.name) }
        }
        releaseReplies(upTo: done.sequence)
        for group in groups.values {
            // Compact first: it needs everything written to be synced, which is true only
            // before this turn's position record is buffered.
            if group.store.wantsCompaction {
                do { try group.store.compact() } catch {
                    logger.error("group compaction failed", metadata: ["group": "\(group.name)", "error": "\(error)"])
                }
            }
            group.store.advance(to: group.position)
        }
    }

    private func releaseReplies(upTo sequence: UInt64) {
        guard !replies.isEmpty else { return }
        var kept: [PendingReply] = []
        for reply in replies {
            if reply.commit <= sequence { sendReply(reply) } else { kept.append(reply) }
        }
        replies = kept
    }

    /// Counts live-feed subscriptions: the XPUB socket passes up a subscribe (first byte 1)
    /// or unsubscribe (0) message whenever a topic gains its first or loses its last follower.
    /// Anything else an XSUB peer sends upstream is not a subscription and is ignored.
    func trackSubscriptions() {
        while let message = try? live.receive(dontWait: true) {
            guard message.count == 1, let first = message[0].first else { continue }
            switch first {
            case 1: liveTopics += 1
            case 0: liveTopics = max(0, liveTopics - 1)
            default: continue
            }
        }
    }

    /// Sends newly durable events to live-feed subscribers: `[type, meta, event]`.
    private func publishLive(upTo: UInt64) {
        let durable = uncommitted.count(below: upTo)
        for i in 0..<durable where liveTopics > 0 {
            let event = uncommitted[i]
            do {
                try live.send(Array(event.type.utf8), more: true, dontWait: true)
                try live.send(LiveMeta(offset: event.offset).encoded(), more: true, dontWait: true)
                try live.send(event.payload, dontWait: true)
            } catch {
                // Best effort: a full subscriber queue drops.
            }
        }
        uncommitted.removeFirst(durable)
    }

    /// Sends the RESULT replies that no longer wait for anything: every event in them was
    /// rejected or is durable. (ACKED replies wait for the next successful commit.)
    private func releaseRejected() {
        var kept: [PendingReply] = []
        for reply in replies {
            if case .result(_, let outcomes) = reply.body, outcomes.allSatisfy({ outcome in
                switch outcome {
                case .accepted(let o), .duplicate(let o): o < durableOffset
                case .rejected: true
                }
            }) {
                sendReply(reply)
            } else {
                kept.append(reply)
            }
        }
        replies = kept
    }

    /// A write failed (disk full): the log rolled back to `firstLost`, so the events from there
    /// on are answered as rejected and forgotten by de-duplication.
    private func failBuffered(_ error: LogError, from firstLost: UInt64) {
        if let suppressed = storageFailures.shouldReport("log", now: MonotonicClock.nowMillis()) {
            logger.error("could not write to the log; rejecting the buffered events (code storage). Logged at most once a minute",
                         metadata: ["error": "\(error)", "failures_since_last_report": "\(suppressed)"])
        }
        let lost = uncommitted.removeAll(from: firstLost)
        requeueDeadLetters(from: firstLost)
        dedup.forget(lost.map { IdentityHash.of(source: $0.source, id: $0.id) }, from: firstLost)
        let message = "the bus could not store the event: \(error)"
        for i in replies.indices {
            guard case .result(let tag, let outcomes) = replies[i].body else { continue }
            replies[i].body = .result(tag: tag, outcomes: outcomes.map { outcome in
                switch outcome {
                case .accepted(let o) where o >= firstLost, .duplicate(let o) where o >= firstLost:
                    .rejected(code: ErrorCode.storage.rawValue, error: message)
                default: outcome
                }
            })
        }
    }
}
