import Foundation
import RapportLog
import Testing

@Suite("The prepared next segment")
struct SegmentSpareTests {
    static let segmentBytes: Int64 = 64 << 10
    static let spareName = "next-segment.spare"

    /// Waits (up to a minute, so a broken preparer fails rather than hangs) for the spare.
    func waitForSpare(_ log: Log) throws {
        let deadline = Date().addingTimeInterval(60)
        while !log.nextSegmentPrepared && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        try #require(log.nextSegmentPrepared, "the next segment was never prepared")
    }

    func inode(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    /// Appends samples from `first` until the log has `segments` segments; returns them.
    func fill(_ log: Log, from first: Int, untilSegments segments: Int) throws -> [Sample] {
        var samples: [Sample] = []
        var i = first
        while log.segmentCount < segments {
            samples.append(Sample(i))
            try append(log, samples.last!)
            i += 1
        }
        return samples
    }

    @Test("a roll renames the zero-filled spare into place; its records survive a reopen and the next spare is made")
    func rollUsesSpare() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, segmentBytes: Self.segmentBytes, preallocate: true)
            var samples: [Sample] = []
            do {
                let log = try Log(configuration: configuration)
                try waitForSpare(log)
                let spare = dir + "/" + Self.spareName
                #expect(try fileSize(spare) == Self.segmentBytes)
                #expect(try readFile(spare).allSatisfy { $0 == 0 })
                let spareInode = try inode(spare)

                samples = try fill(log, from: 0, untilSegments: 2)
                try commit(log)
                let second = dir + "/" + segmentName(UInt64(samples.count - 1), "log")
                #expect(try inode(second) == spareInode, "the new segment is the prepared file")
                #expect(try fileSize(second) == Self.segmentBytes, "it keeps its zeroed blocks")
                #expect(log.rolls == 1 && log.preparedRolls == 1)
                #expect(try readAll(log) == expected(samples))

                try waitForSpare(log)
                #expect(try inode(spare) != spareInode, "a new spare is prepared for the roll after")
                samples += try fill(log, from: samples.count, untilSegments: 3)
                try commit(log)
            }
            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.isEmpty)
            #expect(log.nextOffset == UInt64(samples.count))
            #expect(try readAll(log) == expected(samples))
            // Closed segments keep no zero tail.
            let logs = try segmentFiles(dir, "log")
            for path in logs.dropLast() { #expect(try fileSize(path) < Self.segmentBytes) }
        }
    }

    @Test("a spare left incomplete by an earlier run is written again")
    func staleSpare() throws {
        try withTemporaryDirectory { dir in
            try writeFile(dir + "/" + Self.spareName, [UInt8](repeating: 0xAB, count: 1000))
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: Self.segmentBytes, preallocate: true))
            try waitForSpare(log)
            let bytes = try readFile(dir + "/" + Self.spareName)
            #expect(bytes.count == Int(Self.segmentBytes))
            #expect(bytes.allSatisfy { $0 == 0 })
        }
    }

    @Test("when the spare cannot be made, the log still rolls, reserving each segment as it goes")
    func spareFails() throws {
        try withTemporaryDirectory { dir in
            // A directory where the spare file would go: creating the file fails.
            try FileManager.default.createDirectory(atPath: dir + "/" + Self.spareName, withIntermediateDirectories: false)
            let configuration = smallConfiguration(dir, segmentBytes: Self.segmentBytes, preallocate: true)
            var samples: [Sample] = []
            do {
                let log = try Log(configuration: configuration)
                samples = try fill(log, from: 0, untilSegments: 3)
                try commit(log)
                #expect(!log.nextSegmentPrepared)
                #expect(log.rolls == 2 && log.preparedRolls == 0)
                #expect(try readAll(log) == expected(samples))
            }
            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.isEmpty)
            #expect(try readAll(log) == expected(samples))
        }
    }

    @Test("without preallocation no spare is made")
    func noPreallocation() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: Self.segmentBytes, preallocate: false))
            _ = try fill(log, from: 0, untilSegments: 2)
            try commit(log)
            #expect(!log.nextSegmentPrepared)
            #expect(!FileManager.default.fileExists(atPath: dir + "/" + Self.spareName))
        }
    }
}
