import RapportEvents
import RapportLog
import RapportWire

extension Broker {
    /// Stores a `rapport.bus.dead-lettered` event for an event a group gave up on. It is
    /// committed together with the group's acknowledgement of the original.
    func deadLetter(_ letter: DeadLetter) {
        let now = WallClock.nowMillis()
        let source = "/bus/groups/\(letter.group)"
        let id = "\(letter.group):\(letter.record.offset)"
        let json = "{\"specversion\":\"1.0\",\"id\":\(Frames.jsonString(id)),\"source\":\(Frames.jsonString(source)),"
            + "\"type\":\"rapport.bus.dead-lettered\",\"time\":\"\(RFC3339.format(millis: now))\","
            + "\"partitionkey\":\(Frames.jsonString(letter.record.key)),\"data\":{\"group\":\(Frames.jsonString(letter.group)),"
            + "\"offset\":\(letter.record.offset),\"attempts\":\(letter.attempts),\"error\":\(Frames.jsonString(letter.error)),\"event\":"
        let payload = Array(json.utf8) + letter.record.payload + Array("}}".utf8)
        let hash = IdentityHash.of(source: source, id: id)
        do {
            let offset = try append(type: "rapport.bus.dead-lettered", key: letter.record.key, idHash: hash, payload: payload, now: now)
            dedup.remember(hash, at: offset)
            uncommitted.append(UncommittedEvent(offset: offset, type: "rapport.bus.dead-lettered", source: source, id: id, payload: payload))
            groups[letter.group]?.settle(letter)
            logger.warning("dead-lettered an event", metadata: [
                "group": "\(letter.group)", "offset": "\(letter.record.offset)", "attempts": "\(letter.attempts)",
                "error": "\(letter.error)", "dead_letter_offset": "\(offset)",
            ])
        } catch {
            // Not stored, so not done: it stays with the group and is tried again.
            groups[letter.group]?.requeue(letter)
            logger.error("cannot store a dead letter; the event stays with its group", metadata: [
                "group": "\(letter.group)", "offset": "\(letter.record.offset)", "error": "\(error)",
            ])
        }
    }
}
