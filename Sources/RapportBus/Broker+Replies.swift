import Logging
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

    /// Messages the bus queues for one client before it stops sending to it.
    static let clientSendQueue: Int32 = 10_000

    /// Sends a message without ever waiting: the broker thread serves everyone, so a client
    /// that does not read its replies must not stop it. Returns `false` when the message was
    /// dropped: the peer has gone (its state is cleaned up by heartbeats), or it does not read
    /// and ``clientSendQueue`` messages already wait for it.
    @discardableResult
    func send(_ frames: [[UInt8]]) -> Bool {
        do {
            try router.send(frames, dontWait: true)
            return true
        } catch {
            if error.wouldBlock {
                noteUnreadClient(frames[0])
            } else if !error.hostUnreachable {
                logger.warning("send failed", metadata: ["error": "\(error)"])
            }
            return false
        }
    }

    /// Counts a message dropped for a client that does not read; warns the first time and
    /// then once a minute per client, with how many were dropped meanwhile.
    private func noteUnreadClient(_ identity: [UInt8]) {
        unreadDrops += 1
        let client = ClientName(identity)
        guard let since = unreadClients.shouldReport(client.routingID, now: MonotonicClock.nowMillis()) else { return }
        var metadata: Logger.Metadata = ["client": "\(client.routingID)", "dropped_since_last_report": "\(since + 1)",
                                         "dropped_total": "\(unreadDrops)"]
        if let name = consumers[identity], let member = groups[name]?.member(identity) {
            metadata["group"] = "\(name)"
            metadata["consumer"] = "\(member.name)"
        }
        logger.warning("""
            a client does not read what the bus sends it: \(Self.clientSendQueue) messages wait for it, so the bus \
            drops its replies (a consumer is dropped from its group, and its events go to other members). \
            Logged once a minute per client, with the count since the last line
            """, metadata: metadata)
    }

    func sendError(to identity: [UInt8], context: String, _ code: ErrorCode, _ message: String) {
        logger.notice("refused a request", metadata: ["code": "\(code.rawValue)", "context": "\(context)", "error": "\(message)"])
        counters.countError(code)
        send([identity] + Frames.error(context: context, code, message))
    }
}
