import ZMQ

/// One message per request to a ROUTER that echoes it at once: the transport's own round
/// trip, for ``PacedLatencyRun``. The message carries its index, so answers match by it.
struct RawZMQPacedClient: PacedClient {
    let socket: Socket
    let payload: [UInt8]
    private let poller: Poller
    private(set) var failures: (count: Int, first: String?) = (0, nil)

    /// A client on `socket` (a connected DEALER) sending `payload` with each index.
    init(socket: Socket, payload: [UInt8]) {
        self.socket = socket
        self.payload = payload
        var poller = Poller()
        poller.add(socket)
        self.poller = poller
    }

    mutating func send(index: Int) throws {
        try socket.send([Array(String(index).utf8), payload])
    }

    mutating func answered(waitMilliseconds: Int) throws -> [Int] {
        guard try poller.poll(timeoutMilliseconds: waitMilliseconds)[0] else { return [] }
        var done: [Int] = []
        while let frames = try socket.receive(dontWait: true) {
            guard let first = frames.first, let index = Int(String(decoding: first, as: UTF8.self)) else {
                failures.count += 1
                if failures.first == nil { failures.first = "an echo without its index" }
                continue
            }
            done.append(index)
        }
        return done
    }
}
