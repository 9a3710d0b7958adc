import Logging
import RapportEvents
import RapportLog
import RapportWire

extension Broker {
    /// PUBLISH: validate, de-duplicate and append each event; answer once durable.
    func publish(from identity: [UInt8], _ body: [[UInt8]], principal: Principal = .local) {
        guard body.count >= 2 else {
            let context = body.first.map(Frames.string) ?? "PUBLISH"
            sendError(to: identity, context: context, .malformed, "PUBLISH needs a batch tag frame and at least one event frame")
            return
        }
        let tag = body[0]
        guard tag.count <= Wire.maxTagBytes else {
            sendError(to: identity, context: "PUBLISH", .malformed, "batch tag is \(tag.count) bytes; the limit is \(Wire.maxTagBytes) (the tag is not echoed because it is too long)")
            return
        }
        let events = body.count - 1
        guard events <= Wire.maxBatchEvents else {
            sendError(to: identity, context: Frames.string(tag), .malformed,
                      "batch holds \(events) events; the limit is \(Wire.maxBatchEvents) per PUBLISH")
            return
        }
        let frames = body[1...]
        let bytes = frames.reduce(0) { $0 + $1.count }
        let queued = intakeQueue.queuedBytes(of: identity)
        guard queued == 0 || queued + bytes <= intakeQueue.clientQueueLimitBytes else {
            // A client sending faster than the bus takes it in (without waiting for RESULTs)
            // would fill the intake limit with its backlog, and reading pauses for everyone.
            refuseAsBusy(identity, tag: tag, queued: queued)
            return
        }
        intakeQueue.enqueue(ValidationStage.Batch(identity: identity, tag: tag, frames: frames, bytes: bytes,
                                                  restrictedTo: principal.role == .admin ? nil : principal))
        feedValidation()
    }

    /// Refuses a whole PUBLISH at once with ERROR `busy` (context: its tag): its client already
    /// has its share waiting at the bus. One small answer, not a RESULT entry per event, so
    /// refusing a flood costs the broker little. Logged once a minute per client.
    private func refuseAsBusy(_ identity: [UInt8], tag: [UInt8], queued: Int) {
        let message = "this client already has \(queued) bytes waiting at the bus (its share is \(intakeQueue.clientQueueLimitBytes)); "
            + "nothing of this batch was stored: wait for RESULTs before sending more (keep a window of batches), then resend it"
        counters.countError(.busy)
        send([identity] + Frames.error(context: Frames.string(tag), .busy, message))
        let client = ClientName(identity)
        if let since = busyClients.shouldReport(client.routingID, now: MonotonicClock.nowMillis()) {
            logger.warning("a client sends faster than the bus takes its events in; its batches are refused (busy) until its earlier ones are answered",
                           metadata: ["client": "\(client.routingID)", "refused_since_last_report": "\(since + 1)"])
        }
    }

    /// Hands queued PUBLISH batches on, clients in turn (``IntakeQueue``): small ones whose
    /// client has nothing in the validation stage are checked here at once, the others go to
    /// the stage while it holds less than ``validationStageBytes``.
    func feedValidation() {
        while let handoff = intakeQueue.next(stageHasRoom: validationsPending == 0 || validatingBytes < Self.validationStageBytes) {
            switch handoff {
            case .inline(let batch):
                // Checking a few events here costs less than two thread hand-offs, and the
                // batch does not wait behind another client's large ones in the stage.
                finish(ValidationStage.check(batch, with: validator), now: WallClock.nowMillis())
            case .stage(let batch):
                validation.submit(batch)
                validationsPending += 1
                validatingBytes += batch.bytes
            }
        }
    }

    /// Bytes the validation stage may hold before the next batch waits in the ``IntakeQueue``:
    /// a few batches keep it busy, and a batch from a new client has at most this ahead of it.
    static let validationStageBytes = 256 << 10

    /// Takes batches the validation stage has checked and de-duplicates, appends and answers
    /// them, in the order they arrived. Between batches it takes a finished commit and starts
    /// the next one, so the committer does not wait for a long backlog to be appended.
    func finishValidated() throws(BrokerRunError) {
        while (try? validationSignal.receive(dontWait: true)) ?? nil != nil {}
        let now = WallClock.nowMillis()
        for batch in validation.takeOutputs() {
            validationsPending -= 1
            validatingBytes -= batch.bytes
            intakeQueue.leftStage(batch.identity)
            finish(batch, now: now)
            if committing && committer.hasOutputs {
                try completeCommit()
                startCommitIfIdle()
            }
        }
        feedValidation()
    }

    /// De-duplicates, appends and answers one checked batch.
    private func finish(_ batch: ValidationStage.Checked, now: Int64) {
        var outcomes: [PendingReply.Outcome] = []
        outcomes.reserveCapacity(batch.results.count)
        var waitsForCommit = false
        for (result, frame) in zip(batch.results, batch.frames) {
            let refusals = dedup.refusals
            let outcome = permitted(result, by: batch.restrictedTo, frame: frame, tag: batch.tag) ?? ingest(result, now: now)
            switch outcome {
            case .accepted: waitsForCommit = true
            case .duplicate(let offset): if offset >= durableOffset { waitsForCommit = true }
            case .rejected(let code, let message):
                // Refused for want of de-duplication memory: reported once a minute instead
                // (``reportDedupRefusal(_:now:)``), not once an event.
                guard dedup.refusals == refusals else { break }
                logRejection(frame, code: code, message: message, batch: batch)
            }
            outcomes.append(outcome)
        }
        let reply = PendingReply(identity: batch.identity, commit: waitsForCommit ? nextCommit : 0,
                                 body: .result(tag: batch.tag, outcomes: outcomes), intakeBytes: batch.bytes)
        if waitsForCommit { replies.append(reply) } else { sendReply(reply) }
    }

    /// The refusal of an event its sender's key may not publish (its type, or its location);
    /// `nil` when it may go on (or is invalid anyway: that error says more).
    private func permitted(_ result: Result<ValidatedEvent, EventValidationError>, by principal: Principal?,
                           frame: [UInt8], tag: [UInt8]) -> PendingReply.Outcome? {
        guard let principal, case .success(let event) = result,
              case .forbidden(let reason) = AccessPolicy.publish(principal, type: event.type, location: event.location) else { return nil }
        noteForbidden(principal, command: "PUBLISH", reason, event: [
            "batch": Frames.string(tag), "source": event.source, "id": event.id, "type": event.type,
            "location": event.location ?? "none",
        ])
        return .rejected(code: ErrorCode.forbidden.rawValue, error: reason)
    }

    /// Logs a refused event with what names it: its `source`, `id` and `type` as far as they
    /// can be read from its bytes (``EnvelopeGlimpse``), the client and the batch tag.
    private func logRejection(_ frame: [UInt8], code: String, message: String, batch: ValidationStage.Checked) {
        var metadata: Logger.Metadata = [
            "code": "\(code)", "error": "\(message)", "batch": "\(Frames.string(batch.tag))",
            "client": "\(ClientName(batch.identity).routingID)",
        ]
        for (name, value) in EnvelopeGlimpse(frame).metadata { metadata[name] = "\(value)" }
        logger.notice("rejected an event", metadata: metadata)
    }

    private func ingest(_ result: Result<ValidatedEvent, EventValidationError>, now: Int64) -> PendingReply.Outcome {
        let event: ValidatedEvent
        switch result {
        case .success(let valid): event = valid
        case .failure(let error): return .rejected(code: error.code.rawValue, error: error.message)
        }
        let hash = IdentityHash.of(source: event.source, id: event.id)
        if let original = dedup.candidate(hash), isStored(original, source: event.source, id: event.id) {
            return .duplicate(offset: original)
        }
        // Room in the de-duplication table first (a comparison, unless it must grow): if it
        // cannot grow, the event is refused before anything is stored, so nothing is lost.
        do {
            try dedup.makeRoom()
        } catch {
            reportDedupRefusal(error, now: now)
            return .rejected(code: ErrorCode.storage.rawValue,
                             error: "the bus is out of memory for de-duplication (\(error)); the event was not stored: send it again later")
        }
        do {
            let offset = try append(type: event.type, key: event.partitionKey, idHash: hash, payload: event.bytes, now: now)
            dedup.remember(hash, at: offset)
            uncommitted.append(UncommittedEvent(offset: offset, type: event.type, source: event.source, id: event.id, payload: event.bytes))
            return .accepted(offset: offset)
        } catch {
            return .rejected(code: ErrorCode.storage.rawValue, error: "the bus could not store the event: \(error)")
        }
    }

    /// Counts an event refused because the de-duplication table could not grow (a published
    /// event, or a dead letter) and logs it, the first time and then at most once a minute.
    func reportDedupRefusal(_ error: SlotAllocationError, now: Int64) {
        guard dedup.noteRefusal(now: now) else { return }
        logger.error("""
            out of memory for the de-duplication table: until it can grow, events are refused (code storage) \
            and dead letters are not stored (their events go back to their groups); nothing already stored is \
            lost. Give the bus more memory or shorten dedup.window (this error is logged at most once a minute)
            """, metadata: ["error": "\(error)", "refused": "\(dedup.refusals)"])
    }

    /// Appends one record to the log (buffered until the next commit).
    func append(type: String, key: String, idHash: UInt64, payload: [UInt8], now: Int64) throws(LogError) -> UInt64 {
        var type = type, key = key
        return try type.withUTF8 { t in
            key.withUTF8 { k in
                payload.withUnsafeBytes { p in
                    Result { () throws(LogError) -> UInt64 in
                        try log.append(timestamp: now, idHash: idHash, type: UnsafeRawBufferPointer(t), key: UnsafeRawBufferPointer(k), payload: p)
                    }
                }
            }
        }.get()
    }

    /// Whether the event at `offset` has this (`source`, `id`): confirms a hash match.
    func isStored(_ offset: UInt64, source: String, id: String) -> Bool {
        if let first = uncommitted.first, offset >= first.offset {
            let i = Int(offset - first.offset)
            return i < uncommitted.count && uncommitted[i].source == source && uncommitted[i].id == id
        }
        guard let record = try? log.record(at: offset),
              let stored = try? JSONValue.parse(record.payload) else { return false }
        return stored["source"]?.stringValue == source && stored["id"]?.stringValue == id
    }
}
