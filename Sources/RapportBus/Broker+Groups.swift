import RapportLog
import RapportWire

extension Broker {
    func join(from identity: [UInt8], _ body: [[UInt8]], principal: Principal = .local) {
        guard body.count == 1 else {
            sendError(to: identity, context: "JOIN", .malformed, "JOIN takes exactly one frame: a JSON object")
            return
        }
        do throws(BusError) {
            let request = try JoinRequest(body[0])
            if case .forbidden(let reason) = AccessPolicy.consume(principal, patterns: request.types, command: "JOIN") {
                forbid(identity, context: "JOIN", principal: principal, reason)
                return
            }
            if let current = consumers[identity] {
                throw BusError(.badJoin, "this socket already joined group '\(current)'; send LEAVE first or use another socket")
            }
            let group = try group(named: request.group)
            let member = GroupMember(identity: identity, name: request.consumer,
                                     ackTimeoutMillis: request.ackTimeoutMillis ?? configuration.ackTimeoutMillis,
                                     heartbeatMillis: request.heartbeatMillis, now: groupNow)
            try group.join(member, filter: request.filter, locations: AccessPolicy.deliveryScope(principal), start: request.start, log: log)
            consumers[identity] = group.name
            groupsToDispatch.insert(group.name)
            logger.info("consumer joined", metadata: ["group": "\(group.name)", "consumer": "\(request.consumer)", "position": "\(group.position)"])
            let reply = Joined(group: group.name, position: group.position, types: group.filter.patterns,
                               heartbeatMillis: configuration.heartbeatMillis, ackTimeoutMillis: member.ackTimeoutMillis,
                               maxDeliveries: configuration.maxDeliveries)
            send([identity] + Frames.header(.joined) + [reply.encoded()])
        } catch {
            sendError(to: identity, context: "JOIN", error.code, error.message)
        }
    }

    private func group(named name: String) throws(BusError) -> ConsumerGroup {
        if let group = groups[name] { return group }
        guard groups.count < configuration.maxGroups else {
            logger.warning("refused a new consumer group: the bus has as many as groups.max_groups allows",
                           metadata: ["group": "\(name)", "max_groups": "\(configuration.maxGroups)"])
            throw BusError(.badJoin, "the bus already has \(groups.count) consumer groups, its limit (groups.max_groups); join an existing group, or ask the operator to raise the limit or remove unused groups")
        }
        do {
            let store = try GroupStore(directory: configuration.dataDirectory + "/groups/" + name)
            let group = ConsumerGroup(name: name, store: store, defaultStart: log.startOffset, maxDeliveries: configuration.maxDeliveries)
            groups[name] = group
            return group
        } catch {
            throw BusError(.storage, "cannot create group state: \(error)")
        }
    }

    /// The group and member of a joined consumer, or an ERROR sent back.
    private func membership(_ identity: [UInt8], _ command: String) -> (ConsumerGroup, GroupMember)? {
        guard let name = consumers[identity], let group = groups[name], let member = group.member(identity) else {
            sendError(to: identity, context: command, .notJoined, "\(command) needs a JOIN first (or the bus dropped this consumer after missed heartbeats; JOIN again)")
            return nil
        }
        return (group, member)
    }

    func credit(from identity: [UInt8], _ body: [[UInt8]]) {
        guard let (group, member) = membership(identity, "CREDIT") else { return }
        guard body.count == 1, let n = Frames.unsigned(body[0]), n > 0, n <= 1_000_000 else {
            sendError(to: identity, context: "CREDIT", .malformed, "CREDIT takes one frame: a decimal count from 1 to 1000000")
            return
        }
        member.credit = min(member.credit + Int(n), 1_000_000)
        groupsToDispatch.insert(group.name)
    }

    func ack(from identity: [UInt8], _ body: [[UInt8]]) {
        guard let (group, _) = membership(identity, "ACK") else { return }
        guard !body.isEmpty else {
            sendError(to: identity, context: "ACK", .malformed, "ACK needs at least one offset frame")
            return
        }
        let offsets = body.compactMap(Frames.unsigned)
        guard offsets.count == body.count else {
            sendError(to: identity, context: "ACK", .malformed, "every ACK frame must be a decimal offset; nothing in this ACK was recorded")
            return
        }
        var done: [UInt64] = []
        var unknown: [String] = []
        for offset in offsets {
            if group.ack(offset, from: identity) { done.append(offset) } else { unknown.append(String(offset)) }
        }
        if !unknown.isEmpty {
            sendError(to: identity, context: "ACK", .unknownOffset,
                      "offsets \(unknown.prefix(10).joined(separator: ", ")) were not delivered to this consumer or are already acknowledged")
        }
        if !done.isEmpty {
            replies.append(PendingReply(identity: identity, commit: nextCommit, body: .acked(done)))
            groupsToDispatch.insert(group.name)
        }
    }

    func nack(from identity: [UInt8], _ body: [[UInt8]]) {
        guard let (group, _) = membership(identity, "NACK") else { return }
        guard body.count == 2, let offset = Frames.unsigned(body[0]) else {
            sendError(to: identity, context: "NACK", .malformed, "NACK takes two frames: the offset and the error text")
            return
        }
        switch group.nack(offset, from: identity, error: Frames.string(body[1])) {
        case .none:
            sendError(to: identity, context: "NACK", .unknownOffset, "offset \(offset) is not held by this consumer")
        case .some(let letter):
            if let letter { deadLetter(letter) }
            groupsToDispatch.insert(group.name)
        }
    }

    func leave(from identity: [UInt8]) {
        guard let (group, member) = membership(identity, "LEAVE") else { return }
        removeMember(member, of: group, reason: "the consumer left")
    }

    func removeMember(_ member: GroupMember, of group: ConsumerGroup, reason: String) {
        // DELIVERs held for their commit never reach it now: those deliveries do not count.
        replies.removeAll { reply in
            guard case .deliver(let name, let serial, let offsets, _) = reply.body, name == group.name, serial == member.serial else { return false }
            group.unsent(offsets, to: member.identity)
            return true
        }
        for letter in group.remove(member.identity, reason: reason) { deadLetter(letter) }
        consumers[member.identity] = nil
        if !parkedReads.contains(where: { $0.identity == member.identity }) { readerKeys[member.identity] = nil }
        groupsToDispatch.insert(group.name)
        logger.info("consumer left", metadata: ["group": "\(group.name)", "consumer": "\(member.name)", "reason": "\(reason)"])
    }

    /// Anything from a consumer counts as a sign of life.
    func noteAlive(_ identity: [UInt8]) {
        guard let name = consumers[identity], let member = groups[name]?.member(identity) else { return }
        member.lastSeen = groupNow
    }

    /// Reads and delivers for groups whose situation changed.
    func dispatchGroups(now: Int64) {
        guard !groupsToDispatch.isEmpty else { return }
        let names = groupsToDispatch
        groupsToDispatch.removeAll()
        for name in names {
            guard let group = groups[name] else { continue }
            do {
                if try group.refill(from: log, durableEnd: durableOffset) { scanPending = true }
            } catch {
                logger.error("cannot read the log for a group", metadata: ["group": "\(name)", "error": "\(error)"])
            }
            for letter in group.takeExhausted() { deadLetter(letter) }
            for (member, events) in group.dispatch(now: now) {
                var body: [[UInt8]] = []
                body.reserveCapacity(events.count * 2)
                for event in events {
                    body.append(DeliveryMeta(offset: event.offset, attempt: event.attempts).encoded())
                    body.append(event.record.payload)
                }
                // Sent once the journal holds these deliveries, so a restart counts them.
                replies.append(PendingReply(identity: member.identity, commit: nextCommit, body: .deliver(group: name, member: member.serial, offsets: events.map(\.offset), frames: body)))
            }
            // More may be readable now that the ready queue drained.
            if group.members.contains(where: { $0.credit > 0 }) && group.cursor.offset < durableOffset {
                groupsToDispatch.insert(name)
            }
        }
    }

    /// Timers: heartbeats out, lapsed members and expired deliveries back, retention.
    ///
    /// `now` is monotonic time (``MonotonicClock``); `groupNow` the group clock (see ``IntakeGate``), which lapses
    /// and ack timeouts follow.
    func housekeeping(now: Int64, groupNow: Int64) {
        if now - lastHeartbeat >= configuration.heartbeatMillis {
            lastHeartbeat = now
            for group in groups.values {
                let name = Frames.text(group.name)
                for member in group.members where !send([member.identity] + Frames.header(.heartbeat) + [name]) {
                    // Its socket closed without LEAVE (or it does not read): it is gone now, not
                    // after three of its heartbeat intervals.
                    removeMember(member, of: group, reason: "its connection is gone (or it does not read)")
                }
            }
        }
        guard now - lastHousekeeping >= 50 else { return }
        lastHousekeeping = now
        expireParkedReads(now: now)
        for group in groups.values {
            for member in group.members where member.lapsed(now: groupNow) {
                removeMember(member, of: group, reason: "missed heartbeats")
            }
            let held = group.inFlightCount
            for letter in group.expire(now: groupNow) { deadLetter(letter) }
            // Anything that came back (or was dead-lettered) can go out again at once.
            if group.inFlightCount != held { groupsToDispatch.insert(group.name) }
        }
        // Give memory from a burst back once the bus has been quiet for a second.
        if now - lastTrim >= 10_000 && now - lastRequest >= 1_000 {
            lastTrim = now
            log.releaseSpareBuffers()
            MemoryTuning.releaseFreeMemory()
        }
        if now - lastRetention >= 60_000 {
            lastRetention = now
            for (client, count) in unreadClients.forgetQuiet(now: now) {
                logger.warning("a client that did not read had more replies dropped since the last line",
                               metadata: ["client": "\(client)", "dropped_since_last_report": "\(count)"])
            }
            _ = busyClients.forgetQuiet(now: now)
            for (what, count) in storageFailures.forgetQuiet(now: now) {
                logger.error("storage failures since the last line", metadata: ["failing": "\(what)", "failures": "\(count)"])
            }
            retention(now: WallClock.nowMillis())
        }
    }

    private func retention(now: Int64) {
        let deleted = log.applyRetention(now: now)
        for group in groups.values where deleted > 0 && group.cursor.offset < log.startOffset {
            // Its unread events are gone: it will go on from the log's new start.
            logger.warning("""
                retention deleted events a consumer group had not read: it goes on from the log's start. \
                Keep the group's consumers running, or raise log.retention
                """, metadata: [
                    "group": "\(group.name)", "unread_from": "\(group.cursor.offset)", "log_start": "\(log.startOffset)",
                    "deleted": "\(log.startOffset - group.cursor.offset)",
                ])
        }
        if let start = try? log.offset(forTime: now - configuration.dedupWindowMillis) {
            dedup.slide(to: max(start, log.startOffset))
        }
    }
}
