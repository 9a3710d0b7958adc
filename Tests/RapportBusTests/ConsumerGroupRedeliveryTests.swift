import RapportWire
import Testing
@testable import RapportBus

@Suite("Consumer group redelivery and dead letters")
struct ConsumerGroupRedeliveryTests {
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
            #expect(!group.ack(0, from: b.identity), "b never had 0")

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
            #expect(!group.store.isDone(1), "not done until the broker has stored the dead letter")
            group.settle(letter)
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
            group.settle(dead[0])
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

    @Test("an event whose consumers keep dying is dead-lettered, even when each dies before the next joins")
    func deliveriesCountAcrossRejoins() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log, maxDeliveries: 2)
            let a = makeMember("a", credit: 1)
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            #expect(try group.deliver(from: log) == ["a": [1]])
            #expect(group.remove(a.identity, reason: "missed heartbeats").isEmpty)

            let b = makeMember("b", credit: 1)
            try group.join(b, filter: TypeFilter(patterns: [Fixture.made]), start: .committed, log: log)
            let again = try #require(try group.deliverEvents(from: log)["b"])
            #expect(again.map(\.offset) == [1])
            #expect(again.map(\.attempts) == [2])
            let dead = group.remove(b.identity, reason: "missed heartbeats")
            #expect(dead.map(\.record.offset) == [1])
            #expect(dead.map(\.attempts) == [2])
            dead.forEach(group.settle)
            #expect(group.store.isDone(1))
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
            dead.forEach(group.settle)
            #expect(group.store.isDone(0) && group.store.isDone(1))
            #expect(group.members.isEmpty)
        }
    }

    @Test("a dead letter that could not be stored stays with the group and is dead-lettered again")
    func requeueUnstoredDeadLetter() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log, maxDeliveries: 1)
            let a = makeMember("a", credit: 1)
            try group.join(a, filter: .all, start: .earliest, log: log)
            #expect(try group.deliver(from: log, now: 0) == ["a": [0]])
            let dead = group.expire(now: 1_000)
            try #require(dead.count == 1)
            group.requeue(dead[0])
            #expect(!group.store.isDone(0))
            #expect(group.position == 0, "the event still holds the position")
            a.credit = 1
            #expect(try group.deliver(from: log, now: 1_000) == ["a": [0]], "delivered again")
            let again = group.expire(now: 2_000)
            #expect(again.first?.attempts == 2)
        }
    }
}
