import RapportLog
import RapportWire
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

    @Test("a group whose types match nothing reads a long log a bounded slice at a time")
    func boundedRead() throws {
        try withTemporaryDirectory { dir in
            let total = ConsumerGroup.maxRead * 2 + 100
            let log = try makeLog(dir, records: 0..<total)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: TypeFilter(patterns: ["x-nothing.*"]), start: .earliest, log: log)
            var calls = 0
            while try group.refill(from: log, durableEnd: log.nextOffset) {
                calls += 1
                #expect(group.cursor.offset == UInt64(calls * ConsumerGroup.maxRead))
            }
            #expect(calls == 2)
            #expect(group.cursor.offset == UInt64(total))
            #expect(group.dispatch(now: 0).isEmpty)
        }
    }

    @Test("a key's events go to one member at a time, and each member sees a key in log order",
          arguments: [(1, 1), (1, 2), (2, 3), (3, 1), (4, 4)])
    func perKeyOrder(creditA: Int, creditB: Int) throws {
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
                members[0].credit = creditA
                members[1].credit = creditB
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

    @Test("a key blocked at the head of the read-ahead does not stop other keys from flowing")
    func blockedKeyDoesNotStallReadAhead() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: LogConfiguration(directory: dir + "/log", preallocate: false))
            // Two events of a "hot" key, then more "cold" events than the read-ahead holds.
            let cold = ConsumerGroup.maxReady + 500
            for i in 0..<(2 + cold) {
                _ = try log.append(timestamp: Fixture.time(i), idHash: UInt64(i + 1), type: Fixture.made,
                                   key: i < 2 ? "hot" : "cold-\(i)", payload: Array("{\"n\":\(i)}".utf8))
            }
            try log.flush()?.run()
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 1), b = makeMember("b")
            try group.join(a, filter: .all, start: .earliest, log: log)
            try group.join(b, filter: .all, start: .committed, log: log)
            #expect(try group.deliver(from: log) == ["a": [0]], "a holds the hot key and never acks")
            // b works through the cold events, acking as it goes; offset 1 (hot) waits for a.
            var taken: [UInt64] = []
            for _ in 0..<(cold / 100 + 10) {
                b.credit = 100
                let given = try group.deliver(from: log)["b"] ?? []
                for offset in given { #expect(group.ack(offset, from: b.identity)) }
                taken += given
                if given.isEmpty { break }
            }
            #expect(taken.count == cold, "b got \(taken.count) of \(cold) cold events")
            #expect(!taken.contains(1), "the hot key's second event stays with a's key")
        }
    }
}
