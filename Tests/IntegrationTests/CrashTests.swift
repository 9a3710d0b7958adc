import Foundation
import RapportClient
import Testing

@Suite("kill -9 of the bus", .serialized)
struct CrashTests {
    @Test("every acknowledged event survives kill -9 mid-stream; resends are not stored twice")
    func producerSideCrash() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        var ids: [String: [String]] = [:]      // batch tag -> event ids
        var acknowledged: Set<String> = []
        var sent = 0, answered = 0
        let perBatch = 50, window = 8
        // Stream until 3,000 events are acknowledged, then kill the bus with batches in flight.
        while acknowledged.count < 3_000 {
            while sent - answered < window {
                let batch = (0..<perBatch).map { "s\(sent)-\($0)" }
                let tag = try producer.send(batch: batch.map { TestEvents.feedback(id: $0) })
                ids[tag] = batch
                sent += 1
            }
            let result = try #require(try producer.nextResult(timeoutMilliseconds: 10_000))
            answered += 1
            for (id, outcome) in zip(ids[result.tag] ?? [], result.outcomes) where outcome.isStored {
                acknowledged.insert(id)
            }
        }
        bus.kill9()
        try bus.start()

        // Resend everything that was not acknowledged (as a desk's spool would).
        let unanswered = ids.values.flatMap { $0 }.filter { !acknowledged.contains($0) }
        let resender = try Producer(bus.address)
        for chunk in stride(from: 0, to: unanswered.count, by: 200) {
            let part = Array(unanswered[chunk..<min(chunk + 200, unanswered.count)])
            let outcomes = try resender.publish(part.map { TestEvents.feedback(id: $0) })
            #expect(outcomes.allSatisfy { $0.isStored })
        }

        // Read the whole log as a group: every id exactly once.
        let total = ids.values.reduce(0) { $0 + $1.count }
        let audit = try ConsumerDriver(bus.address, group: "audit", start: "earliest", credit: 1_000)
        try audit.run(seconds: 60) { audit.confirmed.count >= total }
        var counts: [String: Int] = [:]
        for delivery in audit.deliveries { counts[TestEvents.id(of: delivery.event), default: 0] += 1 }
        #expect(acknowledged.allSatisfy { counts[$0] == 1 }, "an acknowledged event was lost or stored twice")
        #expect(counts.count == total && counts.values.allSatisfy { $0 == 1 })
        #expect(try bus.nextOffset() == total)
    }

    @Test("after kill -9, a group resumes where it stopped: no confirmed ack comes back, nothing unacked is lost")
    func consumerSideCrash() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        let total = 2_000
        for chunk in stride(from: 0, to: total, by: 200) {
            _ = try producer.publish((chunk..<(chunk + 200)).map { TestEvents.feedback(id: "c\($0)") })
        }
        // The first consumer acknowledges every delivery except offsets divisible by 10.
        let first = try ConsumerDriver(bus.address, group: "tracker", start: "earliest", credit: 500, autoAck: false)
        var ackSent: Set<UInt64> = []
        try first.run {
            let toAck = first.deliveries.map(\.offset).filter { $0 % 10 != 0 && !ackSent.contains($0) }
            if !toAck.isEmpty { try? first.consumer.ack(toAck); ackSent.formUnion(toAck) }
            return first.confirmed.count >= 600
        }
        // Kill the bus while deliveries and acks are in flight.
        bus.kill9()
        let confirmedBeforeCrash = first.confirmed
        try bus.start()

        let second = try ConsumerDriver(bus.address, group: "tracker", start: "committed", credit: 200)
        let mustArrive = Set((0..<UInt64(total)).filter { !ackSent.contains($0) })
        try second.run(seconds: 60) { mustArrive.isSubset(of: Set(second.deliveries.map(\.offset))) }
        let redelivered = Set(second.deliveries.map(\.offset))
        #expect(redelivered.isDisjoint(with: confirmedBeforeCrash), "an event whose ack was confirmed came back")
        #expect(mustArrive.isSubset(of: redelivered), "an event never acknowledged was not delivered after restart")
        #expect(mustArrive.count >= 200, "the test kept some events unacknowledged")
        try second.run { second.confirmed.count == second.deliveries.count }
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        #expect(groups.first?["lag"] as? Int == 0)
    }

    @Test("a consumer rides through a bus restart: it rejoins and receives what came after")
    func consumerRejoins() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "before")])
        let driver = try ConsumerDriver(bus.address, group: "steady", start: "earliest", heartbeatMillis: 200)
        try driver.run { driver.confirmed.count == 1 }
        bus.kill9()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "after")])
        try driver.run { driver.deliveries.contains { TestEvents.id(of: $0.event) == "after" } && driver.confirmed.count == 2 }
        #expect(driver.consumer.rejoins >= 1)
        #expect(driver.deliveries.map { TestEvents.id(of: $0.event) } == ["before", "after"], "nothing confirmed came back")
    }
}
