import RapportLog
import Testing

@Suite("Time")
struct TimeTests {
    /// Times with repeats and jumps, so some segments share a time with their neighbours.
    static let times: [Int64] = (0..<45).map { i in 1000 + Int64(i / 3) * 50 + (i % 7 == 0 ? 7 : 0) }

    @Test("offset(forTime:) is the first offset at or after a time, before and after flushing and reopening")
    func offsetForTime() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, indexIntervalBytes: 100)
            let stamps = Self.times.indices.map { Self.times[...$0].max()! }
            do {
                let log = try Log(configuration: configuration)
                for (i, time) in Self.times.enumerated() {
                    var sample = Sample(i)
                    sample.timestamp = time
                    #expect(try append(log, sample) == UInt64(i))
                }
                #expect(log.segmentCount > 2)
                try expectTimes(log, stamps)  // partly buffered
                try commit(log)
                try expectTimes(log, stamps)
            }
            let log = try Log(configuration: configuration)
            try expectTimes(log, stamps)
            #expect(log.lastTimestamp == stamps.last!)
        }
    }

    private func expectTimes(_ log: Log, _ stamps: [Int64], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try log.offset(forTime: .min) == log.startOffset, sourceLocation: sourceLocation)
        #expect(try log.offset(forTime: 0) == log.startOffset, sourceLocation: sourceLocation)
        #expect(try log.offset(forTime: stamps.last! + 1) == log.nextOffset, sourceLocation: sourceLocation)
        #expect(try log.offset(forTime: .max) == log.nextOffset, sourceLocation: sourceLocation)
        for time in (stamps.first! - 3)...(stamps.last! + 3) {
            let want = UInt64(stamps.firstIndex { $0 >= time } ?? stamps.count)
            #expect(try log.offset(forTime: time) == want, "time \(time)", sourceLocation: sourceLocation)
        }
    }

    /// One record a segment, so every append after the first rolls to a new segment.
    @Test("append times never decrease, within and across segments and after reopening",
          arguments: [Int64(64), 1 << 20])
    func timesNeverDecrease(segmentBytes: Int64) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, segmentBytes: segmentBytes)
            let given: [Int64] = [1000, 2000, 500, 500, 3000, 100, 2999, 3001, 0, -5]
            var stored: [Int64] = []
            do {
                let log = try Log(configuration: configuration)
                for (i, time) in given.enumerated() {
                    #expect(try log.append(timestamp: time, idHash: UInt64(i), type: "t", key: "k", payload: [UInt8(i)]) == UInt64(i))
                    stored.append(given[...i].max()!)
                    #expect(log.lastTimestamp == stored.last!)
                }
                if segmentBytes == 64 { #expect(log.segmentCount == given.count) }
                try commit(log)
                #expect(try readAll(log).map(\.timestamp) == stored)
            }
            let log = try Log(configuration: configuration)
            #expect(log.lastTimestamp == 3001)
            _ = try log.append(timestamp: 7, idHash: 99, type: "t", key: "k", payload: [])
            try commit(log)
            #expect(try readAll(log).map(\.timestamp) == stored + [3001])
            #expect(try log.offset(forTime: 3001) == 7)
            #expect(try log.offset(forTime: 3000) == 4)
        }
    }
}
