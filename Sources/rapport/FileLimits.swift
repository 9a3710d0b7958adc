import Foundation
import Logging

/// The bus's open-file limit: every client connection, log segment and consumer group
/// holds a file descriptor, and the usual soft limit (1,024) is far below what a busy bus
/// needs, so it is raised to the hard limit the system allows.
enum FileLimits {
    /// Raises the soft `RLIMIT_NOFILE` to the hard limit; logs the result.
    static func raiseOpenFiles(logger: Logger) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        let before = limit.rlim_cur
        if limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) != 0 { limit.rlim_cur = before }
        }
        logger.debug("open files limit", metadata: ["soft": "\(limit.rlim_cur)", "was": "\(before)", "hard": "\(limit.rlim_max)"])
    }
}
