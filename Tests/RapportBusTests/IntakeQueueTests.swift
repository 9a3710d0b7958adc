import Testing
@testable import RapportBus

@Suite("Intake queue: clients take turns")
struct IntakeQueueTests {
    private func batch(_ client: String, _ tag: Int, bytes: Int = 100) -> ValidationStage.Batch {
        ValidationStage.Batch(identity: Array(client.utf8), tag: Array(String(tag).utf8), frames: [], bytes: bytes)
    }

    private func label(_ handoff: IntakeQueue.Handoff?) -> String? {
        handoff.map(\.batch).map { String(decoding: $0.identity, as: UTF8.self) + String(decoding: $0.tag, as: UTF8.self) }
    }

    @Test("a client with a long backlog and one with a single batch take turns; each client's order is kept")
    func turns() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 20, turnBytes: 100)
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
        var queue = IntakeQueue(clientLimitBytes: 250, turnBytes: 100)
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
        #expect(queue.takeAll().map { label(.stage($0))! } == ["a0", "b0", "a1"])
        #expect(queue.isEmpty)
    }
}

@Suite("Intake queue: turns by bytes, and small batches checked at once")
struct IntakeQueueTurnTests {
    private func batch(_ client: String, _ tag: Int, bytes: Int, events: Int) -> ValidationStage.Batch {
        let frames = Array(repeating: [UInt8](repeating: 0x20, count: max(bytes / max(events, 1), 1)), count: events)
        return ValidationStage.Batch(identity: Array(client.utf8), tag: Array(String(tag).utf8), frames: frames[...], bytes: bytes)
    }

    private func label(_ handoff: IntakeQueue.Handoff?) -> String? {
        guard let handoff else { return nil }
        let how = if case .inline = handoff { "inline" } else { "stage" }
        return String(decoding: handoff.batch.identity, as: UTF8.self) + String(decoding: handoff.batch.tag, as: UTF8.self) + " " + how
    }

    @Test("a desk's many small batches are taken in one turn, not one per flood batch")
    func turnsAreBytes() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 30, turnBytes: 1_000)
        for i in 0..<3 { queue.enqueue(batch("flood", i, bytes: 1_000, events: 100)) }
        for i in 0..<4 { queue.enqueue(batch("desk", i, bytes: 100, events: 1)) }
        var order: [String] = []
        while let next = label(queue.next()) { order.append(next) }
        #expect(order == ["flood0 stage", "desk0 inline", "desk1 inline", "desk2 inline", "desk3 inline",
                          "flood1 stage", "flood2 stage"])
    }

    @Test("while the stage is full a small batch is still taken, to be checked at once; a large one waits")
    func inlineWhileStageIsFull() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 30)
        queue.enqueue(batch("flood", 0, bytes: 1_000, events: 100))
        queue.enqueue(batch("desk", 0, bytes: 100, events: 1))
        #expect(label(queue.next(stageHasRoom: false)) == "desk0 inline")
        #expect(queue.next(stageHasRoom: false) == nil, "the flood's batch waits for room in the stage")
        #expect(label(queue.next(stageHasRoom: true)) == "flood0 stage")
    }

    @Test("a small batch behind its client's batch in the stage goes to the stage too, so the client's order is kept")
    func orderWithinAClient() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 30)
        let desk = Array("desk".utf8)
        queue.enqueue(batch("desk", 0, bytes: 1_000, events: 100))
        queue.enqueue(batch("desk", 1, bytes: 100, events: 1))
        #expect(label(queue.next()) == "desk0 stage")
        #expect(queue.next(stageHasRoom: false) == nil, "desk1 may not overtake desk0")
        #expect(label(queue.next(stageHasRoom: true)) == "desk1 stage")
        queue.enqueue(batch("desk", 2, bytes: 100, events: 1))
        queue.leftStage(desk)
        #expect(queue.next(stageHasRoom: false) == nil, "desk1 is still in the stage")
        queue.leftStage(desk)
        #expect(label(queue.next(stageHasRoom: false)) == "desk2 inline")
        queue.answered(desk, bytes: 1_200)
        #expect(queue.activeClients == 0)
        #expect(queue.isEmpty)
    }

    @Test("a client with a long queue costs the same per batch: its queue is not copied on each change")
    func longQueue() {
        var queue = IntakeQueue(clientLimitBytes: 1 << 40)
        for i in 0..<20_000 { queue.enqueue(batch("desk", i, bytes: 10, events: 1)) }
        var taken = 0
        while queue.next() != nil { taken += 1 }
        #expect(taken == 20_000)
        #expect(queue.queuedBytes == 0)
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
