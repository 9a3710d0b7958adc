#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A monotonic clock in nanoseconds, for timing phases and single requests.
enum BenchClock {
    /// Nanoseconds since an arbitrary fixed point (monotonic, unaffected by clock changes).
    static func nanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Seconds elapsed since `start` (a ``nanos()`` reading).
    static func seconds(since start: UInt64) -> Double {
        Double(nanos() &- start) / 1e9
    }

    /// Sleeps for `seconds` (used for pacing and polling a child process).
    static func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}

/// The calling thread's CPU time, for benchmarks that judge one core's work.
public enum ThreadCPUTime {
    /// CPU seconds this thread has used (`CLOCK_THREAD_CPUTIME_ID`).
    public static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
