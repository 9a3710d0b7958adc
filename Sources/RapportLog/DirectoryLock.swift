#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a data directory (`flock` on `<directory>/lock`), held while the
/// object lives, so two processes never write one log.
public final class DirectoryLock {
    private let fd: Int32

    /// Takes the lock, failing at once if another process holds it.
    public init(directory: String) throws(LogError) {
        try makeDirectories(directory)
        let path = directory + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw LogFile.error("cannot open lock file", path) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw LogError(.invalidRequest, path: path, "another process holds this data directory (is a bus already running on it?)")
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
