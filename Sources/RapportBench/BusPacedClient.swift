import RapportClient

/// Single-event batches for ``PacedLatencyRun``; the batch tag is the request index.
struct BusPacedClient: PacedClient {
    let producer: Producer
    let factory: EventFactory
    private(set) var failures: (count: Int, first: String?) = (0, nil)

    init(producer: Producer, factory: EventFactory) {
        self.producer = producer
        self.factory = factory
    }

    mutating func send(index: Int) throws {
        try producer.send(batch: [factory.event(index)], tag: String(index))
    }

    mutating func answered(waitMilliseconds: Int) throws -> [Int] {
        var done: [Int] = []
        var wait = waitMilliseconds
        while true {
            let answer: (tag: String, outcomes: [PublishOutcome])?
            do throws(ClientError) {
                answer = try producer.nextResult(timeoutMilliseconds: wait)
            } catch {
                guard case .refused(let code, let message) = error else { throw error }
                note("ERROR \(code): \(message)")
                continue
            }
            guard let answer else { return done }
            wait = 0
            guard let index = Int(answer.tag) else {
                note("RESULT with unknown tag \(answer.tag)")
                continue
            }
            done.append(index)
            for outcome in answer.outcomes {
                if case .accepted = outcome { continue }
                note(outcome.description)
            }
        }
    }

    private mutating func note(_ text: String) {
        failures.count += 1
        if failures.first == nil { failures.first = text }
    }
}
