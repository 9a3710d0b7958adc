import RapportLog
import RapportWire

extension Broker {
    /// GROUP: an operator resets or deletes a consumer group, or asks what that would do.
    ///
    /// A group with live members is changed only with `force`: its members are dropped and told
    /// (ERROR `not-joined`), so a consumer that joins again goes on from the new position. A
    /// reset is a `reset` record in the group's journal, durable with the next commit (the
    /// answer waits for it); a delete renames the group's directory out of the way first, so a
    /// crash part way leaves no half-deleted group.
    func groupAdmin(from identity: [UInt8], _ body: [[UInt8]]) {
        guard body.count == 1 else {
            sendError(to: identity, context: "GROUP", .malformed, "GROUP takes exactly one frame: a JSON object")
            return
        }
        do throws(BusError) {
            let request: GroupRequest
            do throws(WireError) { request = try GroupRequest(decoding: body[0]) } catch {
                throw BusError(.badGroup, error.message)
            }
            guard let group = groups[request.group] else {
                throw BusError(.badGroup, "the bus has no consumer group '\(request.group)'; `rapport groups` lists them")
            }
            let members = group.members.map(\.name)
            let position = group.position
            let lag = group.lag(durableEnd: durableOffset)
            var newPosition: UInt64?
            if request.action == .reset, let to = request.to { newPosition = try target(to) }
            if !members.isEmpty && !request.force && !request.dryRun {
                throw BusError(.badGroup, """
                    group '\(group.name)' has \(members.count) live member(s) (\(members.joined(separator: ", "))); stop them \
                    first, or force it: they are dropped and go on from the new position when they join again
                    """)
            }
            let summary = Self.summary(request, group: group.name, position: position, newPosition: newPosition, members: members)
            var report = GroupReport(group: group.name, action: request.action, applied: false, position: position,
                                     newPosition: newPosition, lag: lag, members: members, summary: summary)
            guard !request.dryRun else {
                send([identity] + Frames.header(.group) + [report.encoded()])
                return
            }
            dropMembers(of: group, reason: request.action == .reset ? "the group was reset by an operator" : "the group was deleted by an operator")
            switch request.action {
            case .reset:
                // A dead letter still waiting for its commit would ack its original inside the replay.
                parkedDeadLetters.removeAll { $0.letter.group == group.name }
                group.reposition(to: newPosition ?? position)
                groupsToDispatch.insert(group.name)
            case .delete:
                try delete(group)
            }
            report.applied = true
            logger.notice("consumer group changed by an operator", metadata: [
                "group": "\(group.name)", "action": "\(request.action.rawValue)", "position": "\(position)",
                "new_position": "\(newPosition.map(String.init) ?? "-")", "members_dropped": "\(members.count)",
            ])
            // A reset is answered once its journal record is on disk.
            replies.append(PendingReply(identity: identity, commit: nextCommit, body: .frames(Frames.header(.group) + [report.encoded()])))
        } catch {
            sendError(to: identity, context: "GROUP", error.code, error.message)
        }
    }

    /// The offset a reset moves to.
    private func target(_ to: StartPosition) throws(BusError) -> UInt64 {
        switch to {
        case .committed, .earliest: return log.startOffset
        case .latest: return durableOffset
        case .offset(let o): return min(max(o, log.startOffset), durableOffset)
        case .time(let t):
            do { return min(try log.offset(forTime: t), durableOffset) } catch {
                throw BusError(.storage, "cannot look up the time in the log: \(error)")
            }
        }
    }

    /// Drops every member of `group`, telling each why.
    private func dropMembers(of group: ConsumerGroup, reason: String) {
        for member in group.members {
            removeMember(member, of: group, reason: reason)
            send([member.identity] + Frames.error(context: "GROUP", .notJoined, "\(reason); JOIN again"))
        }
    }

    /// Removes a group and its state: its directory is renamed out of the way (a name no group
    /// can have), the rename made durable, then its files removed.
    private func delete(_ group: ConsumerGroup) throws(BusError) {
        let directory = configuration.dataDirectory + "/groups"
        let retired = directory + "/.deleted-\(group.name)-\(WallClock.nowMillis())"
        do {
            try renameFile(directory + "/" + group.name, retired)
            try LogFile.syncDirectory(directory)
        } catch {
            throw BusError(.storage, "cannot delete group '\(group.name)': \(error)")
        }
        groups[group.name] = nil
        parkedDeadLetters.removeAll { $0.letter.group == group.name }
        removeDirectoryAndFiles(retired)
    }

    private static func summary(_ request: GroupRequest, group: String, position: UInt64, newPosition: UInt64?, members: [String]) -> String {
        let verb = request.dryRun ? "would" : "will"
        var text: String
        switch request.action {
        case .reset:
            let to = newPosition ?? position
            let change = to < position ? "replay \(position - to) offsets" : to > position ? "skip \(to - position) offsets" : "change nothing"
            text = request.dryRun
                ? "group '\(group)' would move from position \(position) to \(to) (\(change))"
                : "group '\(group)' moved from position \(position) to \(to) (\(change))"
        case .delete:
            text = request.dryRun
                ? "group '\(group)' (position \(position)) would be deleted with its state"
                : "group '\(group)' (position \(position)) is deleted with its state"
        }
        if !members.isEmpty {
            text += "; its \(members.count) live member(s) (\(members.joined(separator: ", "))) \(verb == "would" ? "would be" : "are") dropped"
            if request.dryRun && !request.force { text += " (needs force)" }
        }
        return text
    }
}
