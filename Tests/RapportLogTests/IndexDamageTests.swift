import Foundation
import RapportLog
import Testing

@Suite("Index and identity file damage")
struct IndexDamageTests {
    /// What can happen to the files that are never synced.
    enum Damage: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case deleteIndex, truncateIndex, tearIndexEntry, bogusIndexEntry
        case deleteIds, truncateIds, tearIds
        case deleteBoth
        /// Pages lost in a power cut: the file keeps its size but reads zeros from halfway.
        case zeroIndexTail, zeroIdsTail

        /// Only the newest segment's identity file is not synced when the log rolls past it,
        /// so only there is a zeroed page expected (and repaired).
        var onlyNewest: Bool { self == .zeroIdsTail }

        var testDescription: String { rawValue }

        func apply(directory: String, base: UInt64) throws {
            let index = directory + "/" + segmentName(base, "index")
            let ids = directory + "/" + segmentName(base, "ids")
            switch self {
            case .deleteIndex:
                try FileManager.default.removeItem(atPath: index)
            case .truncateIndex:
                try truncateFile(index, to: try fileSize(index) / 32 * 16)
            case .tearIndexEntry:
                try truncateFile(index, to: try fileSize(index) - 5)
            case .bogusIndexEntry:
                // Relative offset 3, a position far past the end of the log, a late time.
                var entry: [UInt8] = []
                entry.appendLE(UInt32(3))
                entry.appendLE(UInt32(1 << 30))
                entry.appendLE(UInt64(Sample.baseTime + 5))
                try appendToFile(index, entry)
            case .deleteIds:
                try FileManager.default.removeItem(atPath: ids)
            case .truncateIds:
                try truncateFile(ids, to: try fileSize(ids) / 2 / 8 * 8)
            case .tearIds:
                try truncateFile(ids, to: try fileSize(ids) - 3)
            case .deleteBoth:
                try FileManager.default.removeItem(atPath: index)
                try FileManager.default.removeItem(atPath: ids)
            case .zeroIndexTail:
                let size = try fileSize(index)
                let from = size / 32 * 16
                try writeInFile(index, [UInt8](repeating: 0, count: Int(size - from)), at: from)
            case .zeroIdsTail:
                let size = try fileSize(ids)
                let from = size / 16 * 8
                try writeInFile(ids, [UInt8](repeating: 0, count: Int(size - from)), at: from)
            }
        }
    }

    enum Which: String, CaseIterable, Sendable { case first, middle, active, every }

    @Test("reopening rebuilds damaged indexes exactly", arguments: Damage.allCases, Which.allCases)
    func rebuild(damage: Damage, which: Which) throws {
        guard !damage.onlyNewest || which == .active else { return }
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, indexIntervalBytes: 150)
            var samples = try writeCommitted(configuration, 0..<40)
            let bases = try segmentBases(dir)
            try #require(bases.count > 3)
            let indexes = try segmentFiles(dir, "index").map { try readFile($0) }
            let ids = try segmentFiles(dir, "ids").map { try readFile($0) }
            #expect(ids.map(\.count).reduce(0, +) == 40 * 8)
            let damaged: [UInt64]
            switch which {
            case .first: damaged = [bases[0]]
            case .middle: damaged = [bases[2]]
            case .active: damaged = [bases.last!]
            case .every: damaged = bases
            }
            for base in damaged { try damage.apply(directory: dir, base: base) }

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.isEmpty)
            // Zeroed identity pages are reported (and logged); a short or missing file is simply rebuilt.
            #expect(log.recovery.rebuilt == (damage == .zeroIdsTail ? [dir + "/" + segmentName(bases.last!, "ids")] : []))
            #expect(log.nextOffset == 40)
            // Rebuilt byte for byte: same entries at the same spacing, same hashes.
            #expect(try segmentFiles(dir, "index").map { try readFile($0) } == indexes)
            #expect(try segmentFiles(dir, "ids").map { try readFile($0) } == ids)

            for offset in [0, 1, 2, 3, 4, 9, 17, 25, 33, 39, 40] {
                #expect(try readAll(log, from: UInt64(offset)) == expected(samples, from: offset), "from \(offset)")
            }
            for (i, sample) in samples.enumerated() {
                #expect(try log.offset(forTime: sample.timestamp) == UInt64(i))
                #expect(try log.offset(forTime: sample.timestamp - 5) == UInt64(i))
            }
            try expectIdentities(log, samples)
            // And the log goes on normally.
            samples += try appendSamples(log, 40..<45)
            try commit(log)
            try expectIdentities(log, samples)
            #expect(try readAll(log) == expected(samples))
        }
    }

    @Test("forEachIdentity yields each record's hash and offset once, in order, from any offset")
    func identities() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: 1 << 20))
            var samples = try appendSamples(log, 0..<30)
            try commit(log)
            try expectIdentities(log, samples)
            // Buffered records count too, and looking at them does not lose their sync job.
            samples += try appendSamples(log, 30..<34)
            try expectIdentities(log, samples)
            let job = try #require(try log.flush())
            #expect(job.upTo == 34)
            try job.run()
            #expect(try log.flush() == nil)
        }
    }

    private func expectIdentities(_ log: Log, _ samples: [Sample], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for start in [0, 1, samples.count / 2, samples.count - 1, samples.count, samples.count + 10] {
            var seen: [(UInt64, UInt64)] = []
            try log.forEachIdentity(from: UInt64(start)) { hash, offset in seen.append((hash, offset)) }
            let want = samples.enumerated().dropFirst(start).map { ($0.element.idHash, UInt64($0.offset)) }
            #expect(seen.map(\.0) == want.map(\.0), "hashes from \(start)", sourceLocation: sourceLocation)
            #expect(seen.map(\.1) == want.map(\.1), "offsets from \(start)", sourceLocation: sourceLocation)
        }
    }
}
