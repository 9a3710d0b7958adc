#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock file beside a plugin's state: running instances hold it shared, and
/// `rapport plugins reset-state` needs it exclusive, so state is never cleared under a running
/// instance. (`flock(2)`: the kernel drops it when the process exits, however it exits.)
public final class StateLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock at `statePath + ".lock"`: shared (an instance) or exclusive (a reset).
    /// Returns `nil` when it is held the other way (by a running instance, or a reset).
    public init?(statePath: String, exclusive: Bool) {
        let fd = open(statePath + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        guard flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit { close(descriptor) }
}
