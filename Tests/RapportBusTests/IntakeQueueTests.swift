import Testing
@testable import RapportBus

@Suite("Intake queue: clients take turns")
struct IntakeQueueTests {
    private func batch(_ client: String, _ tag: Int, bytes: Int = 100) -> ValidationStage.Batch {
        ValidationStage.Batch(identity: Array(client.utf8), tag: Array(String(tag).utf8), frames: [], bytes: bytes)
    }

    private func label(_ batch: ValidationStage.Batch?) -> String? {
        batch.map { String(decoding: $0.identity, as: UTF8.self) + String(decoding: $0.tag, as: UTF8.self) }
    }

    @Test("a client with a long backlog and one with a single batch take turns; each client's order is kept")
    func turns() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 20)
        for i in 0..<5 { queue.enqueue(batch("flood", i)) }
        queue.enqueue(batch("desk", 0))
        queue.enqueue(batch("desk", 1))
        #expect(queue.queuedBytes == 700)
        var order: [String] = []
        while let next = label(queue.next()) { order.append(next) }
        #expect(order == ["flood0", "desk0", "flood1", "desk1", "flood2", "flood3", "flood4"])
        #expect(queue.isEmpty)
        #expect(queue.queuedBytes == 0)
    }

    @Test("a client at its share waits for its answers while others go on")
    func share() {
        var queue = IntakeQueue(clientLimitBytes: 250)
        for i in 0..<4 { queue.enqueue(batch("flood", i)) }
        #expect(label(queue.next()) == "flood0")
        #expect(label(queue.next()) == "flood1")
        #expect(label(queue.next()) == "flood2", "200 bytes in the pipeline is under the share of 250")
        #expect(queue.next() == nil, "300 bytes: at its share")
        queue.enqueue(batch("desk", 0))
        #expect(label(queue.next()) == "desk0", "another client is not held back by it")
        #expect(queue.next() == nil)
        queue.answered(Array("flood".utf8), bytes: 100)
        #expect(label(queue.next()) == "flood3", "an answer freed its share")
        #expect(queue.isEmpty)
    }

    @Test("a client with nothing queued or in the pipeline is forgotten")
    func idleClientsAreForgotten() {
        var queue = IntakeQueue(clientLimitBytes: 150)
        queue.enqueue(batch("desk", 0))
        #expect(queue.activeClients == 1)
        _ = queue.next()
        #expect(queue.activeClients == 1, "its batch is in the pipeline")
        queue.answered(Array("desk".utf8), bytes: 100)
        #expect(queue.activeClients == 0, "an idle client is forgotten")
    }

    @Test("at shutdown every queued batch is taken, in turns, whatever the shares")
    func takeAll() {
        var queue = IntakeQueue(clientLimitBytes: 1)
        queue.enqueue(batch("a", 0))
        queue.enqueue(batch("a", 1))
        queue.enqueue(batch("b", 0))
        #expect(queue.takeAll().map { label($0)! } == ["a0", "b0", "a1"])
        #expect(queue.isEmpty)
    }
}

@Suite("Intake queue: shares")
struct IntakeQueueShareTests {
    @Test("a client's queued bytes are known, so the broker can refuse a batch beyond its share")
    func queuedBytesPerClient() {
        var queue = IntakeQueue(clientLimitBytes: 1_000)
        let flood = Array("flood".utf8)
        for i in 0..<3 { queue.enqueue(ValidationStage.Batch(identity: flood, tag: [UInt8(i)], frames: [], bytes: 400)) }
        #expect(queue.queuedBytes(of: flood) == 1_200)
        #expect(queue.queuedBytes(of: Array("desk".utf8)) == 0)
        _ = queue.next()
        #expect(queue.queuedBytes(of: flood) == 800)
    }
}
