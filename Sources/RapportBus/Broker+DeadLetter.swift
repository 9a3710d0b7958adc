import RapportEvents
import RapportLog
import RapportWire

extension Broker {
    /// The type of the events the bus adds for events a group gave up on.
    static let deadLetterType = DeadLetterEvent.type

    /// Stores a `rapport.bus.dead-lettered` event for an event a group gave up on. The group
    /// counts the original done once the dead letter is durable (``settleDeadLetters()``);
    /// until then the original is held by no one, and if the dead letter is lost with a
    /// failed write it goes back to the group (``requeueDeadLetters(from:)``). It goes back too
    /// if the dead letter cannot be appended, or the de-duplication table has no memory for it.
    func deadLetter(_ letter: DeadLetter) {
        guard letter.record.type != Self.deadLetterType else {
            // A dead letter that fails too is not wrapped again: that would loop, each one
            // larger than the last, for a group that takes every type and fails them all.
            groups[letter.group]?.settle(letter)
            logger.error("a dead letter failed too; it is not dead-lettered again and stays in the log", metadata: [
                "group": "\(letter.group)", "offset": "\(letter.record.offset)", "attempts": "\(letter.attempts)",
                "error": "\(letter.error)",
            ])
            return
        }
        let now = WallClock.nowMillis()
        let dead = DeadLetterEvent(group: letter.group, offset: letter.record.offset, attempts: letter.attempts,
                                   error: letter.error, partitionKey: letter.record.key, event: letter.record.payload)
        let source = dead.source, id = dead.id
        let hash = IdentityHash.of(source: source, id: id)
        if let stored = dedup.candidate(hash), isStored(stored, source: source, id: id) {
            // Stored before a restart that came before the group recorded the original as done.
            parkedDeadLetters.append((letter, stored))
            settleDeadLetters()
            return
        }
        let payload = dead.encoded(atMillis: now)
        do {
            // Room in the de-duplication table first, as for a published event: if it cannot
            // grow, nothing is appended and the event is handled as if the write had failed.
            try dedup.makeRoom()
            let offset = try append(type: Self.deadLetterType, key: letter.record.key, idHash: hash, payload: payload, now: now)
            dedup.remember(hash, at: offset)
            uncommitted.append(UncommittedEvent(offset: offset, type: Self.deadLetterType, source: source, id: id, payload: payload))
            parkedDeadLetters.append((letter, offset))
            logger.warning("dead-lettered an event", metadata: [
                "group": "\(letter.group)", "offset": "\(letter.record.offset)", "attempts": "\(letter.attempts)",
                "error": "\(letter.error)", "dead_letter_offset": "\(offset)",
            ])
        } catch {
            // Not stored, so not done: it stays with the group and is tried again.
            groups[letter.group]?.requeue(letter)
            groupsToDispatch.insert(letter.group)
            if let error = error as? SlotAllocationError {
                reportDedupRefusal(error, now: now)
            } else {
                logger.error("cannot store a dead letter; the event stays with its group", metadata: [
                    "group": "\(letter.group)", "offset": "\(letter.record.offset)", "error": "\(error)",
                ])
            }
        }
    }

    /// Counts as done, for their groups, the originals whose dead letters are now durable.
    func settleDeadLetters() {
        guard !parkedDeadLetters.isEmpty else { return }
        parkedDeadLetters.removeAll { parked in
            guard parked.offset < durableOffset else { return false }
            groups[parked.letter.group]?.settle(parked.letter)
            return true
        }
    }

    /// A write failed and the log dropped everything from `firstLost` on: the originals of
    /// dead letters among it go back to their groups, to be tried (and dead-lettered) again.
    func requeueDeadLetters(from firstLost: UInt64) {
        parkedDeadLetters.removeAll { parked in
            guard parked.offset >= firstLost else { return false }
            groups[parked.letter.group]?.requeue(parked.letter)
            groupsToDispatch.insert(parked.letter.group)
            logger.error("a dead letter was not stored; the event goes back to its group", metadata: [
                "group": "\(parked.letter.group)", "offset": "\(parked.letter.record.offset)",
            ])
            return true
        }
    }
}
