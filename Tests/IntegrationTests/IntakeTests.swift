import Foundation
import RapportClient
import Testing

@Suite("A bus whose disk falls behind stops reading instead of growing", .serialized)
struct IntakeTests {
    @Test("with a small max_uncommitted_bytes, four flooding producers are held back and every event is stored once")
    func floodWithSmallLimit() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        try "limits: {max_uncommitted_bytes: 65536}\n".write(toFile: config, atomically: true, encoding: .utf8)
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)
        // A consumer with short heartbeats is a member throughout: paused reads must not make
        // it lapse, nor its deliveries time out and come again.
        let watcher = try ConsumerDriver(bus.address, group: "watch", credit: 1_000, heartbeatMillis: 200)

        let producers = try (0..<4).map { _ in try Producer(bus.address) }
        let batches = 50, perBatch = 100, window = 16
        var sent = [Int](repeating: 0, count: 4), answered = [Int](repeating: 0, count: 4)
        var stored: [String: UInt64] = [:]
        var ids: [String: [String]] = [:]  // "producer/tag" -> event ids (tags are per producer)
        var failures: [String] = []
        let deadline = Date().addingTimeInterval(120)
        while answered.reduce(0, +) < 4 * batches && Date() < deadline {
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
        let total = 4 * batches * perBatch
        #expect(failures.count == 0, "first failures: \(failures.prefix(5))")
        #expect(stored.count == total)
        #expect(Set(stored.values).count == total, "every event has its own offset")
        #expect(try bus.nextOffset() == total)

        try watcher.run(seconds: 60) { watcher.confirmed.count >= total }
        #expect(watcher.confirmed.count == total)
        #expect(watcher.deliveries.count == total, "nothing was redelivered: the member never lapsed")
        #expect(watcher.errors.isEmpty, "\(watcher.errors)")
        #expect(watcher.consumer.rejoins == 0)

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
}
