import RapportLog
import RapportWire
import Testing
@testable import RapportBus

@Suite("Consumer group start positions and joining")
struct ConsumerGroupStartTests {
    /// The error `join` refuses with (the test fails if it succeeds).
    private func refusal(_ group: ConsumerGroup, _ member: GroupMember, _ filter: TypeFilter,
                         _ start: StartPosition, _ log: Log) throws -> BusError {
        do throws(BusError) {
            try group.join(member, filter: filter, start: start, log: log)
        } catch {
            return error
        }
        throw TestFailure("join with \(filter.patterns) from \(start) was accepted")
    }

    @Test("latest skips what is already in the log")
    func latest() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: .all, start: .latest, log: log)
            #expect(group.position == 20)
            #expect(group.store.position == 20)
            #expect(try group.deliver(from: log).isEmpty)
            try appendFixture(log, 20..<23)
            #expect(try group.deliver(from: log) == ["a": [20, 21, 22]])
        }
    }

    @Test("an offset start begins there, clamped to the log", arguments: [
        (UInt64(0), (0..<20).map(UInt64.init)),
        (7, (7..<20).map(UInt64.init)),
        (19, [19]),
        (20, []),
        (1_000, []),
    ] as [(UInt64, [UInt64])])
    func offset(start: UInt64, expected: [UInt64]) throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: .all, start: .offset(start), log: log)
            #expect(group.store.position == min(start, 20))
            #expect(try group.deliver(from: log)["a", default: []] == expected)
        }
    }

    @Test("a time start begins at the first event appended at or after it", arguments: [
        (Fixture.time(0) - 1_000, UInt64(0)),
        (Fixture.time(6) - 5, 6),
        (Fixture.time(6), 6),
        (Fixture.time(19), 19),
        (Fixture.time(19) + 1, 20),
    ] as [(Int64, UInt64)])
    func time(start: Int64, first: UInt64) throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 100), filter: .all, start: .time(start), log: log)
            #expect(group.position == first)
            #expect(try group.deliver(from: log)["a", default: []] == (first..<20).map { $0 })
        }
    }

    @Test("committed on a new group starts at the log's start")
    func committedNewGroup() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("a", credit: 3), filter: .all, start: .committed, log: log)
            #expect(group.store.hasPosition)
            #expect(group.store.position == 0)
            #expect(try group.deliver(from: log) == ["a": [0, 1, 2]])
        }
    }

    @Test("committed resumes where the stored state left off, after reopening the store")
    func committedResumes() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            do {
                let group = try makeGroup(dir, log: log)
                let a = makeMember("a", credit: 8)
                try group.join(a, filter: .all, start: .earliest, log: log)
                #expect(try group.deliver(from: log) == ["a": Array(0..<8)])
                for offset: UInt64 in [0, 1, 2, 3, 4, 7] { #expect(group.ack(offset, from: a.identity)) }
                group.store.advance(to: group.position)
                #expect(group.store.position == 5)
                _ = try group.store.flush()
            }
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("b", credit: 100), filter: .all, start: .committed, log: log)
            #expect(group.position == 5)
            #expect(try group.deliver(from: log) == ["b": [5, 6] + Array(8..<20)], "7 was acknowledged")
        }
    }

    @Test("committed resumes from acknowledgements alone when the position was never advanced")
    func committedFromAcks() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            do {
                let group = try makeGroup(dir, log: log)
                let a = makeMember("a", credit: 4)
                try group.join(a, filter: .all, start: .earliest, log: log)
                _ = try group.deliver(from: log)
                #expect(group.ack(0, from: a.identity))
                #expect(group.ack(2, from: a.identity))
                _ = try group.store.flush()
            }
            let group = try makeGroup(dir, log: log)
            try group.join(makeMember("b", credit: 100), filter: .all, start: .committed, log: log)
            #expect(try group.deliver(from: log) == ["b": [1] + Array(3..<20)])
        }
    }

    @Test("committed after every member left resumes at the first event not done")
    func committedAfterLeaving() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 4)
            try group.join(a, filter: .all, start: .earliest, log: log)
            _ = try group.deliver(from: log)
            #expect(group.ack(0, from: a.identity))
            #expect(group.ack(2, from: a.identity))
            #expect(group.remove(a.identity, reason: "the consumer left").isEmpty)

            let b = makeMember("b", credit: 100)
            try group.join(b, filter: promisesOnly, start: .committed, log: log)
            #expect(group.position == 1)
            #expect(group.filter == promisesOnly)
            #expect(try group.deliver(from: log) == ["b": Fixture.offsets(of: Fixture.made, below: 20).filter { $0 != 2 }])
        }
    }

    @Test("earliest replays everything, forgetting acknowledgements")
    func earliestReplays() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 20)
            try group.join(a, filter: .all, start: .earliest, log: log)
            _ = try group.deliver(from: log)
            for offset in UInt64(0)..<20 { #expect(group.ack(offset, from: a.identity)) }
            group.store.advance(to: group.position)
            #expect(group.store.position == 20)
            _ = group.remove(a.identity, reason: "the consumer left")

            try group.join(makeMember("b", credit: 100), filter: .all, start: .earliest, log: log)
            #expect(group.store.position == 0)
            #expect(group.store.acked.isEmpty)
            #expect(try group.deliver(from: log) == ["b": (0..<20).map(UInt64.init)])
        }
    }

    @Test("a first join that fails changes nothing: waiting events are not skipped")
    func failedJoinKeepsState() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 2)
            try group.join(a, filter: .all, start: .earliest, log: log)
            #expect(try group.deliver(from: log) == ["a": [0, 1]])
            _ = group.remove(a.identity, reason: "the consumer left")
            #expect(group.position == 0)

            // Damage the first record so the log cannot look up a time.
            try writeInFile(dir + "/log/00000000000000000000.log", [0xFF], at: 4)
            let error = try refusal(group, makeMember("b"), promisesOnly, .time(Fixture.time(5)), log)
            #expect(error.code == .storage)
            #expect(group.position == 0)
            #expect(group.filter == .all)
            #expect(group.waiting == 20)
            #expect(group.store.position == 0)

            let c = makeMember("c", credit: 3)
            try group.join(c, filter: .all, start: .committed, log: log)
            let events = try #require(try group.deliverEvents(from: log)["c"])
            #expect(events.map(\.offset) == [0, 1, 2])
            #expect(events.map(\.attempts) == [2, 2, 1])
        }
    }

    @Test("a second member must ask for the same types and the committed start")
    func secondMember() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 2)
            try group.join(a, filter: promisesOnly, start: .earliest, log: log)
            #expect(try group.deliver(from: log) == ["a": [1, 2]])
            let b = makeMember("b", credit: 100)

            let types = try refusal(group, b, .all, .committed, log)
            #expect(types.code == .badJoin)
            #expect(types.message.contains("billing"))
            #expect(types.message.contains("same types"))
            for start: StartPosition in [.earliest, .latest, .offset(3), .time(0)] {
                let error = try refusal(group, b, promisesOnly, start, log)
                #expect(error.code == .badJoin)
                #expect(error.message.contains("cannot be repositioned"), "start \(start)")
            }
            #expect(group.members.count == 1)
            #expect(group.inFlightCount == 2)
            #expect(group.store.position == 0, "a refused join does not move the group")

            try group.join(b, filter: TypeFilter(patterns: [Fixture.made, Fixture.made]), start: .committed, log: log)
            #expect(group.members.count == 2)
            // a still holds 1 (k1) and 2 (k2), so those keys wait for a.
            let free = Fixture.offsets(of: Fixture.made, below: 20).filter { $0 > 2 && ["k0", "k3"].contains(Fixture.key(Int($0))) }
            #expect(free == [4, 7, 8, 11, 16, 19])
            #expect(try group.deliver(from: log) == ["b": free])
        }
    }
}
