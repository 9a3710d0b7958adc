import Foundation
import Logging
import RapportClient
import ServiceLifecycle
import UnixSignals

/// `rapport up`: runs the bus and every enabled plugin instance as processes of their own, and
/// keeps them running.
///
/// - Start: the bus first; plugins once it answers INFO.
/// - An exit: logged with how it ended, and the process started again after the
///   ``RestartPolicy``'s backoff; a crash loop is not retried (status `failed`) until a reload.
/// - SIGHUP: the configuration and manifests are read again. With an error, the new
///   configuration is refused (logged with every problem) and everything keeps running as it
///   was. Otherwise added plugin instances start, removed ones stop, changed ones restart; the
///   bus keeps running (a change to its own settings is logged: it needs `rapport up` restarted).
/// - Graceful shutdown (SIGTERM, SIGINT through the ServiceGroup): plugins get SIGTERM (SIGKILL
///   after ``pluginStopGrace``), then the bus (after ``busStopGrace``).
///
/// Children's output goes to standard error, each line prefixed with the process's id. The
/// state of every process is written to `<data_dir>/supervisor.json` for `rapport status`.
public final class Supervisor: Service, Sendable {
    private let initialPlan: SupervisorPlan
    private let reloadPlan: @Sendable () -> Result<SupervisorPlan, SiteError>
    private let configurationPath: String?
    private let policy: RestartPolicy
    private let logger: Logger
    private let board: StatusBoard
    /// How long plugins may take to stop before SIGKILL.
    public static let pluginStopGrace: Double = 10
    /// How long the bus may take to stop before SIGKILL.
    public static let busStopGrace: Double = 30
    /// How long the bus may take to answer after it starts.
    public static let busReadyTimeout: Double = 30

    /// A supervisor for `plan`; `reload` reads the site again on SIGHUP; the status of the
    /// processes is posted on `board` as it changes.
    public init(plan: SupervisorPlan, configurationPath: String?, policy: RestartPolicy = RestartPolicy(), logger: Logger,
                board: StatusBoard = StatusBoard(), reload: @escaping @Sendable () -> Result<SupervisorPlan, SiteError>) {
        self.board = board
        initialPlan = plan
        reloadPlan = reload
        self.configurationPath = configurationPath
        self.policy = policy
        self.logger = logger
    }

    public func run() async throws {
        let shuttingDown = Flag()
        let reloadAsked = Flag()
        let signals = await UnixSignalsSequence(trapping: .sighup)
        let hangups = Task {
            for await _ in signals { reloadAsked.raise() }
        }
        defer { hangups.cancel() }
        let run = SupervisorRun(plan: initialPlan, configurationPath: configurationPath, policy: policy, logger: logger, board: board)
        try await withGracefulShutdownHandler {
            try await run.start(shuttingDown: shuttingDown)
            while !shuttingDown.isRaised && !Task.isCancelled {
                if reloadAsked.take() { await run.reload(reloadPlan()) }
                run.supervise()
                try? await Task.sleep(for: .milliseconds(100))
            }
            await run.stopAll()
        } onGracefulShutdown: {
            shuttingDown.raise()
        }
    }
}
