#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time in milliseconds since the Unix epoch: for what is stored (event times,
/// retention by age), never for timers, which a clock step would throw off.
enum WallClock {
    static func nowMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000 + Int64(ts.tv_nsec) / 1_000_000
    }
}

/// Milliseconds on a clock that only moves forward at a steady rate (`CLOCK_MONOTONIC`): for
/// timers (heartbeats, member lapses, ack timeouts, pauses), so that a wall-clock step (NTP,
/// an operator's `date`) neither drops every member nor stops redelivery.
enum MonotonicClock {
    static func nowMillis() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000 + Int64(ts.tv_nsec) / 1_000_000
    }
}
