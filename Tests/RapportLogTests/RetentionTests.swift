import RapportLog
import Testing

@Suite("Retention")
struct RetentionTests {
    /// A log of 40 samples over several segments, closed and reopened with `retention`.
    private func makeLog(_ dir: String, retention: RetentionPolicy) throws -> (Log, [Sample], [UInt64]) {
        do {
            let log = try Log(configuration: smallConfiguration(dir))
            _ = try appendSamples(log, 0..<40)
            try commit(log)
        }
        let log = try Log(configuration: smallConfiguration(dir, retention: retention))
        return (log, (0..<40).map(Sample.init), try segmentBases(dir))
    }

    @Test("by size: the oldest closed segments go until the log fits", arguments: [Int64(0), 3000, 6000, 1 << 30])
    func bySize(maxBytes: Int64) throws {
        try withTemporaryDirectory { dir in
            let (log, samples, bases) = try makeLog(dir, retention: RetentionPolicy(maxAgeMillis: nil, maxBytes: maxBytes))
            try #require(bases.count > 3)
            let sizes = bases.indices.map { k in
                Int64(samples[Int(bases[k])..<(k + 1 < bases.count ? Int(bases[k + 1]) : 40)].map(\.encodedSize).reduce(0, +))
            }
            #expect(log.sizeBytes == sizes.reduce(0, +))
            // Expected: drop from the front while too big, never the last.
            var keep = 0
            var total = sizes.reduce(0, +)
            while keep < bases.count - 1 && total > maxBytes { total -= sizes[keep]; keep += 1 }

            let removed = log.applyRetention(now: Sample.baseTime)
            #expect(removed == bases[keep])
            #expect(log.startOffset == bases[keep])
            #expect(log.segmentCount == bases.count - keep)
            #expect(log.sizeBytes == total)
            #expect(log.nextOffset == 40)
            #expect(try segmentBases(dir) == Array(bases[keep...]))
            for suffix in ["index", "ids"] {
                #expect(try segmentFiles(dir, suffix).count == bases.count - keep)
            }
            // Each closed segment's seal goes with it (the active segment has none).
            #expect(try segmentFiles(dir, "sealed").count == bases.count - keep - 1)
            try expectReadsFromStart(log, samples)
            #expect(log.applyRetention(now: Sample.baseTime) == 0)
        }
    }

    @Test("by age: closed segments whose newest record is too old go, never the active one",
          arguments: [Int64(0), 105, 255, 100_000])
    func byAge(age: Int64) throws {
        try withTemporaryDirectory { dir in
            let maxAge: Int64 = 1000
            let (log, samples, bases) = try makeLog(dir, retention: RetentionPolicy(maxAgeMillis: maxAge, maxBytes: nil))
            try #require(bases.count > 3)
            let now = Sample.baseTime + age + maxAge
            // Segment k's newest record is the one before the next segment's base.
            var keep = 0
            while keep < bases.count - 1 && samples[Int(bases[keep + 1]) - 1].timestamp < now - maxAge { keep += 1 }
            if age == 100_000 { #expect(keep == bases.count - 1) }
            if age == 0 { #expect(keep == 0) }

            let removed = log.applyRetention(now: now)
            #expect(removed == bases[keep])
            #expect(log.startOffset == bases[keep])
            #expect(log.segmentCount == bases.count - keep)
            #expect(try segmentBases(dir) == Array(bases[keep...]))
            try expectReadsFromStart(log, samples)
            // The retained log reopens with the same bounds and appends go on.
            let reopened = try Log(configuration: smallConfiguration(dir))
            #expect(reopened.startOffset == bases[keep])
            #expect(reopened.nextOffset == 40)
            #expect(try append(reopened, Sample(40)) == 40)
        }
    }

    @Test("no policy keeps everything")
    func keepForever() throws {
        try withTemporaryDirectory { dir in
            let (log, _, bases) = try makeLog(dir, retention: RetentionPolicy(maxAgeMillis: nil, maxBytes: nil))
            #expect(log.applyRetention(now: .max) == 0)
            #expect(log.segmentCount == bases.count)
            #expect(log.startOffset == 0)
        }
    }

    /// A cursor behind the start moves to it; time lookups before it answer the start.
    private func expectReadsFromStart(_ log: Log, _ samples: [Sample], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let start = Int(log.startOffset)
        var cursor = LogCursor(offset: 0)
        #expect(try log.read(&cursor, limit: log.nextOffset, maxBytes: .max) == expected(samples, from: start), sourceLocation: sourceLocation)
        #expect(cursor.offset == log.nextOffset, sourceLocation: sourceLocation)
        var one = LogCursor(offset: 0)
        #expect(try log.read(&one, limit: log.nextOffset, maxRecords: 1).map(\.offset) == [UInt64(start)], sourceLocation: sourceLocation)
        #expect(one.offset == UInt64(start + 1), sourceLocation: sourceLocation)
        #expect(try log.record(at: 0) == (start == 0 ? samples[0].record(at: 0) : nil), sourceLocation: sourceLocation)
        #expect(try log.offset(forTime: 0) == UInt64(start), sourceLocation: sourceLocation)
        var seen: [UInt64] = []
        try log.forEachIdentity(from: 0) { _, offset in seen.append(offset) }
        #expect(seen == Array(UInt64(start)..<log.nextOffset), sourceLocation: sourceLocation)
    }
}
