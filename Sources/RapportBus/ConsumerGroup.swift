import RapportConfig
import RapportLog
import RapportWire

/// A named consumer group: members sharing the work of one stream of matching events.
///
/// Delivery is credit-based and at-least-once. Events with the same partition key go to one
/// member at a time (the one already holding an event of that key), so each key is processed
/// in log order. Unacknowledged events come back after the member's ack timeout or when the
/// member's heartbeat lapses; after `maxDeliveries` deliveries an event is dead-lettered.
/// Progress is recorded in the group's ``GroupStore``, and so is every delivery, so the count
/// goes on where it was after the bus restarts.
final class ConsumerGroup {
    let name: String
    private(set) var filter: TypeFilter = .all
    /// The locations whose events the group takes: a manager's group takes only its own (set
    /// by its first member, like the type filter); `.all` otherwise.
    private(set) var locations: LocationScope = .all
    let store: GroupStore
    private(set) var cursor: LogCursor
    private(set) var members: [GroupMember] = []
    private var ready: [PendingEvent?] = []
    private var readyHead = 0
    /// Events in `ready` not yet delivered (the array also holds delivered slots as `nil`).
    private var readyLive = 0
    private var redeliver: [PendingEvent] = []
    private var inFlight: [UInt64: PendingEvent] = [:]
    private var keyOwners: [String: (member: [UInt8], count: Int)] = [:]
    private var nextMember = 0
    /// Acknowledged offsets at or beyond the cursor (known from the journal after a restart,
    /// not yet read past): they are done, so ``lag(durableEnd:)`` leaves them out.
    private var ackedBeyondCursor = 0
    /// Events read from the log that had used up their deliveries before the bus restarted
    /// (the last one was never acknowledged): the broker dead-letters them (``takeExhausted()``).
    private var exhausted: [DeadLetter] = []
    let maxDeliveries: Int
    /// Events given up on (dead-lettered) since the bus started (INFO's `dead_letters`).
    private(set) var deadLettered: UInt64 = 0
    /// Events read ahead from the log per group.
    static let maxReady = 4_096
    /// Candidates looked at per dispatch, so a blocked key cannot make dispatch slow.
    static let maxScan = 8_192

    init(name: String, store: GroupStore, defaultStart: UInt64, maxDeliveries: Int) {
        self.name = name
        self.store = store
        self.maxDeliveries = maxDeliveries
        cursor = LogCursor(offset: store.hasPosition ? store.position : defaultStart)
        if let types = store.types { filter = TypeFilter(patterns: types) }
        ackedBeyondCursor = store.acked.count
    }

    /// After a restart: moves the group past the events that are already done.
    ///
    /// The journal records each acknowledgement in the commit that answers ACKED, and the
    /// position only in a later one; a crash between the two leaves the stored position behind
    /// the acknowledgements. Reads the log from the stored position while its records are done
    /// (acknowledged, or of types the group does not take), up to the highest acknowledged
    /// offset, and records the position it reached.
    func recoverPosition(log: Log) throws(LogError) {
        guard store.hasPosition, let highest = store.acked.max(), highest >= store.position else { return }
        var scan = LogCursor(offset: max(store.position, log.startOffset))
        var reached = scan.offset
        let end = min(highest + 1, log.nextOffset)
        reading: while scan.offset < end {
            let records = try log.read(&scan, limit: end, maxRecords: 4_096)
            if records.isEmpty { break }
            for record in records {
                if filter.matches(record.type) && !store.isDone(record.offset) { break reading }
                reached = record.offset + 1
            }
        }
        guard reached > store.position else { return }
        store.advance(to: reached)
        cursor = LogCursor(offset: reached)
        ackedBeyondCursor = store.acked.count
    }

    /// Events not yet done by the group, of those up to `durableEnd`: delivered and not
    /// acknowledged, waiting, and everything it has not read yet (whatever its type, until the
    /// group reads past it), less acknowledgements it has not read past yet.
    func lag(durableEnd: UInt64) -> UInt64 {
        let unread = durableEnd > cursor.offset ? durableEnd - cursor.offset : 0
        let notDone = unread + UInt64(inFlight.count + waiting)
        let acked = UInt64(ackedBeyondCursor)
        return notDone > acked ? notDone - acked : 0
    }

    /// Dead letters for events whose deliveries ran out before a restart (see ``exhausted``).
    func takeExhausted() -> [DeadLetter] {
        defer { exhausted.removeAll() }
        return exhausted
    }

    /// Events waiting for a member with credit.
    var waiting: Int { readyLive + redeliver.count }
    /// Events delivered and not yet acknowledged.
    var inFlightCount: Int { inFlight.count }

    /// The lowest offset not yet done: everything below is acknowledged or not for this group.
    var position: UInt64 {
        var p = cursor.offset
        if let first = redeliver.first { p = min(p, first.offset) }
        if let first = ready[readyHead...].first(where: { $0 != nil }), let e = first { p = min(p, e.offset) }
        for offset in inFlight.keys where offset < p { p = offset }
        return p
    }

    /// The bus append time (ms since the epoch) of the event at `offset` if the group holds
    /// it (delivered, waiting or given back); `nil` when it is not held, e.g. still unread in
    /// the log. With ``position``, how long the oldest event not done has waited.
    func heldTimestamp(at offset: UInt64) -> Int64? {
        if let event = inFlight[offset] { return event.record.timestamp }
        if let event = redeliver.first(where: { $0.offset == offset }) { return event.record.timestamp }
        if let first = ready[readyHead...].first(where: { $0 != nil }), let event = first, event.offset == offset {
            return event.record.timestamp
        }
        return nil
    }

    // MARK: Membership

    /// Adds a member. The first member sets the type filter and may reposition the group;
    /// later members must ask for the same types and `committed`.
    ///
    /// A first member asking for the group's current types and `committed` takes over what is
    /// waiting as it is, delivery counts included, so an event whose consumers keep dying is
    /// still dead-lettered after `maxDeliveries`. A refused join changes nothing.
    func join(_ member: GroupMember, filter: TypeFilter, locations: LocationScope = .all, start: StartPosition, log: Log) throws(BusError) {
        if !members.isEmpty {
            guard filter == self.filter else {
                throw BusError(.badJoin, "group '\(name)' is consuming \(self.filter.patterns) and has live members; join with the same types or use another group")
            }
            guard locations == self.locations else {
                throw BusError(.forbidden, "group '\(name)' has live members reading \(self.locations); a key for \(locations) uses a group of its own")
            }
            guard start == .committed else {
                throw BusError(.badJoin, "group '\(name)' has live members, so it cannot be repositioned; join with start \"committed\" or stop the other members first")
            }
            members.append(member)
            return
        }
        self.locations = locations
        if start == .committed && store.hasPosition && filter == self.filter {
            members.append(member)
            return
        }
        let offset: UInt64
        switch start {
        case .committed: offset = store.hasPosition ? max(position, log.startOffset) : log.startOffset
        case .earliest: offset = log.startOffset
        case .latest: offset = log.nextOffset
        case .offset(let o): offset = min(max(o, log.startOffset), log.nextOffset)
        case .time(let t):
            do { offset = try log.offset(forTime: t) } catch { throw BusError(.storage, "cannot look up the time in the log: \(error)") }
        }
        ready.removeAll()
        readyLive = 0
        readyHead = 0
        redeliver.removeAll()
        if filter != self.filter || store.types == nil { try? store.saveTypes(filter.patterns) }
        self.filter = filter
        if start != .committed || !store.hasPosition { store.reset(to: offset) }
        cursor = LogCursor(offset: offset)
        ackedBeyondCursor = store.acked.lazy.filter { $0 >= offset }.count
        members.append(member)
    }

    /// Whether the record is of a location the group takes (read from the event only for a
    /// group limited to some locations).
    private func takes(_ record: LogRecord) -> Bool {
        if case .all = locations { return true }
        return locations.contains(EventLocation.of(record.payload))
    }

    /// An operator moved the group to `offset` (its members were removed first): it forgets
    /// what it read ahead, what waited for redelivery and its acknowledgements, and reads on
    /// from there. The move is a `reset` record in its journal.
    func reposition(to offset: UInt64) {
        for member in members { _ = remove(member.identity, reason: "the group was reset") }
        ready.removeAll()
        readyLive = 0
        readyHead = 0
        redeliver.removeAll()
        inFlight.removeAll()
        keyOwners.removeAll()
        exhausted.removeAll()
        store.reset(to: offset)
        cursor = LogCursor(offset: offset)
        ackedBeyondCursor = 0
    }

    /// The member with this routing id.
    func member(_ identity: [UInt8]) -> GroupMember? {
        members.first { $0.identity == identity }
    }

    /// Removes a member; what it held goes back to be delivered to others (or dead-lettered).
    func remove(_ identity: [UInt8], reason: String) -> [DeadLetter] {
        guard let index = members.firstIndex(where: { $0.identity == identity }) else { return [] }
        members.remove(at: index)
        var dead: [DeadLetter] = []
        for (offset, event) in inFlight where event.holder == identity {
            inFlight[offset] = nil
            if let letter = giveBack(event, error: reason) { dead.append(letter) }
        }
        return dead
    }

    // MARK: Reading and delivering

    /// Reads matching events from the log up to `durableEnd` (exclusive) into the ready queue.
    ///
    /// Reads at most ``maxRead`` records a call, so a group whose types match little of a long
    /// log does not hold the broker thread; returns `true` when it stopped for that reason
    /// (call again soon: there is more to read and room for it).
    @discardableResult
    func refill(from log: Log, durableEnd: UInt64) throws(LogError) -> Bool {
        guard !members.isEmpty else { return false }
        var read = 0
        // Count only undelivered events: delivered slots behind a blocked key must not stop
        // the read-ahead for members that could take other keys.
        while readyLive < Self.maxReady && cursor.offset < durableEnd {
            guard read < Self.maxRead else { return true }
            let records = try log.read(&cursor, limit: durableEnd, maxRecords: min(Self.maxReady - readyLive, Self.maxRead - read))
            if records.isEmpty { break }
            read += records.count
            for record in records {
                if ackedBeyondCursor > 0 && store.acked.contains(record.offset) { ackedBeyondCursor -= 1 }
                guard filter.matches(record.type), !store.isDone(record.offset), takes(record) else { continue }
                var event = PendingEvent(record: record)
                event.attempts = store.deliveryCount(record.offset)
                if event.attempts >= maxDeliveries {
                    exhausted.append(DeadLetter(group: name, record: record, attempts: event.attempts,
                                                error: "delivered \(event.attempts) times; not acknowledged before the bus restarted"))
                    continue
                }
                ready.append(event)
                readyLive += 1
            }
        }
        return false
    }

    /// Records one ``refill(from:durableEnd:)`` reads at most.
    static let maxRead = 16_384

    /// Hands waiting events to members with credit; returns, per member, what to send.
    func dispatch(now: Int64) -> [(GroupMember, [PendingEvent])] {
        var batches: [[UInt8]: [PendingEvent]] = [:]
        var withCredit = members.reduce(0) { $0 + ($1.credit > 0 ? 1 : 0) }
        guard withCredit > 0 else { return [] }
        var scanned = 0

        func assign(_ event: inout PendingEvent) -> Bool {
            let chosen: GroupMember
            if let owner = keyOwners[event.record.key] {
                guard let m = member(owner.member), m.credit > 0 else { return false }
                chosen = m
            } else {
                var pick: GroupMember?
                for step in 0..<members.count {
                    let m = members[(nextMember + step) % members.count]
                    if m.credit > 0 { pick = m; nextMember = (nextMember + step + 1) % members.count; break }
                }
                guard let m = pick else { return false }
                chosen = m
            }
            event.attempts += 1
            store.delivered(event.offset)
            event.holder = chosen.identity
            event.deadline = now + chosen.ackTimeoutMillis
            if !event.deliveredTo.contains(chosen.identity) { event.deliveredTo.append(chosen.identity) }
            keyOwners[event.record.key, default: (chosen.identity, 0)].count += 1
            chosen.credit -= 1
            chosen.inFlight += 1
            if chosen.credit == 0 { withCredit -= 1 }
            inFlight[event.offset] = event
            batches[chosen.identity, default: []].append(event)
            return true
        }

        var kept: [PendingEvent] = []
        for var event in redeliver {
            if withCredit > 0 && scanned < Self.maxScan {
                scanned += 1
                if assign(&event) { continue }
            }
            kept.append(event)
        }
        redeliver = kept
        var i = readyHead
        while i < ready.count && withCredit > 0 && scanned < Self.maxScan {
            if var event = ready[i] {
                scanned += 1
                if assign(&event) {
                    ready[i] = nil
                    readyLive -= 1
                }
            }
            i += 1
        }
        while readyHead < ready.count && ready[readyHead] == nil { readyHead += 1 }
        if readyHead > 1_024 && readyHead * 2 > ready.count {
            ready.removeFirst(readyHead)
            readyHead = 0
        } else if ready.count - readyHead - readyLive > 2 * Self.maxReady {
            // Many delivered slots behind a blocked head: squeeze them out.
            ready = ready[readyHead...].filter { $0 != nil }
            readyHead = 0
        }
        return members.compactMap { m in batches[m.identity].map { (m, $0) } }
    }

    // MARK: Outcomes

    /// A DELIVER to `identity` could not be sent (the member is gone or does not read): the
    /// events in it that the member still holds were not delivered, so their attempt is taken
    /// back. Call before removing the member, which gives them to the others.
    func unsent(_ offsets: [UInt64], to identity: [UInt8]) {
        for offset in offsets {
            guard var event = inFlight[offset], event.holder == identity else { continue }
            event.attempts -= 1
            event.deliveredTo.removeAll { $0 == identity }
            inFlight[offset] = event
            store.unsent(offset)
        }
    }

    /// Records an acknowledgement; `false` if `offset` is not awaiting one from this member.
    func ack(_ offset: UInt64, from identity: [UInt8]) -> Bool {
        if let event = inFlight[offset], event.deliveredTo.contains(identity) {
            inFlight[offset] = nil
            release(event)
            store.ack(offset)
            return true
        }
        if let i = redeliver.firstIndex(where: { $0.offset == offset }), redeliver[i].deliveredTo.contains(identity) {
            redeliver.remove(at: i)
            store.ack(offset)
            return true
        }
        return false
    }

    /// Records a failed delivery; `nil` when the offset is not held by this member,
    /// otherwise the dead letter if it has used up its deliveries.
    func nack(_ offset: UInt64, from identity: [UInt8], error: String) -> DeadLetter?? {
        guard let event = inFlight[offset], event.holder == identity else { return .none }
        inFlight[offset] = nil
        return .some(giveBack(event, error: error))
    }

    /// Takes back events whose ack timeout passed.
    func expire(now: Int64) -> [DeadLetter] {
        var dead: [DeadLetter] = []
        for (offset, event) in inFlight where event.deadline <= now {
            inFlight[offset] = nil
            if let letter = giveBack(event, error: "not acknowledged within the ack timeout") { dead.append(letter) }
        }
        return dead
    }

    private func release(_ event: PendingEvent) {
        if let holder = event.holder {
            member(holder)?.inFlight -= 1
            if var owner = keyOwners[event.record.key] {
                owner.count -= 1
                keyOwners[event.record.key] = owner.count > 0 ? owner : nil
            }
        }
    }

    /// Counts a dead-lettered event as done, once its dead letter is in the log (same commit).
    func settle(_ letter: DeadLetter) {
        deadLettered += 1
        store.ack(letter.record.offset)
    }

    /// Takes back a dead letter that could not be stored: it waits for redelivery again.
    func requeue(_ letter: DeadLetter) {
        var event = PendingEvent(record: letter.record)
        event.attempts = letter.attempts
        event.lastError = letter.error
        let at = redeliver.firstIndex { $0.offset > event.offset } ?? redeliver.count
        redeliver.insert(event, at: at)
    }

    /// Returns an event taken from its holder to the redelivery queue, or dead-letters it.
    private func giveBack(_ event: PendingEvent, error: String) -> DeadLetter? {
        release(event)
        var event = event
        event.holder = nil
        event.lastError = error
        if event.attempts >= maxDeliveries {
            // The broker counts it done (``settle(_:)``) once the dead letter is appended.
            return DeadLetter(group: name, record: event.record, attempts: event.attempts, error: error)
        }
        let at = redeliver.firstIndex { $0.offset > event.offset } ?? redeliver.count
        redeliver.insert(event, at: at)
        return nil
    }
}
