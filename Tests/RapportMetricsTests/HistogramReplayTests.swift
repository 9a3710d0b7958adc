@testable import RapportMetrics
import Testing

/// Replaying the bus's bucket counts into observations: same counts per bucket, same sum.
@Suite("HistogramReplay")
struct HistogramReplayTests {
    static let bounds: [UInt64] = [100, 1_000, 10_000]

    /// The bucket each value falls in, as Prometheus counts it (`value <= bound`).
    static func bucketCounts(_ observations: [HistogramReplay.Observation]) -> [UInt64] {
        var counts = [UInt64](repeating: 0, count: bounds.count + 1)
        for o in observations { counts[bounds.firstIndex { o.micros <= $0 } ?? bounds.count] += o.times }
        return counts
    }

    @Test("counts and sum are reproduced exactly", arguments: [
        ([3, 0, 2, 0], 2 * 5_000 + 150),
        ([0, 0, 0, 1], 12_345_678),
        ([1, 1, 1, 1], 50 + 500 + 5_000 + 50_000),
        ([7, 0, 0, 0], 7),
    ] as [([UInt64], UInt64)])
    func exact(_ counts: [UInt64], _ sum: UInt64) {
        let replayed = HistogramReplay.observations(boundsMicros: Self.bounds, counts: counts, sumMicros: sum)
        #expect(Self.bucketCounts(replayed) == counts)
        #expect(replayed.reduce(0) { $0 + $1.micros * $1.times } == sum)
    }

    @Test("a sum below what the buckets allow is clamped to the least possible; none is recorded for nothing")
    func clamped() {
        let replayed = HistogramReplay.observations(boundsMicros: Self.bounds, counts: [0, 2, 0, 0], sumMicros: 10)
        #expect(replayed == [.init(micros: 101, times: 2)])
        #expect(HistogramReplay.observations(boundsMicros: Self.bounds, counts: [0, 0, 0, 0], sumMicros: 0).isEmpty)
    }
}
