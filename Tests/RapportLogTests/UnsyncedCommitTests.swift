import Foundation
import RapportLog
import Testing

/// A crash before a commit's sync can keep a later page of it (and the index entry pointing
/// there) while losing an earlier one. Nothing in that commit was acknowledged, so recovery
/// cuts at the first damaged record: a hole must never stay inside the log.
@Suite("Holes in an unsynced commit")
struct UnsyncedCommitTests {
    /// What a crash may leave where a page of the last commit was.
    enum Hole: String, CaseIterable, CustomTestStringConvertible, Sendable {
        /// A 4 KiB page, aligned in the file, reads as zeros (or the preallocated zeros).
        case zeroPage
        /// A 4 KiB page, aligned in the file, holds bytes that were never written there.
        case garbagePage
        /// A page of zeros that starts exactly where a record does (the scan sees a zero
        /// length, which elsewhere means the end of the data).
        case zerosFromRecordStart

        var testDescription: String { rawValue }

        /// Where the damage starts, given where the last commit starts in the file.
        func start(commitStart: Int64, recordStarts: [Int64]) -> Int64 {
            switch self {
            case .zeroPage, .garbagePage: return (commitStart + 4095) / 4096 * 4096
            case .zerosFromRecordStart: return recordStarts.first { $0 > commitStart }!
            }
        }

        var bytes: [UInt8] {
            switch self {
            case .zeroPage, .zerosFromRecordStart: return [UInt8](repeating: 0, count: 4096)
            case .garbagePage: return (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) | 1 }
            }
        }
    }

    @Test("a hole before the last index entry of the active segment cuts the log there",
          arguments: Hole.allCases, [false, true])
    func holeInActiveSegment(hole: Hole, preallocate: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, segmentBytes: 1 << 20, preallocate: preallocate)
            var samples = try writeCommitted(configuration, 0..<40)
            samples += try writeCommitted(configuration, 40..<80)
            samples += try writeCommitted(configuration, 80..<140)
            let path = try #require(try segmentFiles(dir, "log").only)
            let starts = recordStarts(samples)
            let damage = hole.start(commitStart: starts[80], recordStarts: starts)
            let lastEntry = try #require(try indexPositions(dir + "/" + segmentName(0, "index")).last)
            try #require(damage + 4096 <= lastEntry, "the last index entry points past the hole")
            try writeInFile(path, hole.bytes, at: damage)
            // The first record the damage touches, and every one after it, were never acknowledged.
            let cut = starts.indices.first { starts[$0] + Int64(samples[$0].encodedSize) > damage }!
            #expect(cut >= 80)

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.count == 1)
            #expect(log.recovery.cuts.first?.path == path)
            #expect(log.recovery.cuts.first?.position == starts[cut])
            #expect(log.recovery.records == UInt64(cut))
            #expect(log.nextOffset == UInt64(cut))
            let kept = Array(samples.prefix(cut))
            #expect(try readAll(log) == expected(kept))
            for offset in [0, 1, 39, 40, 79, cut - 1] {
                #expect(try readAll(log, from: UInt64(offset)) == expected(kept, from: offset), "from \(offset)")
            }
            for (i, sample) in kept.enumerated() {
                #expect(try log.offset(forTime: sample.timestamp) == UInt64(i))
            }

            // Appends go on from the cut, and are read back now and after reopening.
            let more = try appendSamples(log, cut..<(cut + 5))
            try commit(log)
            #expect(try readAll(log) == expected(kept + more))
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(reopened.nextOffset == UInt64(cut + 5))
            #expect(try readAll(reopened) == expected(kept + more))
        }
    }

    /// The segment the log rolled away from is synced by the first commit after the roll, so
    /// a crash before that commit can leave a hole in it too.
    @Test("a hole in the segment before the newest cuts it and moves the newest aside")
    func holeInSegmentBeforeNewest() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            var samples = try writeCommitted(configuration, 0..<30)
            samples += try writeUnsynced(configuration, 30..<45)
            let bases = try segmentBases(dir)
            try #require(bases.count >= 3)
            let (closed, newest) = (Int(bases[bases.count - 2]), Int(bases[bases.count - 1]))
            try #require(newest > 30, "the last commit has records in the segment before the newest")
            let damaged = max(30, closed)
            let starts = recordStarts(Array(samples[closed..<newest]))
            let at = starts[damaged - closed]
            let lastEntry = try #require(try indexPositions(dir + "/" + segmentName(UInt64(closed), "index")).last)
            try #require(at < lastEntry, "an index entry points past the hole")
            let path = dir + "/" + segmentName(UInt64(closed), "log")
            try writeInFile(path, [UInt8](repeating: 0, count: samples[damaged].encodedSize), at: at)

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.contains { $0.path == path && $0.position == at })
            #expect(log.recovery.cuts.contains { $0.reason.contains("moved to") })
            #expect(FileManager.default.fileExists(atPath: dir + "/quarantine-\(newest)/" + segmentName(UInt64(newest), "log")))
            #expect(log.nextOffset == UInt64(damaged))
            let kept = Array(samples.prefix(damaged))
            #expect(try readAll(log) == expected(kept))

            let more = try appendSamples(log, damaged..<(damaged + 3))
            try commit(log)
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(try readAll(reopened) == expected(kept + more))
        }
    }

    @Test("zeroed identity hashes of the segment before the newest are rebuilt")
    func zeroedIdsBeforeNewest() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let samples = try writeCommitted(configuration, 0..<40)
            let bases = try segmentBases(dir)
            try #require(bases.count >= 3)
            let ids = dir + "/" + segmentName(bases[bases.count - 2], "ids")
            let before = try segmentFiles(dir, "ids").map { try readFile($0) }
            let size = try fileSize(ids)
            try writeInFile(ids, [UInt8](repeating: 0, count: Int(size / 2)), at: size - size / 2)

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.isEmpty)
            #expect(log.recovery.rebuilt == [ids])
            #expect(try segmentFiles(dir, "ids").map { try readFile($0) } == before)
            var seen: [UInt64] = []
            try log.forEachIdentity(from: 0) { hash, _ in seen.append(hash) }
            #expect(seen == samples.map(\.idHash))
        }
    }

    /// Every start reads the newest segments whole; an undamaged log must come back as it was.
    @Test("an intact log after an unclean stop loses nothing and is not rewritten", arguments: [false, true])
    func intactAfterUncleanStop(preallocate: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, preallocate: preallocate)
            var samples: [Sample] = []
            do {
                // Commits of several sizes, the last across a roll; the log is never closed.
                let log = try Log(configuration: configuration)
                for range in [0..<3, 3..<20, 20..<21, 21..<45] {
                    samples += try appendSamples(log, range)
                    try commit(log)
                }
            }
            let files = try ["log", "index", "ids"].flatMap { try segmentFiles(dir, $0) }
            let before = try files.map { try readFile($0) }

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.isEmpty)
            #expect(log.recovery.rebuilt.isEmpty)
            #expect(log.recovery.records == 45)
            #expect(log.nextOffset == 45)
            #expect(try readAll(log) == expected(samples))
            #expect(try files.map { try readFile($0) } == before)
            for (i, sample) in samples.enumerated() {
                #expect(try log.offset(forTime: sample.timestamp) == UInt64(i))
            }
        }
    }
}

extension Array {
    /// The only element, or `nil` unless there is exactly one.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
