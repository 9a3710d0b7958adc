import RapportLog
import Testing

@Suite("Reading")
struct ReadTests {
    struct Layout: CustomTestStringConvertible, Sendable {
        var segmentBytes: Int64
        var indexIntervalBytes: Int
        var preallocate: Bool
        var testDescription: String { "segment \(segmentBytes) B, index every \(indexIntervalBytes) B, preallocate \(preallocate)" }
    }

    static let layouts = [
        Layout(segmentBytes: 2048, indexIntervalBytes: 200, preallocate: false),
        Layout(segmentBytes: 1500, indexIntervalBytes: 0, preallocate: true),
        Layout(segmentBytes: 4096, indexIntervalBytes: 1, preallocate: false),
        Layout(segmentBytes: 700, indexIntervalBytes: 5000, preallocate: true),
    ]

    @Test("records round-trip from every offset, with fresh cursors", arguments: layouts)
    func roundTripEveryOffset(layout: Layout) throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: layout.segmentBytes,
                indexIntervalBytes: layout.indexIntervalBytes, preallocate: layout.preallocate))
            let samples = try appendSamples(log, 0..<60)
            try commit(log)
            #expect(log.segmentCount > 2)
            #expect(log.nextOffset == 60)
            #expect(try readAll(log) == expected(samples))
            for offset in 0...samples.count {
                var cursor = LogCursor(offset: UInt64(offset))
                let records = try log.read(&cursor, limit: log.nextOffset, maxBytes: .max)
                #expect(records == expected(samples, from: offset), "from offset \(offset)")
                #expect(cursor.offset == 60)
            }
        }
    }

    @Test("a reused cursor reads everything once, in chunks of any size", arguments: [1, 2, 3, 7, 100])
    func reusedCursor(chunk: Int) throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            let samples = try appendSamples(log, 0..<50)
            try commit(log)
            var cursor = LogCursor(offset: 0)
            var all: [LogRecord] = []
            while true {
                let records = try log.read(&cursor, limit: log.nextOffset, maxRecords: chunk, maxBytes: .max)
                if records.isEmpty { break }
                #expect(records.count <= chunk)
                #expect(cursor.offset == records.last!.offset + 1)
                all += records
            }
            #expect(all == expected(samples))
            // A cursor at the end stays there, then picks up records appended later.
            let more = try appendSamples(log, 50..<55)
            try commit(log)
            #expect(try log.read(&cursor, limit: log.nextOffset, maxBytes: .max) == expected(samples + more, from: 50))
        }
    }

    @Test("limit is exclusive and the cursor stops at it", arguments: [0, 1, 5, 17, 33, 49, 50, 80])
    func limit(limit: UInt64) throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            let samples = try appendSamples(log, 0..<50)
            try commit(log)
            var cursor = LogCursor(offset: 0)
            let first = try log.read(&cursor, limit: limit, maxBytes: .max)
            let stop = Int(min(limit, 50))
            #expect(first == Array(expected(samples).prefix(stop)))
            #expect(cursor.offset == UInt64(stop))
            #expect(try log.read(&cursor, limit: limit, maxBytes: .max).isEmpty)
            #expect(try log.read(&cursor, limit: 50, maxBytes: .max) == expected(samples, from: stop))
        }
    }

    @Test("maxBytes stops after about that many bytes, at least one record a read", arguments: [1, 100, 600, 1500, 4000])
    func maxBytes(maxBytes: Int) throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            let samples = try appendSamples(log, 0..<40)
            try commit(log)
            var cursor = LogCursor(offset: 0)
            var all: [LogRecord] = []
            while cursor.offset < log.nextOffset {
                let records = try log.read(&cursor, limit: log.nextOffset, maxBytes: maxBytes)
                try #require(!records.isEmpty)
                let sizes = records.map { samples[Int($0.offset)].encodedSize }
                // Every record but the last was read while under the budget...
                #expect(sizes.dropLast().reduce(0, +) < maxBytes)
                // ...and the read stopped because the budget was used (or the log ended).
                #expect(sizes.reduce(0, +) >= maxBytes || cursor.offset == log.nextOffset)
                all += records
            }
            #expect(all == expected(samples))
        }
    }

    @Test("record(at:) returns each record, nothing at or past nextOffset")
    func recordAt() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            let samples = try appendSamples(log, 0..<30)
            try commit(log)
            for (i, sample) in samples.enumerated().reversed() {
                #expect(try log.record(at: UInt64(i)) == sample.record(at: UInt64(i)))
            }
            #expect(try log.record(at: 30) == nil)
            #expect(try log.record(at: 1000) == nil)
            #expect(try log.record(at: .max) == nil)
        }
    }

    @Test("reading at or beyond nextOffset returns nothing and leaves the cursor", arguments: [UInt64(20), 21, 500])
    func beyondEnd(offset: UInt64) throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            _ = try appendSamples(log, 0..<20)
            try commit(log)
            var cursor = LogCursor(offset: offset)
            #expect(try log.read(&cursor, limit: .max).isEmpty)
            #expect(cursor.offset == offset)
        }
    }

    @Test("an empty log")
    func emptyLog() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            #expect(log.startOffset == 0)
            #expect(log.nextOffset == 0)
            #expect(log.lastTimestamp == 0)
            #expect(log.sizeBytes == 0)
            #expect(try log.flush() == nil)
            #expect(try readAll(log).isEmpty)
            #expect(try log.offset(forTime: 0) == 0)
            var hashes = 0
            try log.forEachIdentity(from: 0) { _, _ in hashes += 1 }
            #expect(hashes == 0)
        }
    }

    /// Appended records are readable before they are flushed, and a cursor inside them is
    /// never moved back to the written end.
    @Test("buffered records are readable and a cursor never moves back")
    func bufferedRecords() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: 1 << 20))
            let samples = try appendSamples(log, 0..<10)
            try commit(log)
            let buffered = try appendSamples(log, 10..<15)
            var cursor = LogCursor(offset: 12)
            #expect(try log.read(&cursor, limit: log.nextOffset) == expected(samples + buffered, from: 12))
            #expect(cursor.offset == 15)
            #expect(try log.record(at: 11) == buffered[1].record(at: 11))
            // With the durable end as the limit, nothing past it is read and the cursor stays.
            var durable = LogCursor(offset: 12)
            #expect(try log.read(&durable, limit: 10).isEmpty)
            #expect(durable.offset == 12)
            // A cursor that read into the buffer goes on reading from the file once it is written.
            var reader = LogCursor(offset: 0)
            #expect(try log.read(&reader, limit: log.nextOffset, maxRecords: 12).count == 12)
            try commit(log)
            #expect(try log.read(&reader, limit: log.nextOffset) == expected(samples + buffered, from: 12))
        }
    }

    @Test("the on-disk bytes are the documented record format")
    func onDiskFormat() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir, segmentBytes: 1 << 20))
            let samples = try appendSamples(log, 0..<12)
            try commit(log)
            let file = try #require(try segmentFiles(dir, "log").first)
            #expect(file.hasSuffix("/" + segmentName(0, "log")))
            let encoded = samples.enumerated().flatMap { $0.element.encoded(at: UInt64($0.offset)) }
            #expect(try readFile(file) == encoded)
            #expect(log.sizeBytes == Int64(encoded.count))
        }
    }

    @Test("oversized records and segment sizes are refused")
    func invalidRequests() throws {
        try withTemporaryDirectory { dir in
            let log = try Log(configuration: smallConfiguration(dir))
            let error = #expect(throws: LogError.self) {
                try log.append(timestamp: 1, idHash: 1, type: String(repeating: "t", count: 70_000), key: "", payload: [])
            }
            #expect(error?.kind == .invalidRequest)
            #expect(log.nextOffset == 0)
            for bytes in [Int64(0), -1, Int64(UInt32.max) + 1] {
                let bad = #expect(throws: LogError.self) { try Log(configuration: smallConfiguration(dir, segmentBytes: bytes)) }
                #expect(bad?.kind == .invalidRequest)
            }
        }
    }
}
