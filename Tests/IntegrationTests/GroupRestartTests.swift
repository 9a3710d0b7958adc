import Foundation
import RapportClient
import Testing

/// What a consumer group keeps across `kill -9` of the real bus: its delivery counts, and a
/// position that agrees with the acknowledgements the bus confirmed.
@Suite("Consumer groups across kill -9", .serialized)
struct GroupRestartTests {
    /// The groups under test take desk feedback only, not the dead letters they cause.
    private let feedback = ["rapport.feedback.*"]

    /// The bus's default `max_deliveries` is 5.
    @Test("delivery attempts go on across kill -9: an event is delivered max_deliveries times in all, and its dead letter says so")
    func attemptsSurviveRestarts() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "poison")])
        var attempts: [Int] = []
        // Two deliveries per life of the bus: the first is NACKed, the bus dies holding the second.
        for life in 0..<2 {
            let driver = try ConsumerDriver(bus.address, group: "fragile", types: feedback, start: life == 0 ? "earliest" : "committed", autoAck: false)
            try driver.run { !driver.deliveries.isEmpty }
            let first = try #require(driver.deliveries.first)
            attempts.append(first.attempt)
            try driver.consumer.nack(first.offset, error: "cannot parse comment")
            driver.deliveries.removeAll()
            try driver.run { !driver.deliveries.isEmpty }
            attempts.append(try #require(driver.deliveries.first).attempt)
            bus.kill9()
            try bus.start()
        }
        let driver = try ConsumerDriver(bus.address, group: "fragile", types: feedback, start: "committed", autoAck: false)
        try driver.run { !driver.deliveries.isEmpty }
        let last = try #require(driver.deliveries.first)
        attempts.append(last.attempt)
        try driver.consumer.nack(last.offset, error: "cannot parse comment")
        #expect(attempts == [1, 2, 3, 4, 5], "the count went on across restarts")

        let audit = try ConsumerDriver(bus.address, group: "dead-letters", types: ["rapport.bus.dead-lettered"], start: "earliest")
        try audit.run { !audit.deliveries.isEmpty }
        let letter = try #require(audit.deliveries.first)
        #expect(TestEvents.data(of: letter.event, "attempts") as? Int == 5)
        #expect(TestEvents.data(of: letter.event, "offset") as? Int == 0)
        // Never a sixth delivery (a guard against a hang, not a timing assertion).
        driver.deliveries.removeAll()
        try driver.run(seconds: 2) { !driver.deliveries.isEmpty }
        #expect(driver.deliveries.isEmpty)
    }

    @Test("an event whose last allowed delivery was in flight at kill -9 is dead-lettered, not delivered a sixth time")
    func exhaustedInFlight() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "poison"), TestEvents.feedback(id: "fine")])
        let driver = try ConsumerDriver(bus.address, group: "fragile", types: feedback, start: "earliest", autoAck: false)
        var poison: [Int] = []
        try driver.run {
            for delivery in driver.deliveries where TestEvents.id(of: delivery.event) == "poison" {
                poison.append(delivery.attempt)
                if delivery.attempt < 5 { try? driver.consumer.nack(delivery.offset, error: "fails") }
            }
            driver.deliveries.removeAll()
            return poison.last == 5
        }
        bus.kill9()
        try bus.start()
        let again = try ConsumerDriver(bus.address, group: "fragile", types: feedback, start: "committed")
        try again.run { again.confirmed.contains(1) }
        #expect(!again.deliveries.contains { TestEvents.id(of: $0.event) == "poison" })
        let audit = try ConsumerDriver(bus.address, group: "dead-letters", types: ["rapport.bus.dead-lettered"], start: "earliest")
        try audit.run { !audit.deliveries.isEmpty }
        let letter = try #require(audit.deliveries.first)
        #expect(TestEvents.data(of: letter.event, "attempts") as? Int == 5)
        #expect((TestEvents.data(of: letter.event, "error") as? String)?.contains("restarted") == true)
    }

    @Test("after kill -9 right after ACKED, INFO and JOINED report the position those acks reached")
    func positionAfterAckedCrash() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<50).map { TestEvents.feedback(id: "e\($0)") })
        let driver = try ConsumerDriver(bus.address, group: "tally", start: "earliest")
        try driver.run { driver.confirmed.count >= 50 }
        bus.kill9()
        try bus.start()
        let group = try #require(try groupInfo(bus, "tally"))
        #expect(group["position"] as? Int == 50)
        #expect(group["lag"] as? Int == 0)
        let again = try ConsumerDriver(bus.address, group: "tally", start: "committed")
        try again.run(seconds: 2) { !again.deliveries.isEmpty }
        #expect(again.deliveries.isEmpty, "nothing acknowledged comes back")
    }

    @Test("INFO lag counts events not yet done: acknowledgements out of order are not lag")
    func lagWithAcksOutOfOrder() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<4).map { TestEvents.feedback(id: "e\($0)") })
        let driver = try ConsumerDriver(bus.address, group: "tally", start: "earliest", autoAck: false)
        try driver.run { driver.deliveries.count >= 4 }
        try driver.consumer.ack([1, 3])
        try driver.run { driver.confirmed.count >= 2 }
        let group = try #require(try groupInfo(bus, "tally"))
        #expect(group["position"] as? Int == 0)
        #expect(group["in_flight"] as? Int == 2)
        #expect(group["lag"] as? Int == 2, "0 and 2 are not done")
    }

    private func groupInfo(_ bus: BusProcess, _ name: String) throws -> [String: Any]? {
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        return groups.first { $0["name"] as? String == name }
    }
}
