import Foundation
import RapportClient
import RapportWire
import Testing

/// The async consumer against the real bus: deliveries as an AsyncSequence, credit as its
/// backpressure.
@Suite("Async consumer", .serialized)
struct AsyncConsumerTests {
    @Test("every event arrives once through the AsyncSequence and its acks move the group's position")
    func consumesAll() async throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<500).map { TestEvents.feedback(id: "a\($0)") })
        let consumer = try AsyncConsumer(bus.address, group: "async", start: .earliest, credit: 64)
        var seen: [UInt64] = []
        for try await delivery in consumer.deliveries {
            seen.append(delivery.offset)
            consumer.ack([delivery.offset])
            if seen.count == 500 { break }
        }
        #expect(seen == Array(0..<500))
        // The acks are durable once the group's position says so (a guard against a hang, 20 s).
        var position = 0
        for _ in 0..<400 where position < 500 {
            try await Task.sleep(for: .milliseconds(50))
            position = (try bus.info()["groups"] as? [[String: Any]])?.first?["position"] as? Int ?? 0
        }
        #expect(position == 500)
        consumer.close()
    }

    @Test("without acks the sequence holds no more than the credit: the bus sends no more")
    func creditIsTheBackpressure() async throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<100).map { TestEvents.feedback(id: "b\($0)") })
        let consumer = try AsyncConsumer(bus.address, group: "slow", start: .earliest, credit: 10)
        var iterator = consumer.deliveries.makeAsyncIterator()
        for _ in 0..<10 { _ = try await iterator.next() }
        try await Task.sleep(for: .milliseconds(500))
        let group = (try bus.info()["groups"] as? [[String: Any]])?.first
        #expect(group?["in_flight"] as? Int == 10, "\(String(describing: group))")
        consumer.ack(Array(0..<10))
        for _ in 0..<10 { _ = try await iterator.next() }
        consumer.close()
    }

    @Test("errors carry a stable code")
    func errorCodes() {
        #expect(ClientError.timeout("x").code == "timeout" && ClientError.timeout("x").isTransient)
        #expect(ClientError.refused(code: "bad-join", message: "m").code == "bad-join")
        #expect(!ClientError.refused(code: "bad-join", message: "m").isTransient)
        #expect(ClientError.refused(code: "storage", message: "disk full").isTransient)
    }
}
