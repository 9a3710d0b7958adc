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
            // Every segment written to since the first job, the old active one included, once each;
            // a closed segment's index and identity files with it (the active one's are not synced).
            let paths = second.files.map(\.path)
            let logs = try segmentFiles(dir, "log")
            let closed = Array(logs.dropLast()).map { String($0.dropLast(4)) }
            #expect(Set(paths) == Set(logs + closed.map { $0 + ".index" } + closed.map { $0 + ".ids" }))
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

@Suite("Handing writes to another thread")
struct PrepareCommitTests {
    @Test("prepareCommit moves the bytes into the job; after it runs they read back and survive reopening")
    func handOff() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let log = try Log(configuration: configuration)
            let samples = try appendSamples(log, 0..<10)
            let job = try #require(log.prepareCommit())
            #expect(!job.writes.isEmpty)
            #expect(job.firstOffset == 0 && job.upTo == 10)
            #expect(log.prepareCommit() == nil, "nothing left to hand off")
            try job.run()
            #expect(try readAll(log) == expected(samples))
            #expect(try readAll(try Log(configuration: configuration)) == expected(samples))
        }
    }

    @Test("a job whose writes failed is rolled back with everything appended after it; offsets are reused")
    func rollback() throws {
        try withTemporaryDirectory { dir in
            // One segment: a rollback cannot cross a roll (it reports false then).
            let configuration = smallConfiguration(dir, segmentBytes: 1 << 20)
            let log = try Log(configuration: configuration)
            let kept = try appendSamples(log, 0..<5)
            try commit(log)
            _ = try appendSamples(log, 5..<9)
            let failed = try #require(log.prepareCommit())
            #expect(failed.firstOffset == 5)
            _ = try appendSamples(log, 9..<12)   // appended while the job "runs"
            #expect(try log.rollback(failed))
            #expect(log.nextOffset == 5)
            let again = try appendSamples(log, 5..<8)
            try commit(log)
            let reopened = try Log(configuration: configuration)
            #expect(reopened.nextOffset == 8)
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(try readAll(reopened) == expected(kept) + again.enumerated().map { $0.element.record(at: UInt64(5 + $0.offset)) })
        }
    }
}
