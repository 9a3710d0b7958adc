import RapportTestSupport
import Testing
@testable import RapportBus

@Suite("De-duplication table")
struct DeduplicatorTests {
    @Test("a remembered hash is a candidate at its latest offset; others are not")
    func rememberAndCandidate() {
        var dedup = Deduplicator()
        #expect(dedup.candidate(1) == nil)
        dedup.remember(1, at: 7)
        dedup.remember(2, at: 8)
        #expect(dedup.candidate(1) == 7)
        #expect(dedup.candidate(2) == 8)
        #expect(dedup.candidate(3) == nil)
        dedup.remember(1, at: 12)
        #expect(dedup.candidate(1) == 12)
        #expect(dedup.scannedCount == 2)
    }

    @Test("an entry below the window's start is not a candidate")
    func windowStartIgnoresOlderOffsets() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir, records: 0..<10)
            var dedup = Deduplicator()
            try dedup.load(from: log, from: 5)
            #expect(dedup.windowStart == 5)
            dedup.remember(100, at: 4)
            dedup.remember(101, at: 5)
            #expect(dedup.candidate(100) == nil)
            #expect(dedup.candidate(101) == 5)
        }
    }

    @Test("sliding the window drops entries below its new start and never moves it back")
    func slide() {
        var dedup = Deduplicator()
        for offset in UInt64(0)..<10 { dedup.remember(1_000 + offset, at: offset) }
        dedup.slide(to: 6)
        #expect(dedup.windowStart == 6)
        #expect(dedup.count == 4)
        for offset in UInt64(0)..<10 {
            #expect(dedup.candidate(1_000 + offset) == (offset >= 6 ? offset : nil), "offset \(offset)")
        }
        dedup.slide(to: 2)
        #expect(dedup.windowStart == 6)
        dedup.remember(5, at: 3)
        #expect(dedup.candidate(5) == nil)
    }

    /// INFO reports `count` on the broker thread: it must not scan the table (17–19 ms at 4
    /// million identities), and must still say what a scan would, as the broker uses the table:
    /// every stored event remembered at the next offset, rollbacks forgetting a tail, the window
    /// sliding, a restart loading from the log.
    @Test("the count INFO reads is kept as events are remembered, rolled back and the window slides, and equals a scan")
    func countKeptAsItChanges() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir, records: 0..<20)
            var dedup = Deduplicator()
            try dedup.load(from: log, from: 4)
            #expect(dedup.count == 16)
            #expect(dedup.count == dedup.scannedCount)
            var rng = SplitMix64(seed: 11)
            var next: UInt64 = 20
            for round in 0..<200 {
                switch rng.next() % 10 {
                case 0 where next > dedup.windowStart:
                    // A failed write rolls back the newest few events.
                    let firstLost = next - min(next - dedup.windowStart, rng.next() % 5)
                    dedup.forget((firstLost..<next).map { 0xABC0_0000 + $0 }, from: firstLost)
                    next = firstLost
                case 1:
                    dedup.slide(to: dedup.windowStart + rng.next() % 4)
                default:
                    try dedup.makeRoom()
                    dedup.remember(0xABC0_0000 + next, at: next)
                    next += 1
                }
                #expect(dedup.count == dedup.scannedCount, "round \(round)")
            }
        }
    }

    @Test("forget drops only the given hashes still pointing at or after the offset")
    func forget() {
        var dedup = Deduplicator()
        dedup.remember(1, at: 3)
        dedup.remember(2, at: 10)
        dedup.remember(3, at: 12)
        dedup.remember(4, at: 11)
        dedup.forget([1, 2, 3, 99], from: 10)
        #expect(dedup.candidate(1) == 3)
        #expect(dedup.candidate(2) == nil)
        #expect(dedup.candidate(3) == nil)
        #expect(dedup.candidate(4) == 11)
        #expect(dedup.scannedCount == 2)
    }

    @Test("load rebuilds the table from the log's identities", arguments: [UInt64(0), 12, 20, 50])
    func load(start: UInt64) throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir, records: 0..<20)
            var dedup = Deduplicator()
            try dedup.load(from: log, from: start)
            #expect(dedup.windowStart == start)
            #expect(dedup.count == 20 - Int(min(start, 20)))
            for i in 0..<20 {
                #expect(dedup.candidate(Fixture.idHash(i)) == (UInt64(i) >= start ? UInt64(i) : nil), "record \(i)")
            }
        }
    }

    @Test("load after reopening the log sees the same identities")
    func loadAfterReopen() throws {
        try withTemporaryDirectory { dir in
            do { _ = try makeLog(dir, records: 0..<15) }
            let log = try makeLog(dir, records: 15..<20)
            var dedup = Deduplicator()
            try dedup.load(from: log, from: 0)
            #expect(dedup.count == 20)
            #expect(dedup.candidate(Fixture.idHash(3)) == 3)
            #expect(dedup.candidate(Fixture.idHash(17)) == 17)
        }
    }

    @Test("makeRoom throws when the table cannot grow; every identity stays and is still found")
    func makeRoomRefused() throws {
        var dedup = Deduplicator(allocator: SlotAllocator(maxTableBytes: 1_024 * SlotMemory.bytesPerSlot))
        var offset: UInt64 = 0
        var refusal: SlotAllocationError?
        while refusal == nil {
            do throws(SlotAllocationError) {
                try dedup.makeRoom()
                dedup.remember(10_000 + offset, at: offset)
                offset += 1
            } catch {
                refusal = error
            }
        }
        let error = try #require(refusal)
        #expect(offset > 0, "the first table was allocated")
        #expect(error.description.contains("give the bus more memory or shorten dedup.window"), "\(error)")
        #expect(dedup.count == Int(offset))
        #expect((0..<offset).allSatisfy { dedup.candidate(10_000 + $0) == $0 }, "nothing remembered is lost")
        #expect(throws: SlotAllocationError.self) { try dedup.makeRoom() }

        // A caller that does not make room still gets its hash into the slack.
        dedup.remember(1, at: offset)
        #expect(dedup.candidate(1) == offset)
        #expect((0..<offset).allSatisfy { dedup.candidate(10_000 + $0) == $0 })
    }

    @Test("refusals are counted, and reported the first time and then at most once a minute")
    func refusalReports() {
        var dedup = Deduplicator()
        let reported = [1_000, 2_000, 60_999, 61_000].map { dedup.noteRefusal(now: $0) }
        #expect(reported == [true, false, false, true])
        #expect(dedup.refusals == 4)
    }

    @Test("load throws a precise error, instead of crashing, when the window's table cannot be allocated")
    func loadRefused() throws {
        try withTemporaryDirectory { dir in
            let log = try makeLog(dir, records: 0..<20)
            var dedup = Deduplicator(allocator: SlotAllocator(maxTableBytes: 0))
            let error = try #require(throws: DeduplicatorLoadError.self) { try dedup.load(from: log, from: 5) }
            guard case .memory(let cause, events: 15) = error else {
                Issue.record("expected a memory error for 15 events, got \(error)")
                return
            }
            #expect(cause.slots == 1_024)
            #expect(error.description == "cannot load the 15 identities of the de-duplication window: "
                + "out of memory: cannot allocate 1 MiB for 1024 de-duplication slots; give the bus more memory or shorten dedup.window")
            #expect(dedup.candidate(Fixture.idHash(7)) == nil)
            #expect(dedup.count == 0)
        }
    }
}
