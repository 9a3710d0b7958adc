import Foundation
import RapportClient
import Testing

@Suite("A bus whose disk falls behind stops reading instead of growing", .serialized)
struct IntakeTests {
    @Test("with a small max_uncommitted_bytes, four flooding producers are held back and every event is stored once")
    func floodWithSmallLimit() throws {
        let bus = try BusProcess()
        try start(bus, limitBytes: 65_536)
        // A consumer with short heartbeats is a member throughout: paused reads must not make
        // it lapse, nor its deliveries time out and come again.
        let watcher = try ConsumerDriver(bus.address, group: "watch", credit: 1_000, heartbeatMillis: 200)
        let total = try flood(bus, producers: 4, batches: 50, perBatch: 100, window: 16, while: watcher)
        try expectDeliveredOnce(total, to: watcher)

        let intake = try #require(try bus.info()["intake"] as? [String: Any])
        #expect((intake["pauses"] as? Int ?? 0) > 0, "the flood went past 64 KiB, so reading paused: \(intake)")
        #expect(intake["held_bytes"] as? Int == 0)
        #expect(intake["limit_bytes"] as? Int == 65_536)
        #expect(intake["paused"] as? Bool == false)
        #expect(bus.logText.contains("the disk is behind"), "the first pause is logged as a warning")
        let groups = try BusProcess.runCLI(["groups", "--data-dir", bus.dataDirectory])
        #expect(groups.status == 0)
        #expect(groups.output.contains("0 bytes waiting for the disk (limit 65536); reading paused"), "\(groups.output)")
    }

    /// Each sync of the log takes 1.5 s (a preloaded shim, see `Tests/faults/slow-sync.c`), so
    /// reading pauses for that long, again and again, while a member's heartbeats (every
    /// 200 ms; three missed and it is dropped) wait unread in ZeroMQ. The group clock stands
    /// still during a pause, so the member is never dropped and nothing comes twice.
    @Test("commits that take seconds pause reading that long, and no consumer is dropped for heartbeats it could not send",
          .enabled(if: SlowSync.compiler != nil, "needs a C compiler for the slow-disk shim"))
    func longPausesOnASlowDisk() throws {
        let bus = try BusProcess()
        bus.environment = try SlowSync.environment(millis: 1_500, matching: "/log/")
        try start(bus, limitBytes: 65_536)
        let watcher = try ConsumerDriver(bus.address, group: "watch", credit: 1_000, heartbeatMillis: 200)
        let total = try flood(bus, producers: 2, batches: 6, perBatch: 100, window: 4, while: watcher)
        try expectDeliveredOnce(total, to: watcher)

        #expect(bus.logText.contains("reading requests resumed after a pause of"), "a pause of over a second is logged")
        #expect(!bus.logText.contains("missed heartbeats"), "no member was dropped")
        let intake = try #require(try bus.info()["intake"] as? [String: Any])
        #expect((intake["pauses"] as? Int ?? 0) >= 2, "\(intake)")
    }

    private func start(_ bus: BusProcess, limitBytes: Int) throws {
        let config = bus.root + "/rapport.yaml"
        try "limits: {max_uncommitted_bytes: \(limitBytes)}\n".write(toFile: config, atomically: true, encoding: .utf8)
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)
    }

    /// Producers each keep `window` batches in flight until all are answered, while `watcher`
    /// keeps consuming; checks every event was accepted once, at its own offset. Returns how
    /// many events were sent.
    private func flood(_ bus: BusProcess, producers count: Int, batches: Int, perBatch: Int, window: Int,
                       while watcher: ConsumerDriver) throws -> Int {
        let producers = try (0..<count).map { _ in try Producer(bus.address) }
        var sent = [Int](repeating: 0, count: count), answered = [Int](repeating: 0, count: count)
        var stored: [String: UInt64] = [:]
        var ids: [String: [String]] = [:]  // "producer/tag" -> event ids (tags are per producer)
        var failures: [String] = []
        let deadline = Date().addingTimeInterval(120)
        while answered.reduce(0, +) < count * batches && Date() < deadline {
            for (p, producer) in producers.enumerated() {
                while sent[p] < batches && sent[p] - answered[p] < window {
                    let batch = (0..<perBatch).map { "p\(p)-b\(sent[p])-\($0)" }
                    ids["\(p)/" + (try producer.send(batch: batch.map { TestEvents.feedback(id: $0) }))] = batch
                    sent[p] += 1
                }
                while let result = try producer.nextResult(timeoutMilliseconds: 0) {
                    answered[p] += 1
                    for (id, outcome) in zip(ids["\(p)/\(result.tag)"] ?? [], result.outcomes) {
                        guard case .accepted(let offset) = outcome else {
                            failures.append("\(id): \(outcome)")
                            continue
                        }
                        if stored.updateValue(offset, forKey: id) != nil { failures.append("\(id) accepted twice") }
                    }
                }
            }
            try watcher.step(millis: 1)
        }
        let total = count * batches * perBatch
        #expect(failures.count == 0, "first failures: \(failures.prefix(5))")
        #expect(stored.count == total)
        #expect(Set(stored.values).count == total, "every event has its own offset")
        #expect(try bus.nextOffset() == total)
        return total
    }

    /// The member got and confirmed every event exactly once, and never had to join again.
    private func expectDeliveredOnce(_ total: Int, to watcher: ConsumerDriver) throws {
        try watcher.run(seconds: 60) { watcher.confirmed.count >= total }
        #expect(watcher.confirmed.count == total)
        #expect(watcher.deliveries.count == total, "nothing was redelivered: the member never lapsed")
        #expect(watcher.errors.isEmpty, "\(watcher.errors)")
        #expect(watcher.consumer.rejoins == 0)
    }
}
