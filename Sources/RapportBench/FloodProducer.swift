import RapportClient
import RapportWire
import ZMQ

/// The second client of the intake-fairness phase: a producer sending PUBLISH batches of
/// `batchSize` events as fast as its socket takes them, never reading an answer, until stopped
/// (or `maxSeconds` have passed, whichever comes first).
///
/// It uses a bare DEALER socket rather than a ``Producer``: the client library's queue holds
/// 100,000 messages, which at 1,000 events a batch would grow this process by gigabytes while
/// the bus holds intake back. Here at most a few batches wait in the socket, a send that cannot
/// be queued gives up after ``sendTimeoutMillis`` (counted as held back) so a stop is seen
/// within that, and closing drops whatever is still queued (linger 0).
struct FloodProducer {
    /// Where the bus is (ipc; on tcp its CURVE keys are used).
    let address: BusAddress
    /// Events per PUBLISH.
    let batchSize: Int
    /// Bytes per event.
    let eventBytes: Int
    /// The `time` written into the events.
    let time: String
    /// Longest it floods if never told to stop.
    let maxSeconds: Double

    /// Longest a send waits for room in the socket's queue.
    static let sendTimeoutMillis: Int32 = 100

    /// Starts flooding on a thread of its own; ``BackgroundWork/stop(timeoutSeconds:)`` ends it
    /// and returns the figures.
    func start() -> BackgroundWork<FloodStats> {
        let (address, batchSize, eventBytes, time, maxSeconds) = (address, batchSize, eventBytes, time, maxSeconds)
        return BackgroundWork(name: "flood-producer") { stop in
            let factory = try EventFactory(stream: "flood-\(BenchClock.nanos())", size: eventBytes, time: time)
            let context = try Context(ioThreads: 1)
            defer { context.terminate() }
            let socket = try Socket(context, .dealer)
            defer { socket.close() }
            try socket.set(.sendHighWaterMark, 4)
            try socket.set(.sendTimeout, Self.sendTimeoutMillis)
            if address.ingest.hasPrefix("tcp://"), let serverKey = address.serverKey {
                try socket.makeCurveClient(address.clientKeys ?? CurveKeyPair.generate(), serverKey: serverKey)
            }
            try socket.connect(address.ingest)
            var sequence = 0, batches = 0, heldBack = 0
            var pending: [[UInt8]]?
            let start = BenchClock.nanos()
            let deadline = start + UInt64(maxSeconds * 1e9)
            while !stop.isRaised && BenchClock.nanos() < deadline {
                if pending == nil {
                    var frames = Frames.header(.publish) + [Frames.text("flood-\(batches)")]
                    frames.reserveCapacity(frames.count + batchSize)
                    for _ in 0..<batchSize {
                        frames.append(factory.event(sequence))
                        sequence += 1
                    }
                    pending = frames
                }
                do {
                    try socket.send(pending ?? [])
                    pending = nil
                    batches += 1
                } catch {
                    // A full queue (the bus is not reading) or a signal: try the same batch again.
                    guard let failure = error as? ZMQError, failure.wouldBlock || failure.interrupted else { throw error }
                    if failure.wouldBlock { heldBack += 1 }
                }
            }
            return FloodStats(eventsSent: batches * batchSize, seconds: BenchClock.seconds(since: start), heldBack: heldBack)
        }
    }
}
