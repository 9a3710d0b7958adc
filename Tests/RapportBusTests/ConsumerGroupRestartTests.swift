import RapportLog
import RapportWire
import Testing
@testable import RapportBus

/// What a group knows after the bus restarts: its state is reopened from the journal on disk,
/// as ``Broker`` does at start (``ConsumerGroup/recoverPosition(log:)``).
@Suite("Consumer group state across restarts")
struct ConsumerGroupRestartTests {
    /// Reopens the group from its files, as a restarted bus does; unflushed records are lost.
    private func restart(_ dir: String, log: Log, maxDeliveries: Int = 3) throws -> ConsumerGroup {
        let group = try makeGroup(dir, log: log, maxDeliveries: maxDeliveries)
        try group.recoverPosition(log: log)
        return group
    }

    @Test("delivery counts go on after a restart instead of starting again from zero")
    func attemptsSurviveRestart() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            do {
                let group = try makeGroup(dir, log: log, maxDeliveries: 3)
                let a = makeMember("a", credit: 1)
                try group.join(a, filter: promisesOnly, start: .earliest, log: log)
                let first = try #require(try group.deliverEvents(from: log)["a"])
                #expect(first.map(\.attempts) == [1])
                _ = group.nack(1, from: a.identity, error: "fails")
                a.credit = 1
                let second = try #require(try group.deliverEvents(from: log)["a"])
                #expect(second.map { [$0.offset, UInt64($0.attempts)] } == [[1, 2]])
                #expect(try group.store.flush())
                // The bus dies holding the second delivery.
            }
            let group = try restart(dir, log: log)
            let a = makeMember("a", credit: 1)
            try group.join(a, filter: promisesOnly, start: .committed, log: log)
            let third = try #require(try group.deliverEvents(from: log)["a"])
            #expect(third.map { [$0.offset, UInt64($0.attempts)] } == [[1, 3]], "the count goes on at 3")
            // The third delivery fails: that is maxDeliveries, so it is dead-lettered.
            let letter = try #require(group.nack(1, from: a.identity, error: "fails again") ?? nil)
            #expect(letter.attempts == 3)
            #expect(group.takeExhausted().isEmpty)
        }
    }

    @Test("a DELIVER that could not be sent does not count as a delivery, in memory or after a restart")
    func unsentDeliveryDoesNotCount() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            do {
                let group = try makeGroup(dir, log: log)
                let a = makeMember("a", credit: 2), b = makeMember("b")
                try group.join(a, filter: promisesOnly, start: .earliest, log: log)
                try group.join(b, filter: promisesOnly, start: .committed, log: log)
                #expect(try group.deliver(from: log) == ["a": [1, 2]])
                group.unsent([1, 2], to: a.identity)
                #expect(group.remove(a.identity, reason: "gone").isEmpty)
                b.credit = 2
                let again = try #require(try group.deliverEvents(from: log)["b"])
                #expect(again.map { [$0.offset, UInt64($0.attempts)] } == [[1, 1], [2, 1]], "first real deliveries")
                #expect(try group.store.flush())
            }
            let group = try restart(dir, log: log)
            #expect(group.store.deliveryCount(1) == 1)
            #expect(group.store.deliveryCount(2) == 1)
        }
    }

    @Test("an event whose last delivery was in flight when the bus died is dead-lettered, not delivered again")
    func exhaustedAtRestart() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)
            do {
                let group = try makeGroup(dir, log: log, maxDeliveries: 2)
                let a = makeMember("a", credit: 1)
                try group.join(a, filter: promisesOnly, start: .earliest, log: log)
                _ = try group.deliver(from: log)
                _ = group.nack(1, from: a.identity, error: "fails")
                a.credit = 1
                #expect(try group.deliver(from: log) == ["a": [1]])
                #expect(try group.store.flush())
            }
            let group = try restart(dir, log: log, maxDeliveries: 2)
            let a = makeMember("a", credit: 10)
            try group.join(a, filter: promisesOnly, start: .committed, log: log)
            let delivered = try group.deliver(from: log)["a"] ?? []
            #expect(!delivered.contains(1), "offset 1 had its 2 deliveries")
            let letters = group.takeExhausted()
            #expect(letters.map(\.record.offset) == [1])
            #expect(letters.first?.attempts == 2)
            #expect(letters.first?.error.contains("restarted") == true)
        }
    }

    @Test("a position recorded behind durable acks catches up at restart (INFO and JOINED report it)")
    func positionCatchesUpWithAcks() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir)  // 20 records; promises at 1, 2, 4, 5, 7, 8, …
            do {
                let group = try makeGroup(dir, log: log)
                let a = makeMember("a", credit: 6)
                try group.join(a, filter: promisesOnly, start: .earliest, log: log)
                #expect(try group.deliver(from: log) == ["a": [1, 2, 4, 5, 7, 8]])
                for offset: UInt64 in [1, 2, 4, 5, 8] { #expect(group.ack(offset, from: a.identity)) }
                // The commit that made the acks durable (and answered ACKED) completed; the bus
                // died before the next one recorded the position.
                #expect(try group.store.flush())
                #expect(group.position == 7)
                #expect(group.store.position == 0)
            }
            let group = try restart(dir, log: log)
            #expect(group.position == 7, "0–6 are done: acknowledged or not promises")
            #expect(group.lag(durableEnd: log.nextOffset) == 12, "7, and 9–19 unread; 8 is acknowledged")
            // And the recovered position is recorded, so the next restart starts there too.
            #expect(try group.store.flush())
            #expect(try makeGroup(dir, log: log).store.position == 7)
        }
    }

    @Test("lag counts the events not yet done: acknowledgements out of order do not count as lag")
    func lagWithAcksOutOfOrder() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir, records: 0..<6)
            let group = try makeGroup(dir, log: log)
            let a = makeMember("a", credit: 10)
            try group.join(a, filter: .all, start: .earliest, log: log)
            #expect(group.lag(durableEnd: 6) == 6)
            #expect(try group.deliver(from: log) == ["a": [0, 1, 2, 3, 4, 5]])
            #expect(group.lag(durableEnd: 6) == 6)
            for offset: UInt64 in [1, 2, 4] { #expect(group.ack(offset, from: a.identity)) }
            #expect(group.position == 0)
            #expect(group.lag(durableEnd: 6) == 3, "0, 3 and 5 are not done")
            #expect(group.lag(durableEnd: 10) == 7, "and 4 more durable, unread")
        }
    }
}
