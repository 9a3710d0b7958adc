import RapportConfig
import RapportLog
import RapportWire

/// A READ held until new events arrive or its wait runs out.
struct ParkedRead {
    let identity: [UInt8]
    let request: ReadRequest
    let filter: TypeFilter
    /// The locations whose events it is given (a manager's own; `.all` otherwise).
    var locations: LocationScope = .all
    /// Where it reads from.
    let offset: UInt64
    /// When it is answered empty (``MonotonicClock`` ms).
    let deadline: Int64
}

extension Broker {
    /// READ: events from a position, matching type patterns, without a consumer group.
    ///
    /// Answers at once with what is durable from there (up to `max_events`, `max_bytes`, and
    /// ``maxReadScan`` records looked at), or, when nothing new matches yet and the reader asked
    /// to wait, holds the request until a commit makes new events durable or `wait_ms` passes.
    /// The answer's `next` is where to read on from: a reader that follows it misses nothing.
    func read(from identity: [UInt8], _ body: [[UInt8]], principal: Principal = .local) {
        guard body.count == 1 else {
            sendError(to: identity, context: "READ", .malformed, "READ takes exactly one frame: a JSON object")
            return
        }
        let request: ReadRequest
        do throws(WireError) { request = try ReadRequest(decoding: body[0]) } catch {
            sendError(to: identity, context: "READ", .badRead, error.message)
            return
        }
        if case .forbidden(let reason) = AccessPolicy.consume(principal, patterns: request.types, command: "READ") {
            forbid(identity, context: "READ", principal: principal, reason)
            return
        }
        let start: UInt64
        switch request.from {
        case .committed, .earliest: start = log.startOffset
        case .latest: start = durableOffset
        case .offset(let o): start = min(max(o, log.startOffset), durableOffset)
        case .time(let t):
            do { start = min(try log.offset(forTime: t), durableOffset) } catch {
                sendError(to: identity, context: "READ", .storage, "cannot look up the time in the log: \(error)")
                return
            }
        }
        // A newer READ from the same reader replaces one it left waiting.
        parkedReads.removeAll { $0.identity == identity }
        serve(ParkedRead(identity: identity, request: request, filter: TypeFilter(patterns: request.types),
                         locations: AccessPolicy.deliveryScope(principal), offset: start,
                         deadline: MonotonicClock.nowMillis() + request.waitMillis), mayWait: true)
    }

    /// Records looked at for one READ answer, so a pattern that matches little of a long log
    /// does not hold the broker thread (the answer's `next` says where the reader goes on).
    static let maxReadScan = 16_384
    /// READs held waiting at once; past this a READ is answered at once, empty.
    static let maxParkedReads = 10_000

    /// Answers a READ from its offset, or parks it when it may wait and nothing matched yet.
    private func serve(_ read: ParkedRead, mayWait: Bool) {
        var cursor = LogCursor(offset: max(read.offset, log.startOffset))
        var frames: [[UInt8]] = []
        var events = 0, bytes = 0, scanned = 0
        do {
            scanning: while cursor.offset < durableOffset && scanned < Self.maxReadScan {
                let records = try log.read(&cursor, limit: durableOffset, maxRecords: min(1_024, Self.maxReadScan - scanned))
                if records.isEmpty { break }
                for record in records {
                    if read.filter.matches(record.type) && (read.locations == .all || read.locations.contains(EventLocation.of(record.payload))) {
                        if events > 0 && (events >= read.request.maxEvents || bytes + record.payload.count > read.request.maxBytes) {
                            cursor = LogCursor(offset: record.offset)
                            break scanning
                        }
                        frames.append(LiveMeta(offset: record.offset).encoded())
                        frames.append(record.payload)
                        events += 1
                        bytes += record.payload.count
                    }
                    scanned += 1
                }
            }
        } catch {
            sendError(to: read.identity, context: "READ", .storage, "cannot read the log: \(error)")
            return
        }
        if events == 0 && cursor.offset >= durableOffset && mayWait && read.request.waitMillis > 0
            && parkedReads.count < Self.maxParkedReads && MonotonicClock.nowMillis() < read.deadline {
            parkedReads.append(ParkedRead(identity: read.identity, request: read.request, filter: read.filter,
                                          locations: read.locations, offset: cursor.offset, deadline: read.deadline))
            return
        }
        let header = ReadBatch(next: cursor.offset, durable: durableOffset, start: log.startOffset)
        send([read.identity] + Frames.header(.events) + [header.encoded()] + frames)
        if consumers[read.identity] == nil { readerKeys[read.identity] = nil }
    }

    /// New events are durable: held READs read again (those still finding nothing stay held).
    func wakeParkedReads() {
        guard !parkedReads.isEmpty else { return }
        let waiting = parkedReads
        parkedReads.removeAll()
        for read in waiting { serve(read, mayWait: true) }
    }

    /// Answers held READs whose wait ran out, empty.
    func expireParkedReads(now: Int64) {
        guard parkedReads.contains(where: { $0.deadline <= now }) else { return }
        let due = parkedReads.filter { $0.deadline <= now }
        parkedReads.removeAll { $0.deadline <= now }
        for read in due { serve(read, mayWait: false) }
    }
}
