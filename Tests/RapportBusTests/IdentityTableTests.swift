@testable import RapportBus
import RapportTestSupport
import Testing

@Suite("Identity table")
struct IdentityTableTests {
    @Test("every inserted hash is found at its offset through many growths; others are not")
    func growth() throws {
        var table = IdentityTable()
        var mix = SplitMix64(seed: 42)
        let hashes = (0..<100_000).map { _ in mix.next() }
        for (offset, hash) in hashes.enumerated() { try table.put(hash, UInt64(offset)) }
        #expect(table.liveCount == hashes.count)
        #expect(hashes.enumerated().allSatisfy { table.find($1) == UInt64($0) })
        #expect((0..<1_000).allSatisfy { _ in table.find(mix.next()) == nil })
        #expect(table.capacity * 12 < hashes.count * 20, "stays compact: \(table.capacity) slots")
    }

    @Test("a later offset for the same hash replaces the earlier one; hash 0 works")
    func overwrite() throws {
        var table = IdentityTable()
        try table.put(7, 1)
        try table.put(7, 9)
        try table.put(0, 3)
        #expect(table.find(7) == 9)
        #expect(table.find(0) == 3)
        #expect(table.liveCount == 2)
    }

    @Test("forget only drops an entry at or after the given offset")
    func forget() throws {
        var table = IdentityTable()
        try table.put(1, 5)
        try table.put(2, 20)
        table.forget(1, from: 10)
        table.forget(2, from: 10)
        #expect(table.find(1) == 5)
        #expect(table.find(2) == nil)
        try table.put(2, 30)
        #expect(table.find(2) == 30, "a forgotten hash can be remembered again")
    }

    @Test("offsets more than 2^32 past the base rebase the table, keeping the window")
    func rebase() throws {
        let far: UInt64 = 1 << 33
        let farthest: UInt64 = far + UInt64(UInt32.max) - 1
        var table = IdentityTable(base: 100)
        try table.put(1, 100)
        table.minimum = far
        try table.put(2, far + 5)
        try table.put(3, farthest)
        let found1: UInt64? = table.find(1)
        let found2: UInt64? = table.find(2)
        let found3: UInt64? = table.find(3)
        #expect(found1 == nil, "below the window")
        #expect(found2 == far + 5)
        #expect(found3 == farthest)
        #expect(table.base > 100)
        // A window wider than 2^32 offsets is narrowed: the oldest entries go.
        try table.put(4, farthest + 10)
        let kept: UInt64? = table.find(4)
        let dropped: UInt64? = table.find(2)
        #expect(kept == farthest + 10)
        #expect(dropped == nil)
    }

    @Test("entries below the window are ignored, and not moved when the table next grows")
    func window() throws {
        var table = IdentityTable()
        var offset: UInt64 = 0
        func put() throws {
            try table.put(offset + 1, offset)
            offset += 1
        }
        for _ in 0..<2_000 { try put() }
        while table.isGrowing { try put() }
        // Every entry is in one table now; the window then leaves the newest 500 inside.
        #expect(table.used == Int(offset))
        table.minimum = offset - 500
        let below: UInt64? = table.find(1)
        let inside: UInt64? = table.find(offset)
        #expect(below == nil)
        #expect(inside == offset - 1)
        #expect(table.liveCount == 500)
        // Insert until a growth has started and finished moving: only live entries move.
        let start = offset
        var grew = false
        while !grew || table.isGrowing {
            try put()
            grew = grew || table.isGrowing
        }
        #expect(table.used == table.liveCount)
        #expect(table.liveCount == 500 + Int(offset - start))
        let kept: UInt64? = table.find(start)
        #expect(kept == start - 1)
    }
}

@Suite("Identity table growth")
struct IdentityTableGrowthTests {
    @Test("while a growth moves entries across, every entry stays findable, newer offsets win, forgets hold")
    func incrementalGrowth() throws {
        var table = IdentityTable()
        var mix = SplitMix64(seed: 7)
        var expected: [UInt64: UInt64] = [:]
        var sawGrowing = false
        for offset in 0..<50_000 {
            let hash = offset % 10 == 0 && offset > 0 ? Array(expected.keys)[offset % expected.count] : mix.next()
            try table.put(hash, UInt64(offset))
            expected[hash] = UInt64(offset)
            if offset % 7 == 0 {
                table.forget(hash, from: UInt64(offset))
                expected[hash] = nil
            }
            if table.isGrowing {
                sawGrowing = true
                // Spot-check during the move.
                for (h, o) in expected.prefix(50) { #expect(table.find(h) == o) }
            }
        }
        #expect(sawGrowing, "the test crossed at least one growth")
        #expect(expected.allSatisfy { table.find($0.key) == $0.value })
        #expect(table.liveCount == expected.count)
    }

    @Test("a growth gives back the previous table's pages behind the move; every entry stays findable, re-inserts and forgets hold")
    func growthGivesMemoryBack() throws {
        var table = IdentityTable()
        var mix = SplitMix64(seed: 99)
        var expected: [UInt64: UInt64] = [:]
        var hashes: [UInt64] = []
        var released = 0
        var checksWhileGrowing = 0
        for offset in 0..<300_000 {
            let hash: UInt64
            if offset % 13 == 0 && !hashes.isEmpty {
                hash = hashes[Int(mix.next() % UInt64(hashes.count))]  // a newer offset for a known hash
            } else {
                hash = mix.next()
                hashes.append(hash)
            }
            try table.put(hash, UInt64(offset))
            expected[hash] = UInt64(offset)
            if offset % 17 == 0 {
                table.forget(hash, from: UInt64(offset))
                expected[hash] = nil
            }
            guard table.isGrowing else { continue }
            released = max(released, table.previousReleasedSlots)
            if offset % 1_009 == 0 {
                checksWhileGrowing += 1
                let wrong = expected.filter { table.find($0.key) != $0.value }
                #expect(wrong.isEmpty, "\(wrong.count) entries wrong mid-growth at offset \(offset)")
                #expect((0..<200).allSatisfy { _ in table.find(mix.next()) == nil })
            }
        }
        #expect(checksWhileGrowing >= 3, "checked during growths")
        #expect(released > 10_000, "the previous table's pages were given back during a growth (\(released) slots)")
        #expect(expected.allSatisfy { table.find($0.key) == $0.value })
        #expect(table.liveCount == expected.count)
    }

    @Test("slot memory given back a few slots at a time frees whole pages, which then read as empty")
    func slotMemoryRelease() throws {
        let memory = try SlotMemory(capacity: 100_000)
        for i in 0..<memory.capacity { memory.keys[i] = UInt64(i + 1); memory.values[i] = 7 }
        var end = 0
        while end < 50_000 {
            end = min(end + 64, 50_000)  // as a growth moves them
            memory.release(below: end)
        }
        #expect(memory.releasedSlots > 49_000 && memory.releasedSlots <= 50_000, "\(memory.releasedSlots)")
        // All but the partial pages at the start of each array read as empty now.
        #expect((0..<50_000).filter { memory.keys[$0] == 0 }.count >= 49_000)
        #expect((0..<50_000).filter { memory.values[$0] == 0 }.count >= 48_000)
        #expect((50_000..<memory.capacity).allSatisfy { memory.keys[$0] == UInt64($0 + 1) && memory.values[$0] == 7 })
    }
}

@Suite("Identity table out of memory")
struct IdentityTableMemoryTests {
    /// Room for one table of 1,024 slots (the smallest), and no larger.
    static let smallestOnly = SlotAllocator(maxTableBytes: 1_024 * SlotMemory.bytesPerSlot)

    @Test("slots the system cannot allocate are a thrown error naming the slots, MiB and what to change, not a crash")
    func systemRefuses() throws {
        let slots = 1 << 56  // 768 PiB: more than any address space
        let error = try #require(throws: SlotAllocationError.self) { try SlotMemory(capacity: slots) }
        #expect(error.slots == slots)
        #expect(error.description.contains("\(error.mebibytes) MiB for \(slots) de-duplication slots"), "\(error)")
        #expect(error.description.contains("give the bus more memory or shorten dedup.window"), "\(error)")
        #expect(throws: SlotAllocationError.self) { try IdentityTable(expected: 1 << 55) }
    }

    @Test("when a growth cannot be allocated, reserve throws and the table keeps every entry and keeps serving")
    func growthRefused() throws {
        var table = try IdentityTable(expected: 0, allocator: Self.smallestOnly)
        var mix = SplitMix64(seed: 5)
        var expected: [UInt64: UInt64] = [:]
        var offset: UInt64 = 0
        var refusal: SlotAllocationError?
        while refusal == nil {
            do throws(SlotAllocationError) {
                try table.reserve(1)
                let hash = mix.next()
                let stored = table.insert(hash, offset)
                #expect(stored)
                expected[hash] = offset
                offset += 1
            } catch {
                refusal = error
            }
        }
        let error = try #require(refusal)
        #expect(expected.count == 1_024 * 4 / 5, "grows past 80% full")
        #expect(error.slots > 1_024)
        #expect(error.description.contains("dedup.window"), "\(error)")
        #expect(!table.isGrowing)
        #expect(table.capacity == 1_024)
        #expect(expected.allSatisfy { table.find($0.key) == $0.value }, "nothing stored is lost")
        #expect(table.liveCount == expected.count)
        #expect((0..<200).allSatisfy { _ in table.find(mix.next()) == nil })
        #expect(throws: SlotAllocationError.self, "a later call tries again") { try table.reserve(1) }

        // Still serving: newer offsets for known hashes, forgets, and (for inserts nobody
        // reserved for) new hashes in the slack, until it is used up; then refused, changing nothing.
        let (known, _) = try #require(expected.first)
        let replaced = table.insert(known, offset)
        #expect(replaced)
        expected[known] = offset
        offset += 1
        let (forgotten, at) = try #require(expected.first { $0.key != known })
        table.forget(forgotten, from: at)
        expected[forgotten] = nil
        var slack = 0
        while true {
            let hash = mix.next()
            guard table.insert(hash, offset) else {
                #expect(table.find(hash) == nil)
                break
            }
            expected[hash] = offset
            offset += 1
            slack += 1
        }
        #expect(slack == (1_024 - 1_024 / 10) - 1_024 * 4 / 5, "the slack between 80% and 90% full")
        #expect(expected.allSatisfy { table.find($0.key) == $0.value }, "nothing stored is lost")
        #expect(table.liveCount == expected.count)
    }

    @Test("a growth that cannot be allocated while another is still moving finishes that move first and loses nothing")
    func growthRefusedMidMove() throws {
        // The first growth (to 1,462 slots) fits the budget, the next does not.
        var table = try IdentityTable(expected: 0, allocator: SlotAllocator(maxTableBytes: 1_462 * SlotMemory.bytesPerSlot))
        var mix = SplitMix64(seed: 11)
        var expected: [UInt64: UInt64] = [:]
        var offset: UInt64 = 0
        while !table.isGrowing || offset % 5 != 0 {
            let hash = mix.next()
            try table.put(hash, offset)
            expected[hash] = offset
            offset += 1
        }
        #expect(table.isGrowing)
        #expect(expected.allSatisfy { table.find($0.key) == $0.value })
        #expect(throws: SlotAllocationError.self) { try table.reserve(1_200) }
        #expect(!table.isGrowing, "the move under way was finished")
        #expect(table.capacity == 1_462)
        #expect(expected.allSatisfy { table.find($0.key) == $0.value }, "nothing stored is lost")
        #expect(table.liveCount == expected.count)
        try table.put(mix.next(), offset)  // room for one more is still there
    }

    @Test("offsets more than 2^32 past the base rebase the table in place, with no memory to spare")
    func rebaseNeedsNoMemory() throws {
        let far: UInt64 = 1 << 33
        var table = try IdentityTable(expected: 0, base: 100, allocator: Self.smallestOnly)
        for i in UInt64(0)..<100 { try table.put(i + 1, 100 + i) }
        table.minimum = far
        try table.put(1_000, far + 5)
        #expect(table.base == far)
        #expect(table.find(1_000) == far + 5)
        #expect(table.find(1) == nil, "below the window")
        #expect(table.capacity == 1_024)
    }
}

extension IdentityTable {
    /// Reserves room, then inserts: what the broker does for every event.
    mutating func put(_ hash: UInt64, _ offset: UInt64) throws(SlotAllocationError) {
        try reserve(1)
        let stored = insert(hash, offset)
        #expect(stored, "an insert after reserve is always stored")
    }
}
