import Foundation
import RapportLog
import Testing

@Suite("Flushing and sync jobs")
struct FlushTests {
    @Test("a job covers everything written since the previous one, including rolled segments")
    func syncJobs() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            #expect(try log.flush() == nil)
            _ = try appendSamples(log, 0..<3)
            let first = try #require(try log.flush())
            #expect(first.upTo == 3)
            #expect(first.files.map(\.path) == [dir + "/" + segmentName(0, "log")])
            try first.run()
            #expect(try log.flush() == nil)

            _ = try appendSamples(log, 3..<30)
            let second = try #require(try log.flush())
            #expect(second.upTo == 30)
            // Every segment written to since the first job, the old active one included, once each.
            let paths = second.files.map(\.path)
            #expect(paths == Array(try segmentFiles(dir, "log")))
            #expect(Set(paths).count == paths.count)
            try second.run()
            #expect(try log.flush() == nil)
        }
    }

    /// The identity file of the active segment is /dev/full, so writing it fails with ENOSPC
    /// after the records themselves were written: the flush must drop the records, their
    /// index entries and their time, and the records appended next must read back correctly.
    @Test("a failed flush drops its records and the log goes on consistently", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func failedFlush() throws {
        try withTemporaryDirectory { dir in
            try FileManager.default.createSymbolicLink(atPath: dir + "/" + segmentName(0, "ids"), withDestinationPath: "/dev/full")
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: 1 << 20, indexIntervalBytes: 0))
            for i in 0..<6 {
                _ = try log.append(timestamp: 5000 + Int64(i), idHash: UInt64(i), type: "big", key: "k", payload: [UInt8](repeating: 7, count: 300 + i))
            }
            // A reader that went into the buffered records, whose positions will be reused.
            var early = LogCursor(offset: 0)
            #expect(try log.read(&early, limit: log.nextOffset, maxRecords: 3).count == 3)
            let error = #expect(throws: LogError.self) { try log.flush() }
            #expect(error?.isDiskFull == true)
            #expect(log.nextOffset == 0)
            #expect(log.lastTimestamp == 0)
            #expect(log.sizeBytes == 0)
            #expect(try readAll(log).isEmpty)

            // Different sizes and earlier times at the same offsets.
            let samples = try appendSamples(log, 0..<6)
            #expect(try readAll(log).map(\.timestamp) == samples.map(\.timestamp))
            for offset in 0...6 {
                #expect(try readAll(log, from: UInt64(offset)) == expected(samples, from: offset), "from \(offset)")
            }
            #expect(try log.read(&early, limit: log.nextOffset) == expected(samples, from: 3))
            for (i, sample) in samples.enumerated() {
                #expect(try log.offset(forTime: sample.timestamp) == UInt64(i))
                #expect(try log.record(at: UInt64(i)) == sample.record(at: UInt64(i)))
            }
            #expect(throws: LogError.self) { try log.flush() }
            #expect(log.nextOffset == 0)
        }
    }
}
