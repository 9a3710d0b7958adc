import RapportLog
import Testing
@testable import RapportBus

@Suite("Consumer group delivery")
struct ConsumerGroupDeliveryTests {
    @Test("dispatch gives only matching types, in offset order, up to the credit")
    func matchingTypesInOrder() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 5)
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            let expected = Fixture.offsets(of: Fixture.made, below: 20)
            try #require(expected.count == 13)

            let events = try #require(try group.deliverEvents(from: log)["a"])
            #expect(events.map(\.offset) == Array(expected.prefix(5)))
            for event in events {
                let i = Int(event.offset)
                #expect(event.record.type == Fixture.made)
                #expect(event.record.key == Fixture.key(i))
                #expect(event.record.payload == Array("{\"n\":\(i)}".utf8))
                #expect(event.attempts == 1)
                #expect(event.holder == a.identity)
                #expect(event.deadline == 1_000)
            }
            #expect(a.credit == 0)
            #expect(a.inFlight == 5)
            #expect(group.inFlightCount == 5)
            #expect(group.waiting == expected.count - 5)

            #expect(try group.deliver(from: log).isEmpty, "no credit, no delivery")
            a.credit = 100
            #expect(try group.deliver(from: log) == ["a": Array(expected.dropFirst(5))])
            #expect(group.waiting == 0)
            #expect(a.credit == 100 - (expected.count - 5))
            #expect(try group.deliver(from: log).isEmpty, "nothing is delivered twice")
        }
    }

    @Test("the filter decides what is read", arguments: [
        (["*"], (0..<20).map(UInt64.init)),
        (["rapport.feedback.*"], Fixture.offsets(of: Fixture.received, below: 20)),
        (["rapport.*.made"], Fixture.offsets(of: Fixture.made, below: 20)),
        (["x-*"], []),
    ] as [([String], [UInt64])])
    func filters(patterns: [String], expected: [UInt64]) throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: TypeFilter(patterns: patterns), start: .earliest, log: log)
            #expect(try group.deliver(from: log)["a", default: []] == expected)
        }
    }

    @Test("refill reads only up to the durable end")
    func durableEnd() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: .all, start: .earliest, log: log)
            try group.refill(from: log, durableEnd: 6)
            #expect(group.dispatch(now: 0).first?.1.map(\.offset) == (0..<6).map(UInt64.init))
            try group.refill(from: log, durableEnd: 20)
            #expect(group.dispatch(now: 0).first?.1.map(\.offset) == (6..<20).map(UInt64.init))
        }
    }

    @Test("a key's events go to one member at a time, and each member sees a key in log order",
          arguments: [1, 2, 3])
    func perKeyOrder(creditPerRound: Int) throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let members = [makeMember("a"), makeMember("b")]
            try group.join(members[0], filter: .all, start: .earliest, log: log)
            try group.join(members[1], filter: .all, start: .committed, log: log)

            var held: [String: [UInt64]] = ["a": [], "b": []]
            var seen: [String: [String: [UInt64]]] = [:]
            var delivered: [UInt64] = []
            for round in 0..<200 {
                for m in members { m.credit = creditPerRound }
                for (id, offsets) in try group.deliver(from: log) {
                    for offset in offsets {
                        let key = Fixture.key(Int(offset))
                        for (other, holding) in held where other != id {
                            #expect(!holding.contains { Fixture.key(Int($0)) == key },
                                    "offset \(offset) of \(key) went to \(id) while \(other) holds \(holding)")
                        }
                        if let last = seen[id]?[key]?.last {
                            #expect(offset > last, "\(id) got \(key) at \(offset) after \(last)")
                        }
                        seen[id, default: [:]][key, default: []].append(offset)
                        held[id, default: []].append(offset)
                        delivered.append(offset)
                    }
                }
                // a acks its oldest event every round; b acks everything every third round.
                if let oldest = held["a"]?.first {
                    #expect(group.ack(oldest, from: members[0].identity))
                    held["a"]?.removeFirst()
                }
                if round % 3 == 2 {
                    for offset in held["b"] ?? [] { #expect(group.ack(offset, from: members[1].identity)) }
                    held["b"] = []
                }
                if delivered.count == 20 && held.values.allSatisfy(\.isEmpty) { break }
            }
            #expect(delivered.sorted() == (0..<20).map(UInt64.init), "each event delivered exactly once")
            #expect(seen["a"] != nil && seen["b"] != nil, "both members did work")
            #expect(group.inFlightCount == 0)
            #expect(group.position == 20)
        }
    }

    @Test("a key stays with its holder until it acknowledges, then any member may take it")
    func ackFreesKey() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 1), b = makeMember("b", credit: 5)
            try group.join(a, filter: .all, start: .earliest, log: log)
            try group.join(b, filter: .all, start: .committed, log: log)

            // 4 (k0) waits for a, which holds 0 (k0) and has no credit.
            #expect(try group.deliver(from: log) == ["a": [0], "b": [1, 2, 3, 5, 6]])
            b.credit = 1
            #expect(try group.deliver(from: log) == ["b": [7]])
            #expect(group.ack(0, from: a.identity))
            b.credit = 1
            #expect(try group.deliver(from: log) == ["b": [4]])
            #expect(a.inFlight == 0)
            #expect(b.inFlight == 7)
        }
    }

    @Test("an ack counts only from a member the event was delivered to, and only once")
    func ackChecks() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 1), b = makeMember("b", credit: 1)
            try group.join(a, filter: .all, start: .earliest, log: log)
            try group.join(b, filter: .all, start: .committed, log: log)
            #expect(try group.deliver(from: log) == ["a": [0], "b": [1]])

            #expect(!group.ack(0, from: b.identity))
            #expect(!group.ack(1, from: a.identity))
            #expect(!group.ack(0, from: Array("stranger".utf8)))
            #expect(!group.ack(5, from: a.identity), "waiting, never delivered")
            #expect(!group.ack(999, from: a.identity), "unknown offset")
            #expect(group.inFlightCount == 2)
            #expect(!group.store.isDone(0))

            #expect(group.ack(0, from: a.identity))
            #expect(group.store.isDone(0))
            #expect(!group.ack(0, from: a.identity), "already acknowledged")
            #expect(group.inFlightCount == 1)
            #expect(a.inFlight == 0)
            #expect(b.inFlight == 1)
        }
    }

    @Test("events past their ack timeout come back and are redelivered with the attempt counted")
    func expire() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 2, ackTimeout: 1_000)
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            #expect(try group.deliver(from: log, now: 0) == ["a": [1, 2]])

            #expect(group.expire(now: 999).isEmpty)
            #expect(group.inFlightCount == 2)
            #expect(group.expire(now: 1_000).isEmpty, "within maxDeliveries nothing is dead-lettered")
            #expect(group.inFlightCount == 0)
            #expect(a.inFlight == 0)
            #expect(group.waiting == 13)
            #expect(group.position == 1)

            a.credit = 2
            let again = try #require(try group.deliverEvents(from: log, now: 1_000)["a"])
            #expect(again.map(\.offset) == [1, 2])
            #expect(again.map(\.attempts) == [2, 2])
            #expect(again.map(\.deadline) == [2_000, 2_000])
            #expect(again.allSatisfy { $0.lastError == "not acknowledged within the ack timeout" })
        }
    }

    @Test("a late ack from an earlier recipient counts, wherever the event is now")
    func lateAck() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 2), b = makeMember("b")
            try group.join(a, filter: .all, start: .earliest, log: log)
            try group.join(b, filter: .all, start: .committed, log: log)
            #expect(try group.deliver(from: log, now: 0) == ["a": [0, 1]])
            _ = group.expire(now: 5_000)

            // 0 is waiting for redelivery: a's ack takes it out.
            #expect(group.ack(0, from: a.identity))
            // 1 was redelivered to b: a's ack still counts and frees b.
            b.credit = 1
            #expect(try group.deliver(from: log, now: 5_000) == ["b": [1]])
            #expect(group.ack(1, from: a.identity))
            #expect(b.inFlight == 0)
            #expect(!group.ack(1, from: b.identity))
            #expect(group.store.isDone(0) && group.store.isDone(1))
            b.credit = 2
            #expect(try group.deliver(from: log, now: 5_000) == ["b": [2, 3]])
        }
    }

    @Test("a nack from the holder gives the event back; from anyone else it is unknown")
    func nack() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 1), b = makeMember("b")
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            try group.join(b, filter: promisesOnly, start: .committed, log: log)
            #expect(try group.deliver(from: log) == ["a": [1]])

            #expect(group.nack(1, from: b.identity, error: "not mine") == nil)
            #expect(group.nack(2, from: a.identity, error: "never had it") == nil)
            #expect(group.inFlightCount == 1)

            let outcome = try #require(group.nack(1, from: a.identity, error: "handler failed"))
            #expect(outcome == nil, "first failure: redelivered, not dead-lettered")
            #expect(group.inFlightCount == 0)
            #expect(a.inFlight == 0)
            #expect(!group.store.isDone(1))

            b.credit = 1
            let again = try #require(try group.deliverEvents(from: log)["b"])
            #expect(again.map(\.offset) == [1])
            #expect(again.first?.attempts == 2)
            #expect(again.first?.lastError == "handler failed")
            #expect(again.first?.deliveredTo == [a.identity, b.identity])
        }
    }

    @Test("after maxDeliveries deliveries a nack dead-letters the event and the group counts it done")
    func deadLetterOnNack() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log, maxDeliveries: 2)
            let a = makeMember("a", credit: 1)
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            #expect(try group.deliver(from: log, now: 0) == ["a": [1]])
            #expect(group.expire(now: 1_000).isEmpty)
            a.credit = 1
            #expect(try group.deliver(from: log, now: 1_000) == ["a": [1]])

            let outcome = try #require(group.nack(1, from: a.identity, error: "poison"))
            let letter = try #require(outcome)
            #expect(letter.group == "billing")
            #expect(letter.record.offset == 1)
            #expect(letter.record.type == Fixture.made)
            #expect(letter.attempts == 2)
            #expect(letter.error == "poison")
            #expect(group.store.isDone(1))
            #expect(group.inFlightCount == 0)
            #expect(group.position == 2)

            a.credit = 1
            #expect(try group.deliver(from: log, now: 1_000) == ["a": [2]], "the dead letter is not delivered again")
        }
    }

    @Test("after maxDeliveries deliveries expiry dead-letters the event")
    func deadLetterOnExpire() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log, maxDeliveries: 1)
            let a = makeMember("a", credit: 2)
            try group.join(a, filter: .all, start: .earliest, log: log)
            #expect(try group.deliver(from: log, now: 0) == ["a": [0, 1]])
            #expect(group.ack(1, from: a.identity))

            let dead = group.expire(now: 1_000)
            try #require(dead.count == 1)
            #expect(dead[0].record.offset == 0)
            #expect(dead[0].attempts == 1)
            #expect(dead[0].error == "not acknowledged within the ack timeout")
            #expect(group.store.isDone(0))
            #expect(group.waiting == 18)
            #expect(group.position == 2)
        }
    }

    @Test("removing a member gives its events to the others")
    func removeMember() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 3), b = makeMember("b")
            try group.join(a, filter: .all, start: .earliest, log: log)
            try group.join(b, filter: .all, start: .committed, log: log)
            #expect(try group.deliver(from: log) == ["a": [0, 1, 2]])

            #expect(group.remove(Array("stranger".utf8), reason: "gone").isEmpty)
            #expect(group.members.count == 2)
            #expect(group.remove(a.identity, reason: "missed heartbeats").isEmpty)
            #expect(group.member(a.identity) == nil)
            #expect(group.members.map(\.name) == ["b"])
            #expect(group.inFlightCount == 0)
            #expect(group.position == 0)

            b.credit = 4
            let events = try #require(try group.deliverEvents(from: log)["b"])
            #expect(events.map(\.offset) == [0, 1, 2, 3])
            #expect(events.map(\.attempts) == [2, 2, 2, 1])
            #expect(events.map(\.lastError) == ["missed heartbeats", "missed heartbeats", "missed heartbeats", nil])
            #expect(group.ack(1, from: b.identity))
            #expect(b.inFlight == 3)
        }
    }

    @Test("removing a member whose events used their deliveries dead-letters them")
    func removeDeadLetters() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log, maxDeliveries: 1)
            let a = makeMember("a", credit: 2)
            try group.join(a, filter: .all, start: .earliest, log: log)
            _ = try group.deliver(from: log)
            let dead = group.remove(a.identity, reason: "the consumer left")
            #expect(dead.map(\.record.offset).sorted() == [0, 1])
            #expect(dead.allSatisfy { $0.error == "the consumer left" && $0.attempts == 1 })
            #expect(group.store.isDone(0) && group.store.isDone(1))
            #expect(group.members.isEmpty)
        }
    }

    @Test("the position is the lowest offset not done and does not pass a gap")
    func position() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 4)
            try group.join(a, filter: .all, start: .earliest, log: log)
            #expect(group.position == 0)
            #expect(try group.deliver(from: log) == ["a": [0, 1, 2, 3]])
            #expect(group.position == 0)
            #expect(group.ack(2, from: a.identity))
            #expect(group.ack(3, from: a.identity))
            #expect(group.position == 0, "out-of-order acks do not pass 0")
            #expect(group.ack(0, from: a.identity))
            #expect(group.position == 1)
            #expect(group.ack(1, from: a.identity))
            #expect(group.position == 4)

            a.credit = 100
            _ = try group.deliver(from: log)
            for offset in UInt64(4)..<20 where offset != 10 { #expect(group.ack(offset, from: a.identity)) }
            #expect(group.position == 10)
            group.store.advance(to: group.position)
            #expect(group.store.position == 10)
            #expect(group.ack(10, from: a.identity))
            #expect(group.position == 20)
        }
    }

    @Test("events the filter skips count as done for the position")
    func positionSkipsFiltered() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 100)
            try group.join(a, filter: TypeFilter(patterns: ["rapport.feedback.*"]), start: .earliest, log: log)
            try group.refill(from: log, durableEnd: log.nextOffset)
            #expect(group.position == 0)
            _ = group.dispatch(now: 0)
            #expect(group.ack(0, from: a.identity))
            #expect(group.position == 3, "1 and 2 are not for this group")
            for offset in stride(from: UInt64(3), to: 20, by: 3) { #expect(group.ack(offset, from: a.identity)) }
            #expect(group.position == 20)
        }
    }
}
