import Foundation
import RapportLog
import Testing

@Suite("Torn tails")
struct TornTailTests {
    /// What a crash may leave after the last whole record of the active segment.
    enum Tail: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case garbage, partialRecord, partialFrame, flippedByte, wrongOffset, zerosThenGarbage
        case zeros, fewZeros, wholeRecord

        var testDescription: String { rawValue }

        /// Whether recovery must report a cut.
        var isCut: Bool { ![.zeros, .fewZeros, .wholeRecord].contains(self) }

        /// The bytes written after the data, where the record at `next` would go.
        func bytes(next: UInt64) -> [UInt8] {
            let record = Sample(Int(next)).encoded(at: next)
            let noise = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) | 1 }
            switch self {
            case .garbage: return noise
            case .partialRecord: return Array(record.prefix(record.count / 2))
            case .partialFrame: return Array(record.prefix(5))
            case .flippedByte:
                var flipped = record
                flipped[20] ^= 0x40
                return flipped
            case .wrongOffset: return Sample(Int(next)).encoded(at: next + 5)
            case .zerosThenGarbage: return [UInt8](repeating: 0, count: 64) + noise
            case .zeros: return [UInt8](repeating: 0, count: 3000)
            case .fewZeros: return [0, 0, 0, 0, 0]
            case .wholeRecord: return record
            }
        }
    }

    @Test("recovery keeps every record before the damage and cuts the rest",
          arguments: Tail.allCases, [false, true])
    func tornTail(tail: Tail, preallocate: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, preallocate: preallocate)
            var samples = try writeCommitted(configuration, 0..<40)
            let files = try segmentFiles(dir, "log")
            try #require(files.count > 2)
            let last = files.last!
            let base = try #require(try segmentBases(dir).last)
            let end = Int64(samples[Int(base)...].map(\.encodedSize).reduce(0, +))
            if !preallocate { #expect(try fileSize(last) == end) }
            let damage = tail.bytes(next: 40)
            // Into the preallocated zeros, or past the end of the file.
            try writeInFile(last, damage, at: end)

            let log = try Log(configuration: configuration)
            if tail.isCut {
                #expect(log.recovery.cuts.count == 1)
                #expect(log.recovery.cuts.first?.path == last)
                #expect(log.recovery.cuts.first?.position == end)
            } else {
                #expect(log.recovery.cuts.isEmpty)
            }
            if tail == .wholeRecord {
                // A well-formed record after the data is data: it is kept.
                samples.append(Sample(40))
            }
            let kept = Int64(samples[Int(base)...].map(\.encodedSize).reduce(0, +))
            if preallocate {
                // Reserved space stays reserved (a tail of zeros is kept as it is).
                #expect(try fileSize(last) >= configuration.segmentBytes)
                #expect(try readFile(last)[Int(kept)...].allSatisfy { $0 == 0 })
            } else {
                #expect(try fileSize(last) == kept)
            }
            #expect(log.recovery.records == UInt64(samples.count))
            #expect(log.nextOffset == UInt64(samples.count))
            #expect(try readAll(log) == expected(samples))

            // Appends go on from the cut, and are read back now and after reopening.
            samples += try appendSamples(log, samples.count..<(samples.count + 3))
            try commit(log)
            #expect(try readAll(log) == expected(samples))
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(try readAll(reopened) == expected(samples))
        }
    }

    @Test("damage in a closed segment stops the log from opening")
    func damagedClosedSegment() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            _ = try writeCommitted(configuration, 0..<40)
            let files = try segmentFiles(dir, "log")
            try #require(files.count > 3)
            // Not the segment before the newest: that one is the power-loss case below.
            try truncateFile(files[1], to: try fileSize(files[1]) - 3)
            let error = #expect(throws: LogError.self) { try Log(configuration: configuration) }
            #expect(error?.kind == .corrupt)
        }
    }

    /// A power loss right after a roll can tear the segment before the newest one; nothing in
    /// the newest was acknowledged (acks wait for the sync that covers both files).
    @Test("a torn segment before the newest one is cut and the newest is moved aside")
    func tornBeforeNewest() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let samples = try writeCommitted(configuration, 0..<40)
            let files = try segmentFiles(dir, "log")
            try #require(files.count >= 2)
            let torn = files[files.count - 2]
            try truncateFile(torn, to: try fileSize(torn) - 3)
            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.count >= 1)
            #expect(log.recovery.cuts.contains { $0.reason.contains("moved to") })
            let newestBase = try #require(UInt64(files[files.count - 1].split(separator: "/").last?.dropLast(4) ?? ""))
            #expect(FileManager.default.fileExists(atPath: dir + "/quarantine-\(newestBase)/" + segmentName(newestBase, "log")))
            let kept = Int(log.nextOffset)
            #expect(kept < Int(newestBase), "the torn record is gone")
            #expect(try readAll(log) == Array(expected(samples).prefix(kept)))
            // Appends continue from the cut.
            _ = try log.append(timestamp: 1, idHash: 7, type: "x-after", key: "k", payload: [1])
            try commit(log)
            #expect(try Log(configuration: configuration).nextOffset == UInt64(kept + 1))
        }
    }

    /// A middle segment with no record left is not skipped over: that would leave a gap
    /// between the segments around it.
    @Test("an emptied middle segment stops the log from opening")
    func emptiedMiddleSegment() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            _ = try writeCommitted(configuration, 0..<40)
            let files = try segmentFiles(dir, "log")
            try #require(files.count > 3)
            try truncateFile(files[2], to: 0)
            let error = #expect(throws: LogError.self) { try Log(configuration: configuration) }
            #expect(error?.kind == .corrupt)
        }
    }

    @Test("an emptied first segment is dropped and the log starts after it")
    func emptiedFirstSegment() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let samples = try writeCommitted(configuration, 0..<40)
            let bases = try segmentBases(dir)
            try truncateFile(dir + "/" + segmentName(bases[0], "log"), to: 0)
            let log = try Log(configuration: configuration)
            #expect(log.startOffset == bases[1])
            #expect(try readAll(log) == expected(samples, from: Int(bases[1])))
            #expect(try segmentBases(dir) == Array(bases.dropFirst()))
        }
    }
}
