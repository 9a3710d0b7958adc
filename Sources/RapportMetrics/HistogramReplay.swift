/// Turns the growth of a bucketed histogram between two readings into observations that,
/// recorded into a Prometheus histogram with the same bounds, give it exactly the same bucket
/// counts and sum.
///
/// swift-prometheus builds a histogram from observations only; the bus reports its commit
/// times as bucket counts and a sum (INFO `counters.commit_sync`). Each new count is replayed
/// as an observation inside its bucket, the values spread within the buckets so that their
/// total is the sum the bus measured. Pure: no I/O.
enum HistogramReplay {
    /// One value to record `times` times.
    struct Observation: Equatable {
        let micros: UInt64
        let times: UInt64
    }

    /// Observations for buckets that grew by `counts` (one per bound plus "above every
    /// bound") while their sum grew by `sumMicros`. A sum outside what the buckets allow (a
    /// bus that rounded) is clamped to the nearest possible one.
    static func observations(boundsMicros: [UInt64], counts: [UInt64], sumMicros: UInt64) -> [Observation] {
        precondition(counts.count == boundsMicros.count + 1, "one count per bound, plus one above every bound")
        // Values in bucket i lie in [low, high]: above the bound before it, at most its own.
        let ranges: [(low: UInt64, high: UInt64)] = counts.indices.map { i in
            (i == 0 ? 0 : boundsMicros[i - 1] + 1, i < boundsMicros.count ? boundsMicros[i] : .max)
        }
        let least = counts.indices.reduce(UInt64(0)) { $0 &+ counts[$1] &* ranges[$1].low }
        var extra = sumMicros > least ? sumMicros - least : 0
        var out: [Observation] = []
        for i in counts.indices where counts[i] > 0 {
            let n = counts[i], (low, high) = ranges[i]
            let room = high == .max ? UInt64.max : (high - low).multipliedReportingOverflow(by: n).partialValue
            let given = min(extra, room)
            extra -= given
            let each = given / n, more = given % n
            if more > 0 { out.append(Observation(micros: low + each + 1, times: more)) }
            if n > more { out.append(Observation(micros: low + each, times: n - more)) }
        }
        return out
    }
}
