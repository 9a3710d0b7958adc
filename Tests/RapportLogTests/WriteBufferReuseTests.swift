import Foundation
@testable import RapportLog
import Testing

@Suite("Reusing commit buffers")
struct WriteBufferReuseTests {
    @Test("the pool keeps the two largest buffers (none huge) and hands out the largest first, emptied")
    func poolKeepsLargest() {
        var pool = WriteBuffers()
        #expect(pool.take().isEmpty)
        for size in [10, 5_000, 300, 70_000] {
            var buffer = [UInt8](repeating: 1, count: size)
            buffer.reserveCapacity(size)
            pool.give(buffer)
        }
        let first = pool.take()
        let second = pool.take()
        #expect(first.isEmpty && second.isEmpty)
        #expect(first.capacity >= 70_000)
        #expect(second.capacity >= 5_000 && second.capacity < 70_000)
        #expect(pool.take().capacity == 0)

        var huge: [UInt8] = []
        huge.reserveCapacity(WriteBuffers.largestKept + 1)
        pool.give(huge)
        #expect(pool.capacityBytes == 0)
    }

    /// The broker recycles a job once the committer has run it; a job still held elsewhere
    /// (a test, a slow path) must keep its bytes, and the records written from reused
    /// buffers must read back as appended, across commits and segment rolls.
    @Test("records written from recycled buffers read back intact, and a held job keeps its bytes")
    func recycledCommits() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: 4096))
            var samples: [Sample] = []
            var held: (job: SyncJob, bytes: [[UInt8]])?
            for round in 0..<12 {
                samples += try appendSamples(log, samples.count..<(samples.count + 7))
                let job = try #require(log.prepareCommit())
                try job.run()
                log.recycle(job)
                if round == 3 { held = (job, job.writes.map { Array($0.bytes) }) }
            }
            #expect(try readAll(log) == expected(samples))
            let (job, bytes) = try #require(held)
            #expect(job.writes.map(\.bytes) == bytes)

            // And from disk, after reopening.
            let reopened = try Log(configuration: smallConfiguration(dir, segmentBytes: 4096))
            #expect(try readAll(reopened) == expected(samples))
        }
    }
}
