import RapportWire

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the bus answered and how its commits went, counted as it happens for INFO's `counters`
/// (and so for `rapport up`'s metrics): each count is one addition on the broker thread, and
/// nothing is walked to answer INFO.
struct BusCounters {
    /// Events answered `accepted`.
    private(set) var accepted: UInt64 = 0
    /// Events answered `duplicate`.
    private(set) var duplicates: UInt64 = 0
    /// Events answered `rejected`, by code.
    private(set) var rejected: [String: UInt64] = [:]
    /// ERROR answers, by code.
    private(set) var errors: [String: UInt64] = [:]
    /// How long group commits took to sync.
    private(set) var commitSync = LatencyBuckets()

    /// Counts what one RESULT told its producer.
    mutating func count(_ outcomes: [PublishResult]) {
        for outcome in outcomes {
            switch outcome {
            case .accepted: accepted += 1
            case .duplicate: duplicates += 1
            case .rejected(let code, _): rejected[code, default: 0] += 1
            }
        }
    }

    /// Counts an ERROR sent with `code`.
    mutating func countError(_ code: ErrorCode) {
        errors[code.rawValue, default: 0] += 1
    }

    /// Counts a group commit whose sync took `nanoseconds`.
    mutating func countCommit(syncNanoseconds nanoseconds: UInt64) {
        commitSync.record(micros: nanoseconds / 1_000)
    }

    /// The counts as INFO reports them.
    var reported: BusInfo.Counters {
        BusInfo.Counters(accepted: accepted, duplicates: duplicates, rejected: rejected, errors: errors,
                         commitSync: BusInfo.Histogram(boundsMicros: LatencyBuckets.boundsMicros, counts: commitSync.counts,
                                                       sumMicros: commitSync.sumMicros))
    }
}

/// Durations in fixed buckets, from 100 µs (a sync on a fast SSD) to 10 s (a disk in trouble).
struct LatencyBuckets {
    /// Upper bounds in microseconds: about 2.5 times apart, as Prometheus' defaults.
    static let boundsMicros: [UInt64] = [100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000,
                                         250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000]
    /// One count per bound, and one for longer.
    private(set) var counts = [UInt64](repeating: 0, count: boundsMicros.count + 1)
    private(set) var sumMicros: UInt64 = 0

    mutating func record(micros: UInt64) {
        let bucket = Self.boundsMicros.firstIndex { micros <= $0 } ?? Self.boundsMicros.count
        counts[bucket] += 1
        sumMicros &+= micros
    }
}

/// Nanoseconds on the monotonic clock, for timing a commit's sync.
enum MonotonicNanos {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
