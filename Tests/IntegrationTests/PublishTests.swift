import Foundation
import RapportClient
import Testing

@Suite("Publishing to a real bus", .serialized)
struct PublishTests {
    @Test("accepted, duplicate and rejected outcomes; a resend after restart is still a duplicate")
    func outcomes() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        let outcomes = try producer.publish([
            TestEvents.feedback(id: "a"),
            TestEvents.feedback(id: "b"),
            TestEvents.feedback(id: "a"),
            TestEvents.feedback(id: "c", nps: 11),
            TestEvents.feedback(id: "a", source: "/locations/other/desks/1"),
        ])
        #expect(outcomes[0] == .accepted(offset: 0))
        #expect(outcomes[1] == .accepted(offset: 1))
        #expect(outcomes[2] == .duplicate(offset: 0))
        #expect(outcomes[3] == .rejected(code: "invalid-data", error: "data.scores.nps must be an integer 0-10, got 11"))
        #expect(outcomes[4] == .accepted(offset: 2), "the same id from another source is another event")

        #expect(bus.terminate() == 0, "SIGTERM exits cleanly")
        try bus.start()
        let again = try Producer(bus.address).publish([TestEvents.feedback(id: "b"), TestEvents.feedback(id: "d")])
        #expect(again == [.duplicate(offset: 1), .accepted(offset: 3)])
    }

    @Test("a producer keeps a window of batches in flight and every event is answered")
    func pipelined() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        let batches = 40, perBatch = 50, window = 8
        var sent = 0, answered = 0, accepted = 0
        while answered < batches {
            while sent < batches && sent - answered < window {
                try producer.send(batch: (0..<perBatch).map { TestEvents.feedback(id: "p-\(sent)-\($0)") })
                sent += 1
            }
            let result = try #require(try producer.nextResult(timeoutMilliseconds: 10_000))
            answered += 1
            accepted += result.outcomes.filter { if case .accepted = $0 { true } else { false } }.count
        }
        #expect(accepted == batches * perBatch)
        #expect(try bus.nextOffset() == batches * perBatch)
    }

    @Test("a small batch sent right after a large one is stored after it (validation keeps arrival order)")
    func arrivalOrder() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        for round in 0..<5 {
            let big = try producer.send(batch: (0..<100).map { TestEvents.feedback(id: "big-\(round)-\($0)") })
            let small = try producer.send(batch: [TestEvents.feedback(id: "small-\(round)")])
            var offsets: [String: [UInt64]] = [:]
            while offsets.count < 2 {
                let result = try #require(try producer.nextResult(timeoutMilliseconds: 10_000))
                offsets[result.tag] = result.outcomes.compactMap { if case .accepted(let o) = $0 { o } else { nil } }
            }
            let bigMax = try #require(offsets[big]?.max())
            #expect(offsets[small] == [bigMax + 1], "round \(round): small batch at \(offsets[small] ?? []), big batch up to \(bigMax)")
        }
    }

    @Test("the live feed shows committed events, filtered by type prefix")
    func liveFeed() throws {
        let bus = try BusProcess()
        try bus.start()
        let follower = try LiveFollower(bus.address, prefixes: ["rapport.promise."])
        Thread.sleep(forTimeInterval: 0.3)  // a SUB socket's subscription takes a moment to reach the bus
        let producer = try Producer(bus.address)
        _ = try producer.publish([TestEvents.feedback(id: "f1"), TestEvents.promise(id: "p1", customer: "c1"), TestEvents.feedback(id: "f2")])
        let item = try #require(try follower.next(timeoutMilliseconds: 10_000))
        #expect(item.type == "rapport.promise.made")
        #expect(item.offset == 1)
        #expect(TestEvents.id(of: item.event) == "p1")
        #expect(try follower.next(timeoutMilliseconds: 300) == nil, "feedback events are filtered out")
    }
}
