import Foundation
import RapportClient
import Testing

@Suite("Consumer groups on a real bus", .serialized)
struct GroupTests {
    @Test("consume and ack: every matching event once, in order, and the position advances")
    func consumeAndAck() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        _ = try producer.publish((0..<30).map { i in
            i % 3 == 0 ? TestEvents.promise(id: "p\(i)", customer: "c\(i % 4)") : TestEvents.feedback(id: "f\(i)")
        })
        let driver = try ConsumerDriver(bus.address, group: "promises", types: ["rapport.promise.*"], start: "earliest")
        try driver.run { driver.confirmed.count == 10 }
        #expect(driver.deliveries.map(\.offset) == stride(from: 0, to: 30, by: 3).map(UInt64.init))
        #expect(driver.deliveries.allSatisfy { $0.attempt == 1 })
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        let group = try #require(groups.first { $0["name"] as? String == "promises" })
        #expect(group["position"] as? Int == 30, "filtered-out events count as done")
        #expect(group["lag"] as? Int == 0)

        // After a restart, with no member, the group still shows where it is and what it takes.
        try driver.consumer.leave()
        bus.terminate()
        try bus.start()
        let again = try #require((try bus.info()["groups"] as? [[String: Any]])?.first { $0["name"] as? String == "promises" })
        #expect(again["position"] as? Int == 30)
        #expect(again["types"] as? [String] == ["rapport.promise.*"])
    }

    @Test("events held by a consumer that died (kill -9) are redelivered to another member")
    func redeliverOnDeadConsumer() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<5).map { TestEvents.feedback(id: "e\($0)") })

        // A real consumer process that takes everything and never acknowledges.
        let doomed = Process()
        doomed.executableURL = URL(fileURLWithPath: BusProcess.binary)
        doomed.arguments = ["consume", "--data-dir", bus.dataDirectory, "--group", "g", "--start", "earliest",
                            "--no-ack", "--heartbeat-ms", "200", "--name", "doomed"]
        let out = Pipe()
        doomed.standardOutput = out
        doomed.standardError = FileHandle.nullDevice
        try doomed.run()
        // Wait until it printed all five deliveries, then kill it without warning.
        var seen = Data()
        while String(decoding: seen, as: UTF8.self).split(separator: "\n").count < 5 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { throw TestFailure("the consumer process ended early: \(String(decoding: seen, as: UTF8.self))") }
            seen += chunk
        }
        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()

        let survivor = try ConsumerDriver(bus.address, group: "g", heartbeatMillis: 200)
        try survivor.run { survivor.confirmed.count == 5 }
        #expect(Set(survivor.deliveries.map(\.offset)) == Set(0..<5))
        #expect(survivor.deliveries.allSatisfy { $0.attempt == 2 }, "second delivery of each event")
    }

    @Test("two members share a group; each key is delivered in log order")
    func perKeyOrder() throws {
        let bus = try BusProcess()
        try bus.start()
        let keys = (0..<6).map { "k\($0)" }
        let perKey = 40
        let producer = try Producer(bus.address)
        var events: [[UInt8]] = []
        for seq in 0..<perKey { for key in keys { events.append(TestEvents.sequenced(key: key, seq: seq)) } }
        for chunk in stride(from: 0, to: events.count, by: 100) {
            _ = try producer.publish(Array(events[chunk..<min(chunk + 100, events.count)]))
        }
        let a = try ConsumerDriver(bus.address, group: "shared", start: "earliest", credit: 7)
        let b = try ConsumerDriver(bus.address, group: "shared", start: "committed", credit: 7)
        var observed: [String: [Int]] = [:]
        var perMember = [0, 0]
        let deadline = Date().addingTimeInterval(60)
        var seenA = 0, seenB = 0
        while perMember[0] + perMember[1] < events.count && Date() < deadline {
            try a.step(millis: 5)
            try b.step(millis: 5)
            for (index, driver) in [a, b].enumerated() {
                let seen = index == 0 ? seenA : seenB
                for delivery in driver.deliveries[seen...] {
                    let key = try #require(TestEvents.data(of: delivery.event, "key") as? String)
                    let seq = try #require(TestEvents.data(of: delivery.event, "seq") as? Int)
                    observed[key, default: []].append(seq)
                    perMember[index] += 1
                }
                if index == 0 { seenA = driver.deliveries.count } else { seenB = driver.deliveries.count }
            }
        }
        #expect(perMember[0] + perMember[1] == events.count)
        #expect(perMember[0] > 0 && perMember[1] > 0, "both members got work: \(perMember)")
        for key in keys {
            #expect(observed[key] == Array(0..<perKey), "key \(key) out of order: \(observed[key] ?? [])")
        }
    }

    @Test("an event that keeps failing is dead-lettered and no longer blocks the group")
    func deadLetter() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "poison"), TestEvents.feedback(id: "fine")])
        let driver = try ConsumerDriver(bus.address, group: "fragile", types: ["rapport.feedback.*"], start: "earliest", autoAck: false)
        var nacks = 0
        var acked = false
        try driver.run {
            for delivery in driver.deliveries {
                if TestEvents.id(of: delivery.event) == "poison" {
                    try? driver.consumer.nack(delivery.offset, error: "cannot parse comment")
                    nacks += 1
                } else if !acked {
                    try? driver.consumer.ack([delivery.offset])
                    acked = true
                }
            }
            driver.deliveries.removeAll()
            return nacks == 5 && driver.confirmed.count == 1
        }
        #expect(nacks == 5, "delivered max_deliveries (5) times")
        // The dead letter is an event on the bus like any other.
        let audit = try ConsumerDriver(bus.address, group: "dead-letters", types: ["rapport.bus.dead-lettered"], start: "earliest")
        try audit.run { !audit.deliveries.isEmpty }
        let letter = try #require(audit.deliveries.first)
        #expect(TestEvents.data(of: letter.event, "group") as? String == "fragile")
        #expect(TestEvents.data(of: letter.event, "offset") as? Int == 0)
        #expect(TestEvents.data(of: letter.event, "error") as? String == "cannot parse comment")
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        let fragile = try #require(groups.first { $0["name"] as? String == "fragile" })
        #expect(fragile["in_flight"] as? Int == 0)
        #expect((fragile["position"] as? Int ?? 0) >= 2, "the poison event no longer holds the position back")
    }

    /// A group that takes every type (dead letters too) and fails everything: the dead letter
    /// of its dead letter would be a loop, each one wrapping the last.
    @Test("a dead letter that fails too is not dead-lettered again")
    func deadLetterNotWrapped() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "poison")])
        let driver = try ConsumerDriver(bus.address, group: "fails-all", start: "earliest", autoAck: false)
        var nacks: [UInt64: Int] = [:]
        try driver.run {
            for delivery in driver.deliveries {
                try? driver.consumer.nack(delivery.offset, error: "fails everything")
                nacks[delivery.offset, default: 0] += 1
            }
            driver.deliveries.removeAll()
            return nacks[0] == 5 && nacks[1] == 5
        }
        #expect(nacks == [0: 5, 1: 5], "the event and its dead letter, 5 times each")
        try driver.run(seconds: 2) { !driver.deliveries.isEmpty }
        #expect(driver.deliveries.isEmpty, "nothing more: no dead letter of the dead letter")
        #expect(try bus.nextOffset() == 2)
        #expect(bus.logText.contains("a dead letter failed too"), "the bus says it gave up on the dead letter")
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        #expect(groups.first { $0["name"] as? String == "fails-all" }?["position"] as? Int == 2)
    }

    @Test("a JOIN that would make more groups than groups.max_groups is refused; existing groups still serve")
    func groupLimit() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        try "groups: {max_groups: 2}\n".write(toFile: config, atomically: true, encoding: .utf8)
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)
        _ = try ConsumerDriver(bus.address, group: "one")
        _ = try ConsumerDriver(bus.address, group: "two")
        #expect(throws: ClientError.self) { _ = try ConsumerDriver(bus.address, group: "three") }
        let again = try ConsumerDriver(bus.address, group: "one")
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "x")])
        try again.run { !again.confirmed.isEmpty }
        #expect(again.confirmed == [0])
        let groups = try #require(try bus.info()["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["name"] as? String }.sorted() == ["one", "two"])
        #expect(!FileManager.default.fileExists(atPath: bus.dataDirectory + "/groups/three"))
        #expect(bus.logText.contains("refused a new consumer group"))
    }

    @Test("replay: a group restarted from earliest, an offset or latest reads from there")
    func replay() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<10).map { TestEvents.feedback(id: "r\($0)") })
        let first = try ConsumerDriver(bus.address, group: "replay", start: "earliest")
        try first.run { first.confirmed.count == 10 }
        try first.consumer.leave()

        let fromOffset = try ConsumerDriver(bus.address, group: "replay", start: "offset:6")
        try fromOffset.run { fromOffset.confirmed.count == 4 }
        #expect(fromOffset.deliveries.map(\.offset) == [6, 7, 8, 9])
        try fromOffset.consumer.leave()

        let latest = try ConsumerDriver(bus.address, group: "replay", start: "latest")
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "r-new")])
        try latest.run { latest.confirmed.count == 1 }
        #expect(latest.deliveries.map(\.offset) == [10])
    }
}
