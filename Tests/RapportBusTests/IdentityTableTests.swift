@testable import RapportBus
import RapportTestSupport
import Testing

@Suite("Identity table")
struct IdentityTableTests {
    @Test("every inserted hash is found at its offset through many growths; others are not")
    func growth() {
        var table = IdentityTable()
        var mix = SplitMix64(seed: 42)
        let hashes = (0..<100_000).map { _ in mix.next() }
        for (offset, hash) in hashes.enumerated() { table.insert(hash, UInt64(offset)) }
        #expect(table.liveCount == hashes.count)
        #expect(hashes.enumerated().allSatisfy { table.find($1) == UInt64($0) })
        #expect((0..<1_000).allSatisfy { _ in table.find(mix.next()) == nil })
        #expect(table.capacity * 12 < hashes.count * 20, "stays compact: \(table.capacity) slots")
    }

    @Test("a later offset for the same hash replaces the earlier one; hash 0 works")
    func overwrite() {
        var table = IdentityTable()
        table.insert(7, 1)
        table.insert(7, 9)
        table.insert(0, 3)
        #expect(table.find(7) == 9)
        #expect(table.find(0) == 3)
        #expect(table.liveCount == 2)
    }

    @Test("forget only drops an entry at or after the given offset")
    func forget() {
        var table = IdentityTable()
        table.insert(1, 5)
        table.insert(2, 20)
        table.forget(1, from: 10)
        table.forget(2, from: 10)
        #expect(table.find(1) == 5)
        #expect(table.find(2) == nil)
        table.insert(2, 30)
        #expect(table.find(2) == 30, "a forgotten hash can be remembered again")
    }

    @Test("offsets more than 2^32 past the base rebase the table, keeping the window")
    func rebase() {
        let far: UInt64 = 1 << 33
        let farthest: UInt64 = far + UInt64(UInt32.max) - 1
        var table = IdentityTable(base: 100)
        table.insert(1, 100)
        table.minimum = far
        table.insert(2, far + 5)
        table.insert(3, farthest)
        let found1: UInt64? = table.find(1)
        let found2: UInt64? = table.find(2)
        let found3: UInt64? = table.find(3)
        #expect(found1 == nil, "below the window")
        #expect(found2 == far + 5)
        #expect(found3 == farthest)
        #expect(table.base > 100)
        // A window wider than 2^32 offsets is narrowed: the oldest entries go.
        table.insert(4, farthest + 10)
        let kept: UInt64? = table.find(4)
        let dropped: UInt64? = table.find(2)
        #expect(kept == farthest + 10)
        #expect(dropped == nil)
    }

    @Test("entries below the window are ignored and dropped at the next rebuild")
    func window() {
        var table = IdentityTable()
        for i in 0..<2_000 { table.insert(UInt64(i + 1), UInt64(i)) }
        table.minimum = 1_500
        let below: UInt64? = table.find(1)
        let inside: UInt64? = table.find(1_501)
        #expect(below == nil)
        #expect(inside == UInt64(1_500))
        #expect(table.liveCount == 500)
        table.rebuild(base: table.base)
        #expect(table.used == 500)
        let kept: UInt64? = table.find(2_000)
        #expect(kept == UInt64(1_999))
    }
}

@Suite("Identity table growth")
struct IdentityTableGrowthTests {
    @Test("while a growth moves entries across, every entry stays findable, newer offsets win, forgets hold")
    func incrementalGrowth() {
        var table = IdentityTable()
        var mix = SplitMix64(seed: 7)
        var expected: [UInt64: UInt64] = [:]
        var sawGrowing = false
        for offset in 0..<50_000 {
            let hash = offset % 10 == 0 && offset > 0 ? Array(expected.keys)[offset % expected.count] : mix.next()
            table.insert(hash, UInt64(offset))
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
    func growthGivesMemoryBack() {
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
            table.insert(hash, UInt64(offset))
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
    func slotMemoryRelease() {
        let memory = SlotMemory(capacity: 100_000)
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
