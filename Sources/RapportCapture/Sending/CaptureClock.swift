#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Milliseconds from a monotonic clock, for send deadlines (the wall clock may step).
public enum CaptureClock {
    /// Milliseconds of `CLOCK_MONOTONIC`: only differences mean anything.
    public static func millis() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000 + Int64(time.tv_nsec) / 1_000_000
    }
}
