#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Makes ``ULID``s that increase strictly, also within one millisecond and when the wall
/// clock steps back: the next id is then the last one's random part plus one (the ULID
/// spec's monotonic mode), so ids of one generator sort in the order they were made.
///
/// Safe to share between threads. Give one generator to everything in a process that writes
/// under one `source` (a ``Desk`` makes its own by default).
public final class ULIDGenerator: Sendable {
    private let last = Mutex<ULID?>(nil)
    private let clock: @Sendable () -> UInt64

    /// A generator reading the system clock.
    public init() {
        clock = ULIDGenerator.systemMilliseconds
    }

    /// A generator reading `milliseconds` (for tests: a clock that stands still or steps back).
    public init(milliseconds: @escaping @Sendable () -> UInt64) {
        clock = milliseconds
    }

    /// The next id: later than every id this generator made before.
    public func next() -> ULID {
        let now = clock() & 0xFFFF_FFFF_FFFF
        var random = SystemRandomNumberGenerator()
        return last.withLock { last in
            let id: ULID
            if let previous = last, now <= previous.milliseconds {
                // Same millisecond (or the clock went back): keep the order by counting up.
                id = previous.successor
                    ?? ULID(milliseconds: previous.milliseconds + 1, randomHigh: 0, randomLow: 0)
            } else {
                id = ULID(milliseconds: now, randomHigh: random.next(), randomLow: random.next())
            }
            last = id
            return id
        }
    }

    /// Milliseconds since the Unix epoch from `clock_gettime(CLOCK_REALTIME)`.
    @Sendable static func systemMilliseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return UInt64(time.tv_sec) * 1_000 + UInt64(time.tv_nsec) / 1_000_000
    }
}
