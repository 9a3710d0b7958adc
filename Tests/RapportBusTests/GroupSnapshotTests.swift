import Testing
import RapportLog
@testable import RapportBus

@Suite("Group state snapshots")
struct GroupSnapshotTests {
    @Test("a snapshot reads back what was written, delivery counts included")
    func roundTrip() throws {
        let snapshot = GroupSnapshot(generation: 4, position: 100, hasPosition: true,
                                     acked: [103, 101, 250], deliveries: [100: 2, 102: 1, 104: 5])
        #expect(try GroupSnapshot(decoding: snapshot.encoded(), path: "state") == snapshot)
        let empty = GroupSnapshot(generation: 1, position: 0, hasPosition: false, acked: [], deliveries: [:])
        #expect(try GroupSnapshot(decoding: empty.encoded(), path: "state") == empty)
    }

    @Test("a snapshot written before delivery counts were kept reads with none")
    func olderLayout() throws {
        var bytes: [UInt8] = []
        for v: UInt64 in [3, 40, 1, 2, 41, 45] { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        let crc = CRC32C.checksum(bytes)
        withUnsafeBytes(of: crc.littleEndian) { bytes.append(contentsOf: $0) }
        let snapshot = try GroupSnapshot(decoding: bytes, path: "state")
        #expect(snapshot == GroupSnapshot(generation: 3, position: 40, hasPosition: true, acked: [41, 45], deliveries: [:]))
    }

    @Test("a damaged or cut snapshot is a corrupt-state error, not a crash")
    func damaged() throws {
        let good = GroupSnapshot(generation: 2, position: 9, hasPosition: true, acked: [11], deliveries: [9: 3]).encoded()
        for cut in [0, 8, 36, good.count - 20, good.count - 1] {
            #expect(throws: LogError.self, "cut at \(cut)") { try GroupSnapshot(decoding: Array(good.prefix(cut)), path: "state") }
        }
        var flipped = good
        flipped[20] ^= 0x40
        #expect(throws: LogError.self) { try GroupSnapshot(decoding: flipped, path: "state") }
    }

    @Test("delivery counts survive a compaction and a reopen; an ack or a reset clears them")
    func throughTheStore() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.reset(to: 10)
                store.delivered(12)
                store.delivered(12)
                store.delivered(13)
                store.delivered(9)  // below the position: not counted
                #expect(store.deliveryCount(9) == 0)
                #expect(try store.flush())
                try store.compact()
                store.delivered(13)
                store.ack(14)
                store.delivered(14)
                store.ack(14)
                #expect(try store.flush())
            }
            let store = try GroupStore(directory: dir)
            #expect(store.deliveryCount(12) == 2)
            #expect(store.deliveryCount(13) == 2)
            #expect(store.deliveryCount(14) == 0, "acknowledged")
            store.advance(to: 13)
            #expect(store.deliveryCount(12) == 0, "below the position")
            #expect(store.deliveryCount(13) == 2)
            store.reset(to: 0)
            #expect(store.deliveries.isEmpty)
        }
    }

    /// On a group that is never idle, acks and deliveries are always buffered when a commit
    /// completes; compaction must still happen, and must keep what was buffered.
    @Test("compaction with records still buffered folds them into the snapshot, once")
    func compactWithPending() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.reset(to: 0)
                store.delivered(5)
                #expect(try store.flush())
                store.ack(3)
                store.delivered(5)
                store.delivered(6)
                try store.compact()
                #expect(try !store.flush(), "nothing left to write: the snapshot holds it")
                store.ack(4)
                #expect(try store.flush())
            }
            let store = try GroupStore(directory: dir)
            #expect(store.acked == [3, 4])
            #expect(store.deliveryCount(5) == 2, "counted once each, not again from a journal")
            #expect(store.deliveryCount(6) == 1)
        }
    }
}
