import Foundation
import Logging
import ServiceLifecycle

/// Stops a supervised process when its supervisor is gone.
///
/// `rapport up` gives each child `RAPPORT_SUPERVISOR_PID`. Killed with `kill -9` (outside
/// systemd, whose control group would take the children with it) it cannot stop them; a child
/// whose parent is no longer that pid (it was re-parented) ends this service, which shuts its
/// service group down gracefully: the bus commits and closes, a plugin finishes its batch. So
/// a restarted `rapport up` never finds a bus left holding the data directory.
public struct SupervisorWatch: Service {
    /// The environment variable naming the supervisor's pid.
    public static let variable = "RAPPORT_SUPERVISOR_PID"

    let supervisor: pid_t
    let interval: Duration
    let logger: Logger

    /// The watch for this process, when a supervisor started it. A supervisor that died while
    /// this process was still starting is noticed at the first check (so the parent is not
    /// required to be the supervisor now). The variable is removed from this process's
    /// environment, so its own children do not inherit a parent that is not theirs.
    public static func fromEnvironment(logger: Logger, interval: Duration = .seconds(1)) -> SupervisorWatch? {
        guard let text = ProcessInfo.processInfo.environment[variable], let pid = pid_t(text), pid > 1 else { return nil }
        unsetenv(variable)
        return SupervisorWatch(supervisor: pid, interval: interval, logger: logger)
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            if getppid() != supervisor {
                logger.warning("the supervisor (rapport up, pid \(supervisor)) is gone: stopping", metadata: ["supervisor.pid": "\(supervisor)"])
                return
            }
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }
}
