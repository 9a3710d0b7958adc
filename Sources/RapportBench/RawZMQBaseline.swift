import Foundation
import ZMQ

/// The transport's ceiling on this machine: DEALER clients → a ROUTER server thread that
/// answers every message at once, over ipc, with a window of messages in flight per client.
///
/// The bus does far more per event (validation, de-duplication, log append, fsync), so its
/// ingest divided by this figure says how much of the transport's capacity it keeps.
struct RawZMQBaseline {
    /// Directory for the ipc socket file.
    let directory: String
    /// Bytes per message.
    let messageBytes: Int
    /// Messages in flight per client.
    let window: Int
    /// How long the clients send.
    let seconds: Double

    /// Runs `clients` client threads against one server thread; returns messages answered per second.
    func run(clients: Int, progress: Progress) throws -> Double {
        try withServer(name: "raw-zmq-\(clients)") { endpoint, clientContext in
            try measure(clients: clients, endpoint: endpoint, clientContext: clientContext, progress: progress)
        }
    }

    /// One client offering single messages at `rate` per second for `seconds`, each timed to
    /// its echo: the transport's share of an ack's latency (no validation, no disk).
    func latency(rate: Double, seconds: Double, progress: Progress) throws -> LatencyResult {
        try withServer(name: "raw-zmq-latency") { endpoint, clientContext in
            progress.begin("raw libzmq round trip at \(Format.rate(rate))/s", unit: "messages")
            defer { progress.end() }
            let socket = try Socket(clientContext, .dealer)
            defer { socket.close() }
            try socket.connect(endpoint)
            var client = RawZMQPacedClient(socket: socket, payload: [UInt8](repeating: 0x61, count: messageBytes))
            return try PacedLatencyRun(rate: rate, seconds: seconds, maxInFlight: 10_000).run(&client, progress: progress)
        }
    }

    /// Runs the echo server on its own thread (and context) while `body` runs against it.
    private func withServer<T>(name: String, _ body: (String, Context) throws -> T) throws -> T {
        let endpoint = "ipc://\(directory)/\(name).sock"
        let serverContext = try Context(ioThreads: 1)
        let clientContext = try Context(ioThreads: 1)
        defer {
            clientContext.terminate()
            serverContext.terminate()
        }
        let stop = StopFlag()
        let bound = DispatchSemaphore(value: 0)
        let serverFailure = ServerFailure()
        let server = Thread {
            serverFailure.record { () throws -> Void in
                try Self.serve(context: serverContext, endpoint: endpoint, stop: stop, bound: bound)
            }
            bound.signal()
        }
        server.name = "raw-zmq-server"
        server.start()
        bound.wait()
        defer { stop.raise() }
        if let failure = serverFailure.message { throw BenchError("raw libzmq server: \(failure)") }
        return try body(endpoint, clientContext)
    }

    private func measure(clients: Int, endpoint: String, clientContext: Context, progress: Progress) throws -> Double {
        progress.begin("raw libzmq, \(clients) client\(clients == 1 ? "" : "s")", unit: "messages")
        defer { progress.end() }
        let payload = [UInt8](repeating: 0x61, count: messageBytes)
        let (window, seconds) = (window, seconds)
        let results = try Workers.run(clients, name: "raw-zmq-client") { _ in
            try Self.client(context: clientContext, endpoint: endpoint, payload: payload, window: window, seconds: seconds, progress: progress)
        }
        let answered = results.reduce(0) { $0 + $1.answered }
        let elapsed = results.map(\.seconds).max() ?? 1
        return Double(answered) / elapsed
    }

    private static func serve(context: Context, endpoint: String, stop: StopFlag, bound: DispatchSemaphore) throws {
        let router = try Socket(context, .router)
        defer { router.close() }
        try router.set(.receiveHighWaterMark, 100_000)
        try router.set(.sendHighWaterMark, 100_000)
        try router.bind(endpoint)
        bound.signal()
        let ack: [UInt8] = Array("ok".utf8)
        var poller = Poller()
        poller.add(router)
        while !stop.isRaised {
            guard try poller.poll(timeoutMilliseconds: 100)[0] else { continue }
            for _ in 0..<10_000 {
                guard let message = try router.receive(dontWait: true) else { break }
                // The latency client's messages carry their index first: echo it back.
                try router.send(message.count > 2 ? [message[0], message[1]] : [message[0], ack])
            }
        }
    }

    private static func client(context: Context, endpoint: String, payload: [UInt8], window: Int, seconds: Double,
                               progress: Progress) throws -> (answered: Int, seconds: Double) {
        let socket = try Socket(context, .dealer)
        defer { socket.close() }
        try socket.set(.sendHighWaterMark, Int32(window * 2))
        try socket.set(.receiveHighWaterMark, Int32(window * 2))
        try socket.connect(endpoint)
        var poller = Poller()
        poller.add(socket)
        var inFlight = 0, answered = 0
        let start = BenchClock.nanos()
        let deadline = start + UInt64(seconds * 1e9)
        while true {
            if BenchClock.nanos() < deadline {
                while inFlight < window {
                    try socket.send(payload)
                    inFlight += 1
                }
            }
            if inFlight == 0 { break }
            guard try poller.poll(timeoutMilliseconds: 5_000)[0] else {
                throw BenchError("raw libzmq client: no answer within 5 s with \(inFlight) messages in flight")
            }
            var got = 0
            while got < window, try socket.receive(dontWait: true) != nil { got += 1 }
            inFlight -= got
            answered += got
            progress.add(got)
        }
        return (answered, BenchClock.seconds(since: start))
    }
}
