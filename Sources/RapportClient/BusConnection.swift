import RapportWire
import ZMQ

/// A DEALER socket connected to the bus, sending and receiving RAP1 messages.
/// Not thread-safe: use it from one thread.
public final class BusConnection {
    let context: Context
    let socket: Socket
    /// What to check when the bus does not answer (see ``BusAddress/silenceHint(for:)``).
    let silenceHint: String
    /// The endpoint connected to.
    public let endpoint: String

    /// Connects to `address.ingest` (the connection completes in the background).
    public init(_ address: BusAddress) throws(ClientError) {
        silenceHint = address.silenceHint(for: address.ingest)
        endpoint = address.ingest
        do {
            context = try Context(ioThreads: 1)
            socket = try Socket(context, .dealer)
            try socket.set(.sendHighWaterMark, 100_000)
            try socket.set(.receiveHighWaterMark, 100_000)
        } catch { throw .transport(error) }
        try address.secure(socket, for: address.ingest)
        do { try socket.connect(address.ingest) } catch { throw .transport(error) }
    }

    deinit {
        socket.close()
        context.terminate()
    }

    /// Sends `command` with `body` frames.
    public func send(_ command: Command, _ body: [[UInt8]]) throws(ClientError) {
        do { try socket.send(Frames.header(command) + body) } catch { throw .transport(error) }
    }

    /// Waits up to `timeoutMilliseconds` for a message; `nil` on timeout.
    public func receive(timeoutMilliseconds: Int) throws(ClientError) -> BusMessage? {
        var poller = Poller()
        poller.add(socket)
        let ready: [Bool]
        do { ready = try poller.poll(timeoutMilliseconds: timeoutMilliseconds) } catch { throw .transport(error) }
        guard ready[0] else { return nil }
        let frames: [[UInt8]]?
        do { frames = try socket.receive(dontWait: true) } catch { throw .transport(error) }
        guard let frames else { return nil }
        return try BusMessage(frames: frames)
    }

    /// Sends HEARTBEAT and waits up to `timeoutMilliseconds` for the bus's answer: proof that a
    /// bus is there and reads requests.
    public func heartbeat(timeoutMilliseconds: Int) throws(ClientError) {
        try send(.heartbeat, [])
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let message = try receive(timeoutMilliseconds: left) else {
                throw .timeout("no answer from the bus at \(endpoint) within \(timeoutMilliseconds) ms; \(silenceHint)")
            }
            if case .heartbeat(nil) = message { return }
        }
    }

    /// Sends INFO and returns the bus's figures.
    public func info(timeoutMilliseconds: Int = 5_000) throws(ClientError) -> BusInfo {
        try send(.info, [])
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let message = try receive(timeoutMilliseconds: left) else {
                throw .timeout("no INFO answer within \(timeoutMilliseconds) ms; \(silenceHint)")
            }
            if case .info(let info) = message { return info }
            if case .error(_, let code, let text) = message { throw .refused(code: code, message: text) }
        }
    }

    /// One READ: the events from `request.from` and where to read on from. Waits up to the
    /// request's `wait_ms` plus `timeoutMilliseconds` for the answer.
    public func read(_ request: ReadRequest, timeoutMilliseconds: Int = 5_000) throws(ClientError) -> (ReadBatch, [ReadEvent]) {
        try send(.read, [request.encoded()])
        let answer = try awaitAnswer("READ", timeoutMilliseconds: timeoutMilliseconds + Int(request.waitMillis)) { message in
            if case .events(let batch, let events) = message { return (batch, events) }
            return nil
        }
        return answer
    }

    /// Asks the bus to reset or delete a group (or what that would do, for a dry run).
    public func group(_ request: GroupRequest, timeoutMilliseconds: Int = 10_000) throws(ClientError) -> GroupReport {
        try send(.group, [request.encoded()])
        return try awaitAnswer("GROUP", timeoutMilliseconds: timeoutMilliseconds) { message in
            if case .group(let report) = message { return report }
            return nil
        }
    }

    /// Waits for the answer `pick` recognises; an ERROR about `command` is thrown.
    private func awaitAnswer<T>(_ command: String, timeoutMilliseconds: Int, _ pick: (BusMessage) -> T?) throws(ClientError) -> T {
        let deadline = MonotonicClock.millis() + Int64(timeoutMilliseconds)
        while true {
            let left = Int(deadline - MonotonicClock.millis())
            guard left > 0, let message = try receive(timeoutMilliseconds: left) else {
                throw .timeout("no answer to \(command) within \(timeoutMilliseconds) ms; \(silenceHint)")
            }
            if let answer = pick(message) { return answer }
            if case .error(let context, let code, let text) = message, context == command {
                throw .refused(code: code, message: text)
            }
        }
    }
}
