import RapportWire

extension Broker {
    /// Sends a reply whose commit is done, and settles what it held: a RESULT's bytes leave its
    /// client's intake share; a DELIVER goes only to a member still in its group (one that left
    /// meanwhile had its events given back), and one that cannot be sent drops its member, whose
    /// events go to the others.
    func sendReply(_ reply: PendingReply) {
        if reply.intakeBytes > 0 { intakeQueue.answered(reply.identity, bytes: reply.intakeBytes) }
        if case .result(_, let outcomes) = reply.body { counters.count(outcomes) }
        guard case .deliver(let name, let instance, let offsets, _) = reply.body else {
            send(reply.frames())
            return
        }
        guard let group = groups[name], let member = group.member(reply.identity), member.serial == instance else { return }
        if !send(reply.frames()) {
            // Gone or not reading: like a dead member, its events go to the others, and this
            // delivery, which never left, does not count.
            group.unsent(offsets, to: member.identity)
            removeMember(member, of: group, reason: "its deliveries could not be sent: it is gone or does not read")
        }
    }
}
