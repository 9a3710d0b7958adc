import RapportWire
import ZMQ

/// Follows the bus's live feed: every committed event, best effort (a slow follower misses
/// events rather than slowing the bus). For every event, use a consumer group instead.
public final class LiveFollower {
    /// One event from the feed.
    public struct Item: Sendable {
        /// The event type (the feed's topic).
        public let type: String
        /// Its offset in the log.
        public let offset: UInt64
        /// The event JSON.
        public let event: [UInt8]
    }

    private let context: Context
    private let socket: Socket
    /// The type patterns events must match, or `nil` to take every event subscribed to.
    private let patterns: [TypePattern]?

    /// Follows events whose type matches any of `types`, type patterns as JOIN and READ take
    /// them (`rapport.promise.*`, `*`, `x-*`, `rapport.*.received`).
    ///
    /// The feed's topics are filtered by prefix only, so this subscribes to each pattern's
    /// literal start (up to its first `*`) and drops the rest here.
    public convenience init(_ address: BusAddress, types: [String]) throws(ClientError) {
        let patterns = types.map(TypePattern.init)
        try self.init(address, prefixes: Self.subscriptions(for: patterns), patterns: patterns)
    }

    /// Subscribes to events whose type starts with any of `prefixes` (empty string: all).
    public convenience init(_ address: BusAddress, prefixes: [String] = [""]) throws(ClientError) {
        try self.init(address, prefixes: prefixes, patterns: nil)
    }

    /// The live-feed subscriptions that cover every type `patterns` match: each pattern's text
    /// before its first `*` (the whole text when it has none), without ones another covers.
    public static func subscriptions(for patterns: [TypePattern]) -> [String] {
        let prefixes = Set(patterns.map { pattern in
            pattern.text.firstIndex(of: "*").map { String(pattern.text[..<$0]) } ?? pattern.text
        })
        return prefixes.filter { prefix in !prefixes.contains { $0 != prefix && prefix.hasPrefix($0) } }.sorted()
    }

    private init(_ address: BusAddress, prefixes: [String], patterns: [TypePattern]?) throws(ClientError) {
        self.patterns = patterns
        do {
            context = try Context(ioThreads: 1)
            socket = try Socket(context, .sub)
            try socket.set(.receiveHighWaterMark, 100_000)
        } catch { throw .transport(error) }
        try address.secure(socket, for: address.live)
        do {
            for prefix in prefixes { try socket.set(.subscribe, prefix) }
            try socket.connect(address.live)
        } catch { throw .transport(error) }
    }

    deinit {
        socket.close()
        context.terminate()
    }

    /// The next event (of the types asked for), or `nil` after `timeoutMilliseconds` with none.
    public func next(timeoutMilliseconds: Int) throws(ClientError) -> Item? {
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = max(0, Int(deadline - MonotonicClock.millis()))
            guard let item = try receive(timeoutMilliseconds: left) else { return nil }
            if patterns?.contains(where: { $0.matches(item.type) }) ?? true { return item }
        }
    }

    private func receive(timeoutMilliseconds: Int) throws(ClientError) -> Item? {
        var poller = Poller()
        poller.add(socket)
        do {
            guard try poller.poll(timeoutMilliseconds: timeoutMilliseconds)[0],
                  let frames = try socket.receive(dontWait: true) else { return nil }
            guard frames.count == 3 else { throw ClientError.protocolViolation("live feed message must have 3 frames") }
            let meta: LiveMeta
            do throws(WireError) { meta = try LiveMeta(decoding: frames[1]) } catch {
                throw ClientError.protocolViolation(error.message)
            }
            return Item(type: Frames.string(frames[0]), offset: meta.offset, event: frames[2])
        } catch let error as ZMQError {
            throw .transport(error)
        } catch let error as ClientError {
            throw error
        } catch {
            throw .protocolViolation("\(error)")
        }
    }
}
