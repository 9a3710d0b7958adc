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

    /// Subscribes to events whose type starts with any of `prefixes` (empty string: all).
    public init(_ address: BusAddress, prefixes: [String] = [""]) throws(ClientError) {
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

    /// The next event, or `nil` after `timeoutMilliseconds` with none.
    public func next(timeoutMilliseconds: Int) throws(ClientError) -> Item? {
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
