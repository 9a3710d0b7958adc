/// Redis Streams at the same durability as the bus (AOF, `appendfsync always`): XADD
/// ingest with pipelined clients, XREADGROUP + XACK consumption, and XADD latency at a
/// fixed rate. The payload of each entry is one of the bus's 300-byte events.
struct RedisBaseline {
    /// The server's port on 127.0.0.1.
    let port: UInt16
    /// Bytes per entry payload.
    let eventBytes: Int
    /// Entries per XREADGROUP.
    let readCount: Int
    /// The `time` written into the payloads.
    let time: String

    private static let stream = "rapport-bench"

    /// XADDs from `clients` clients for `seconds`, each keeping `window` commands in flight.
    func ingest(clients: Int, window: Int, seconds: Double, progress: Progress) throws -> ThroughputResult {
        progress.begin("Redis XADD, \(clients) client\(clients == 1 ? "" : "s"), \(window) in flight each", unit: "entries")
        defer { progress.end() }
        let (port, eventBytes, time) = (port, eventBytes, time)
        let results = try Workers.run(clients, name: "redis-xadd") { index in
            let client = try RESPClient(port: port)
            let factory = try EventFactory(stream: "redis-c\(clients)w\(window)-\(index)", size: eventBytes, time: time)
            let command = [Array("XADD".utf8), Array(Self.stream.utf8), [UInt8(ascii: "*")], [UInt8(ascii: "e")]]
            var sequence = 0, inFlight = 0, added = 0, errors = 0
            var firstError: String?
            let start = BenchClock.nanos()
            let deadline = start + UInt64(seconds * 1e9)
            while true {
                if BenchClock.nanos() < deadline && inFlight < window {
                    while inFlight < window {
                        client.queue(command + [factory.event(sequence)])
                        sequence += 1
                        inFlight += 1
                    }
                    try client.flush()
                }
                if inFlight == 0 { break }
                var replies = [try client.reply()]
                replies += try client.replies(waitMilliseconds: 0)
                for reply in replies {
                    inFlight -= 1
                    if case .error(let text) = reply {
                        errors += 1
                        if firstError == nil { firstError = text }
                    } else {
                        added += 1
                    }
                }
                progress.add(replies.count)
            }
            return ThroughputResult(clients: 1, items: added, errors: errors, firstError: firstError,
                                    seconds: BenchClock.seconds(since: start))
        }
        return ThroughputResult.combined(results)
    }

    /// Trims the stream to exactly its newest `count` entries (`XTRIM MAXLEN =`), so runs that
    /// add millions of entries do not hold them all in Redis's memory. Not `~`: an approximate
    /// trim removes at most about 10,000 entries a call (its default LIMIT), which once left
    /// 4.6 million entries for a consume phase meant to read 1 million.
    func trim(keeping count: Int) throws {
        let client = try RESPClient(port: port)
        if case .error(let text) = try client.call("XTRIM", Self.stream, "MAXLEN", "=", String(count)) {
            throw BenchError("redis XTRIM failed: \(text)")
        }
    }

    /// Makes the stream hold exactly `count` entries for the consume phase: trims it (exactly)
    /// and, when the XADD runs left fewer, adds the missing entries (pipelined, not timed).
    /// Returns the stream's length afterwards (XLEN).
    func prepareConsume(entries count: Int) throws -> Int {
        try trim(keeping: count)
        let client = try RESPClient(port: port)
        var length = try Self.length(client)
        if length < count {
            let factory = try EventFactory(stream: "redis-top-up", size: eventBytes, time: time)
            let command = [Array("XADD".utf8), Array(Self.stream.utf8), [UInt8(ascii: "*")], [UInt8(ascii: "e")]]
            var added = 0
            while length + added < count {
                let n = min(1_000, count - length - added)
                for i in 0..<n { client.queue(command + [factory.event(added + i)]) }
                try client.flush()
                for _ in 0..<n {
                    if case .error(let text) = try client.reply() { throw BenchError("redis XADD (topping up the stream) failed: \(text)") }
                }
                added += n
            }
            length = try Self.length(client)
        }
        return length
    }

    /// The stream's length (XLEN).
    private static func length(_ client: RESPClient) throws -> Int {
        guard case .integer(let length) = try client.call("XLEN", stream) else {
            throw BenchError("redis XLEN did not answer an integer")
        }
        return length
    }

    /// Reads the whole stream with one consumer of a new group (XREADGROUP COUNT `readCount`),
    /// acknowledging each batch with XACK pipelined with the next read; stops after `maxSeconds`.
    /// Returns the rate and the stream's length when the read began (XLEN).
    func consume(maxSeconds: Double, progress: Progress) throws -> (result: ThroughputResult, streamLength: Int) {
        let client = try RESPClient(port: port)
        let group = "bench-\(BenchClock.nanos())"
        if case .error(let text) = try client.call("XGROUP", "CREATE", Self.stream, group, "0") {
            throw BenchError("redis XGROUP CREATE failed: \(text)")
        }
        let length = try Self.length(client)
        progress.begin("Redis XREADGROUP + XACK (\(Format.count(length)) entries)", unit: "entries")
        defer { progress.end() }
        let read = ["XREADGROUP", "GROUP", group, "c1", "COUNT", String(readCount), "STREAMS", Self.stream, ">"]
        var seen = 0, errors = 0
        var firstError: String?
        let start = BenchClock.nanos()
        let deadline = start + UInt64(maxSeconds * 1e9)
        client.queue(read.map { Array($0.utf8) })
        try client.flush()
        var pendingAck = false
        while true {
            if pendingAck {
                if case .error(let text) = try client.reply() {
                    errors += 1
                    if firstError == nil { firstError = text }
                }
            }
            let reply = try client.reply()
            if case .error(let text) = reply { throw BenchError("redis XREADGROUP failed: \(text)") }
            let entries = reply.elements.first?.elements.dropFirst().first?.elements ?? []
            if entries.isEmpty { break }
            let ids: [[UInt8]] = entries.compactMap { entry in
                if case .bulk(let id?) = entry.elements.first { return id }
                return nil
            }
            seen += entries.count
            progress.add(entries.count)
            client.queue([Array("XACK".utf8), Array(Self.stream.utf8), Array(group.utf8)] + ids)
            pendingAck = true
            if seen >= length || BenchClock.nanos() > deadline {
                try client.flush()
                _ = try client.reply()
                break
            }
            client.queue(read.map { Array($0.utf8) })
            try client.flush()
        }
        return (ThroughputResult(clients: 1, items: seen, errors: errors, firstError: firstError,
                                 seconds: BenchClock.seconds(since: start)), length)
    }

    /// Single XADDs offered at `rate` per second for `seconds`, each timed to its reply.
    func latency(rate: Double, seconds: Double, progress: Progress) throws -> LatencyResult {
        progress.begin("Redis XADD latency at \(Format.rate(rate))/s", unit: "entries")
        defer { progress.end() }
        var client = RedisPacedClient(client: try RESPClient(port: port), stream: Self.stream + "-latency",
                                      factory: try EventFactory(stream: "redis-latency", size: eventBytes, time: time))
        return try PacedLatencyRun(rate: rate, seconds: seconds, maxInFlight: 10_000).run(&client, progress: progress)
    }
}
