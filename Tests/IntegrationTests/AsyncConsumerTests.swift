import Foundation
import RapportClient
import RapportWire
import Testing

/// The async consumer against the real bus: deliveries as an AsyncSequence, credit as its
/// backpressure.
@Suite("Async consumer", .serialized)
struct AsyncConsumerTests {
    @Test("every event arrives through the AsyncSequence, in order, and its acks move the group's position")
    func consumesAll() async throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<500).map { TestEvents.feedback(id: "a\($0)") })
        let consumer = try AsyncConsumer(bus.address, group: "async", start: .earliest, credit: 64)
        var firsts: [UInt64] = []
        var seen: Set<UInt64> = []
        var repeats: [(offset: UInt64, attempt: Int)] = []
        for try await delivery in consumer.deliveries {
            if seen.insert(delivery.offset).inserted { firsts.append(delivery.offset) } else { repeats.append((delivery.offset, delivery.attempt)) }
            consumer.ack([delivery.offset])
            if seen.count == 500 { break }
        }
        #expect(firsts == Array(0..<500))
        // Delivery is at least once: on a loaded machine a member whose heartbeat lapses is
        // dropped and its unacknowledged events come again, each marked as a later attempt.
        #expect(repeats.allSatisfy { $0.attempt > 1 }, "a repeat that is not a redelivery: \(repeats)")
        // Redeliveries after the last first delivery are acknowledged too, meanwhile.
        let drain = Task {
            var late: [Int] = []
            for try await delivery in consumer.deliveries {
                late.append(delivery.attempt)
                consumer.ack([delivery.offset])
            }
            return late
        }
        // The acks are durable once the group's position says so (a guard against a hang, 20 s).
        var position = 0
        for _ in 0..<400 where position < 500 {
            try await Task.sleep(for: .milliseconds(50))
            position = (try bus.info()["groups"] as? [[String: Any]])?.first?["position"] as? Int ?? 0
        }
        #expect(position == 500)
        consumer.close()
        let late = (try? await drain.value) ?? []
        #expect(late.allSatisfy { $0 > 1 }, "after every event came once, only redeliveries: \(late)")
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
