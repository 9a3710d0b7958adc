import Foundation
import Logging
import RapportClient

/// The supervisor's state while it runs: the processes, their restarts, the status file.
/// Used from the supervisor's one task only.
final class SupervisorRun {
    private var plan: SupervisorPlan
    private let configurationPath: String?
    private let policy: RestartPolicy
    private let logger: Logger
    private let board: StatusBoard
    private var bus: ManagedProcess
    private var plugins: [ManagedProcess]
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant
    private let startedAt = Date()
    private var lastReload: SupervisorStatus.Reload?
    private var lastStatusWrite: Double = -10
    private var stopping = false
    private lazy var systemd = SystemdNotifier(logger: logger)

    init(plan: SupervisorPlan, configurationPath: String?, policy: RestartPolicy, logger: Logger, board: StatusBoard) {
        self.board = board
        self.plan = plan
        self.configurationPath = configurationPath
        self.policy = policy
        self.logger = logger
        bus = ManagedProcess(plan.bus)
        plugins = plan.plugins.map(ManagedProcess.init)
        origin = clock.now
    }

    /// Seconds since the supervisor started, on the monotonic clock.
    private var now: Double {
        let elapsed = clock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    // MARK: Start and stop

    /// Starts the bus, waits until it answers, then starts the plugins.
    func start(shuttingDown: Flag) async throws {
        try FileManager.default.createDirectory(atPath: plan.dataDirectory, withIntermediateDirectories: true)
        launch(&bus)
        guard bus.child != nil else { throw SupervisorError("the bus could not be started: \(bus.failed ?? "unknown error")") }
        let deadline = now + Supervisor.busReadyTimeout
        while !busAnswers() {
            if let exit = bus.child?.exit {
                throw SupervisorError("the bus exited before it was ready (\(exit)); its log lines above, prefixed [bus], say why")
            }
            if now > deadline || shuttingDown.isRaised {
                bus.child?.send(SIGTERM)
                throw SupervisorError("the bus did not answer within \(Int(Supervisor.busReadyTimeout)) s of starting; stopped it")
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        logger.info("the bus is ready; starting plugins", metadata: ["plugins": "\(plugins.map(\.spec.id))"])
        for index in plugins.indices { launch(&plugins[index]) }
        writeStatus(force: true)
        systemd.ready(status: "bus and \(plugins.count) plugin instances running")
    }

    /// Stops every plugin, then the bus.
    func stopAll() async {
        systemd.stopping(status: "stopping: plugins first, then the bus")
        stopping = true
        writeStatus(force: true)
        logger.info("stopping: plugins first, then the bus")
        await stop(plugins.compactMap(\.child), grace: Supervisor.pluginStopGrace)
        await stop([bus.child].compactMap { $0 }, grace: Supervisor.busStopGrace)
        writeStatus(force: true)
        logger.info("stopped")
    }

    /// Sends SIGTERM to each, waits up to `grace` for all to exit, then SIGKILL.
    private func stop(_ children: [ChildProcess], grace: Double) async {
        for child in children { child.send(SIGTERM) }
        let deadline = now + grace
        while children.contains(where: \.isRunning) && now < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        for child in children where child.isRunning {
            logger.warning("did not stop within \(Int(grace)) s of SIGTERM; killing it", metadata: ["process": "\(child.spec.id)"])
            child.send(SIGKILL)
        }
        while children.contains(where: \.isRunning) { try? await Task.sleep(for: .milliseconds(20)) }
    }

    // MARK: Supervising

    /// Notes exits and starts what is due; writes the status when something changed.
    func supervise() {
        var changed = check(&bus)
        for index in plugins.indices where check(&plugins[index]) { changed = true }
        writeStatus(force: changed)
    }

    /// Handles an exit of `process`, or starts it when its restart is due. Whether anything changed.
    private func check(_ process: inout ManagedProcess) -> Bool {
        if let child = process.child, let exit = child.exit {
            process.child = nil
            process.lastExit = exit
            process.lastExitAt = Date()
            switch policy.exited(at: now, startedAt: child.startedAt, history: &process.history) {
            case .restart(let at):
                process.restartAt = at
                logger.warning("a process exited; it is started again in \(formatted(at - now))",
                               metadata: ["process": "\(process.spec.id)", "exit": "\(exit)", "pid": "\(child.pid)"])
            case .giveUp(let exits, let within):
                process.failed = "crash loop: exited \(exits) times in \(Int(within)) s (last: \(exit)); not started again until a reload (SIGHUP) or a restart of rapport up"
                logger.error("a process is crash-looping; it is not started again until a reload (SIGHUP)",
                             metadata: ["process": "\(process.spec.id)", "exits": "\(exits)", "within_s": "\(Int(within))", "exit": "\(exit)"])
            }
            return true
        }
        if process.child == nil, let at = process.restartAt, at <= now {
            process.restartAt = nil
            process.restarts += 1
            launch(&process)
            return true
        }
        return false
    }

    /// Starts `process` now; a failure to start counts as an exit.
    private func launch(_ process: inout ManagedProcess) {
        if let grant = process.spec.key {
            do throws(PluginKeyError) {
                if try PluginKeys.ensure(grant) {
                    logger.notice("registered the plugin's key", metadata: [
                        "plugin": "\(grant.plugin)", "key": "\(grant.registeredName)", "keys_file": "\(grant.registry)"])
                }
            } catch {
                process.failed = error.description
                logger.error("a plugin could not be given its key", metadata: ["process": "\(process.spec.id)", "error": "\(error)"])
                return
            }
        }
        do {
            let child = try ChildProcess(process.spec, now: now)
            process.child = child
            process.failed = nil
            logger.info("started", metadata: ["process": "\(process.spec.id)", "pid": "\(child.pid)"])
        } catch {
            process.failed = "cannot start \(process.spec.executable): \(error)"
            logger.error("a process could not be started", metadata: ["process": "\(process.spec.id)", "error": "\(error)"])
        }
    }

    // MARK: Reload

    /// Applies a new plan read on SIGHUP, or keeps the old one when it has errors.
    func reload(_ result: Result<SupervisorPlan, SiteError>) async {
        systemd.reloading(status: "SIGHUP: reloading the configuration")
        defer { systemd.ready(status: "bus and \(plugins.count) plugin instances running; last reload \(lastReload?.applied == false ? "REFUSED" : "applied")") }
        let next: SupervisorPlan
        switch result {
        case .failure(let error):
            logger.error("""
                SIGHUP: the new configuration has errors and was NOT applied; everything keeps running \
                as before. Fix these and send SIGHUP again:\n\(error.description)
                """)
            lastReload = .init(at: Date(), applied: false, message: error.description)
            writeStatus(force: true)
            return
        case .success(let plan): next = plan
        }
        let changes = plan.changes(to: next)
        let removed = Set((changes.removed + changes.changed).map(\.id))
        let leaving = plugins.filter { removed.contains($0.spec.id) }
        await stop(leaving.compactMap(\.child), grace: Supervisor.pluginStopGrace)
        var kept = plugins.filter { !removed.contains($0.spec.id) }
        // A failed process is given another chance by a reload.
        for index in kept.indices where kept[index].failed != nil {
            kept[index].failed = nil
            kept[index].history = RestartPolicy.History()
            kept[index].restartAt = now
        }
        var started: [ManagedProcess] = []
        for spec in changes.added + changes.changed {
            var process = ManagedProcess(spec)
            launch(&process)
            started.append(process)
        }
        plugins = (kept + started).sorted { $0.spec.id < $1.spec.id }
        if changes.busChanged {
            logger.warning("SIGHUP: the bus's own settings changed; the bus keeps running with the old ones until rapport up is restarted")
        }
        let summary = changes.isEmpty ? "no change" : """
            started \(changes.added.map(\.id)), stopped \(changes.removed.map(\.id)), restarted \(changes.changed.map(\.id))\
            \(changes.busChanged ? "; bus settings changed (restart rapport up to apply)" : "")
            """
        logger.notice("SIGHUP: configuration reloaded: \(summary)")
        lastReload = .init(at: Date(), applied: true, message: summary)
        plan = SupervisorPlan(keeping: plan.bus, busConfiguration: plan.busConfiguration, from: next)
        writeStatus(force: true)
    }

    // MARK: Status

    private func writeStatus(force: Bool) {
        guard force || now - lastStatusWrite >= 2 else { return }
        lastStatusWrite = now
        let status = SupervisorStatus(
            pid: getpid(), startedAt: startedAt, configuration: configurationPath, updatedAt: Date(), stopping: stopping,
            processes: [bus.status(now: now, stopping: stopping)] + plugins.map { $0.status(now: now, stopping: stopping) },
            lastReload: lastReload)
        board.post(status)
        do { try status.write(to: SupervisorStatus.path(dataDirectory: plan.dataDirectory)) } catch {
            logger.warning("cannot write the status file", metadata: ["error": "\(error)"])
        }
    }

    private func busAnswers() -> Bool {
        guard plan.busConfiguration.ingestEndpoint.hasPrefix("ipc://") else { return bus.child?.isRunning ?? false }
        let address = BusAddress(ingest: plan.busConfiguration.ingestEndpoint, live: plan.busConfiguration.liveEndpoint)
        guard let connection = try? BusConnection(address) else { return false }
        return (try? connection.info(timeoutMilliseconds: 500)) != nil
    }

    private func formatted(_ seconds: Double) -> String {
        seconds < 10 ? String(format: "%.1f s", seconds) : "\(Int(seconds.rounded())) s"
    }
}

/// `rapport up` could not go on; the message says why.
public struct SupervisorError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
    init(_ description: String) { self.description = description }
}
