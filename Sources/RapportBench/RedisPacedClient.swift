/// Single XADDs for ``PacedLatencyRun``: Redis answers in order, so answers match a FIFO
/// of sent indexes.
struct RedisPacedClient: PacedClient {
    let client: RESPClient
    let stream: [UInt8]
    let factory: EventFactory
    private var waiting: [Int] = []
    private var head = 0
    private(set) var failures: (count: Int, first: String?) = (0, nil)

    init(client: RESPClient, stream: String, factory: EventFactory) {
        self.client = client
        self.stream = Array(stream.utf8)
        self.factory = factory
    }

    mutating func send(index: Int) throws {
        client.queue([Array("XADD".utf8), stream, [UInt8(ascii: "*")], [UInt8(ascii: "e")], factory.event(index)])
        try client.flush()
        waiting.append(index)
    }

    mutating func answered(waitMilliseconds: Int) throws -> [Int] {
        var done: [Int] = []
        for reply in try client.replies(waitMilliseconds: waitMilliseconds) {
            guard head < waiting.count else { throw BenchError("redis sent more replies than XADDs") }
            done.append(waiting[head])
            head += 1
            if case .error(let text) = reply {
                failures.count += 1
                if failures.first == nil { failures.first = text }
            }
        }
        return done
    }
}
