import ArgumentParser
import Foundation
import Logging
import RapportClient
import RapportConfig
import RapportMetrics
import RapportSupervisor
import ZMQ
import ServiceLifecycle

/// `rapport up`: the bus and every enabled plugin, supervised.
struct UpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Run the bus and every enabled plugin, each as its own process, and keep them running.",
        discussion: """
            Reads the site configuration (rapport.yaml: the bus, locations and the plugins: section) \
            and the manifest of each enabled plugin in the plugins folder, then starts the bus and, \
            once it answers, each plugin's instances (instances: in rapport.yaml, else the manifest's). \
            Every child's log lines go to standard error prefixed with its id ([bus], [complaint-alerts#1]).

            A plugin that exits is started again after 1 s, 2 s, 4 s … up to 60 s; 5 exits within \
            2 minutes is a crash loop, and it is left stopped (status failed) until a reload.

            Signals: SIGTERM or SIGINT stop the plugins (SIGKILL after 10 s), then the bus. SIGHUP \
            reads the configuration and manifests again: added plugins start, removed ones stop, \
            changed ones restart, and the bus keeps running; a configuration with errors is refused \
            (logged) and the old one keeps running.

            `rapport status` shows what runs (from <data_dir>/supervisor.json). Plugins get the bus \
            and their settings in their environment (docs/PLUGINS.md, "Running under rapport up").
            """
    )

    @Option(name: .long, help: "The site configuration (see config/rapport.yaml). Default: the built-in defaults, no plugins.")
    var config: String?

    @Option(name: .long, help: "The bus's data directory; overrides data_dir in the configuration.")
    var dataDir: String?

    @Option(name: .long, help: "The folder holding one folder per plugin, each with its plugin.yaml. Default: $RAPPORT_PLUGINS_DIR or ./plugins.")
    var pluginsDir: String?

    @Option(name: .long, help: "Log level of the supervisor, the bus and the plugins: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        // Children's output is copied to standard error: if whatever reads it goes away (a
        // closed pipe), the write fails instead of killing the supervisor mid-way and leaving
        // its children running.
        signal(SIGPIPE, SIG_IGN)
        LoggingSetup.bootstrap(level: logLevel)
        let logger = Logger(label: "rapport.up")
        let directory = PluginDirectory(pluginsDir ?? ProcessInfo.processInfo.environment["RAPPORT_PLUGINS_DIR"] ?? "plugins")
        let (config, dataDirectory, level) = (config, dataDir.map { DataDirectory.resolve($0) }, logLevel.rawValue)
        let executable = Self.executablePath()
        let load: @Sendable () -> Result<SupervisorPlan, SiteError> = {
            Site.load(configurationPath: config, dataDirectory: dataDirectory, pluginsDirectory: directory)
                .flatMap { SupervisorPlan.make(site: $0, rapportExecutable: executable, logLevel: level) }
        }
        let site = Site.load(configurationPath: config, dataDirectory: dataDirectory, pluginsDirectory: directory)
        let plan: SupervisorPlan
        switch site.flatMap({ SupervisorPlan.make(site: $0, rapportExecutable: executable, logLevel: level) }) {
        case .success(let made): plan = made
        case .failure(let error):
            for problem in error.problems { Output.error(problem) }
            Output.error("rapport up: not started; fix the configuration above (`rapport config check --plugins-dir …` shows the same)")
            throw ExitCode(1)
        }
        logger.info("starting", metadata: ["data_dir": "\(plan.dataDirectory)", "plugins": "\(plan.plugins.map(\.id))",
                                           "config": "\(config ?? "(defaults)")"])
        let board = StatusBoard()
        let supervisor = Supervisor(plan: plan, configurationPath: config, logger: logger, board: board, reload: load)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: supervisor)]
        if let metrics = (try? site.get())?.configuration.metrics {
            // A port that cannot be served stops rapport up with the reason, plugins first and
            // the bus last, as on SIGTERM: loud at start, not a scrape target silently missing.
            services.append(.init(service: Self.metricsServer(metrics, plan: plan, board: board, logger: logger),
                                  successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup))
        }
        let group = ServiceGroup(configuration: .init(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do {
            try await group.run()
        } catch {
            logger.critical("rapport up stopped", metadata: ["error": "\(error)"])
            throw ExitCode(2)
        }
    }

    /// The metrics endpoint: the bus's INFO (over its ipc socket), the supervisor's processes
    /// and the configured capture spools.
    static func metricsServer(_ metrics: MetricsConfiguration, plan: SupervisorPlan, board: StatusBoard, logger: Logger) -> MetricsServer {
        let configuration = plan.busConfiguration
        var bus: BusAddress? = BusAddress(ingest: configuration.ingestEndpoint, live: configuration.liveEndpoint)
        if configuration.authenticatesClients, let secret = configuration.curveSecretKey {
            // The bus checks keys: rapport up reads INFO with a key of its own (PluginKeys).
            do throws(PluginKeyError) {
                let keys = try PluginKeys.ensureReturningKeys(.supervisor(configuration)).keys
                bus?.serverKey = try? CurveKeyPair.publicKey(forSecret: secret)
                bus?.clientKeys = keys
            } catch {
                logger.warning("metrics: rapport up cannot make or register its own key, so bus figures are not reported",
                               metadata: ["error": "\(error)"])
                bus = nil
            }
        }
        return MetricsServer(configuration: metrics, sources: MetricsSources(bus: bus, board: board, spools: metrics.spools),
                             logger: Logger(label: "rapport.metrics"))
    }

    /// This program's absolute path (the bus runs as `<it> bus`).
    static func executablePath() -> String {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return link.hasPrefix("/") ? link : FileManager.default.currentDirectoryPath + "/" + link
    }
}
