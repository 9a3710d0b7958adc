import RapportClient

/// Durable ingest into the bus: producer threads, each its own ``Producer`` keeping a window
/// of batches in flight (``Producer/send(batch:tag:)`` / ``Producer/nextResult(timeoutMilliseconds:)``).
///
/// Every outcome other than `accepted` is counted as an error (the events are unique, so a
/// duplicate means the bus got something wrong too), as is a batch answered with ERROR or
/// with fewer results than events.
struct BusIngest {
    /// Where the bus is.
    let address: BusAddress
    /// Events per PUBLISH.
    let batchSize: Int
    /// Batches in flight per producer.
    let window: Int
    /// Bytes per event.
    let eventBytes: Int
    /// The `time` written into the events.
    let time: String

    /// How long a producer waits for any RESULT before giving up.
    private static let answerTimeoutMillis = 30_000

    /// Runs `producers` producers until `seconds` have passed or each has sent
    /// `eventsPerProducer` (whichever is given; both may be). `stream` makes the ids unique.
    func run(producers: Int, stream: String, seconds: Double?, eventsPerProducer: Int?, progress: Progress) throws -> ThroughputResult {
        let (address, batchSize, window, eventBytes, time) = (address, batchSize, window, eventBytes, time)
        let results = try Workers.run(producers, name: "bus-producer") { index in
            let producer = try Producer(address)
            let factory = try EventFactory(stream: "\(stream)-p\(index)", size: eventBytes, time: time)
            var sizes: [String: Int] = [:]
            var sequence = 0, accepted = 0, errors = 0
            var firstError: String?
            func fail(_ count: Int, _ text: String) {
                errors += count
                if firstError == nil { firstError = text }
            }
            let start = BenchClock.nanos()
            let deadline = seconds.map { start + UInt64($0 * 1e9) } ?? UInt64.max
            let quota = eventsPerProducer ?? Int.max
            var batchNumber = 0
            while true {
                while sizes.count < window && sequence < quota && BenchClock.nanos() < deadline {
                    let n = min(batchSize, quota - sequence)
                    var events: [[UInt8]] = []
                    events.reserveCapacity(n)
                    for _ in 0..<n {
                        events.append(factory.event(sequence))
                        sequence += 1
                    }
                    batchNumber += 1
                    let tag = String(batchNumber)
                    sizes[tag] = n
                    try producer.send(batch: events, tag: tag)
                }
                if sizes.isEmpty { break }
                let answer: (tag: String, outcomes: [PublishOutcome])?
                do throws(ClientError) {
                    answer = try producer.nextResult(timeoutMilliseconds: Self.answerTimeoutMillis)
                } catch {
                    // An ERROR about a batch: its tag is not given back by the client, so the
                    // batch stays counted in flight until the timeout; record and go on.
                    guard case .refused(let code, let message) = error else { throw error }
                    fail(1, "ERROR \(code): \(message)")
                    continue
                }
                guard let answer else {
                    throw BenchError("producer \(index): no RESULT within \(Self.answerTimeoutMillis / 1000) s with \(sizes.count) batches in flight")
                }
                guard let size = sizes.removeValue(forKey: answer.tag) else {
                    fail(answer.outcomes.count, "RESULT for unknown batch tag \(answer.tag)")
                    continue
                }
                for outcome in answer.outcomes {
                    if case .accepted = outcome { accepted += 1 } else { fail(1, outcome.description) }
                }
                if answer.outcomes.count != size {
                    fail(abs(size - answer.outcomes.count), "batch \(answer.tag): \(answer.outcomes.count) results for \(size) events")
                }
                progress.add(answer.outcomes.count)
            }
            return ThroughputResult(clients: 1, items: accepted, errors: errors, firstError: firstError,
                                    seconds: BenchClock.seconds(since: start))
        }
        return ThroughputResult.combined(results)
    }
}
