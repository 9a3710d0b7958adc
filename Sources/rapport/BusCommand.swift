import ArgumentParser
import Foundation
import Logging
import RapportBus
import RapportConfig
import RapportSupervisor
import ServiceLifecycle

/// `rapport bus`: runs the broker.
struct BusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bus",
        abstract: "Run the bus: durable log, consumer groups and live feed.",
        discussion: """
            Every event is validated, de-duplicated by (source, id), written to the log and \
            fsynced before it is acknowledged. By default the bus binds ipc sockets inside the \
            data directory (bus.sock for producers and consumers, live.sock for the live feed). \
            tcp endpoints need a CURVE key (see `rapport keygen`) and a choice of clients: \
            curve.authorized_keys_file (the client public keys allowed, read again when the file \
            changes) or curve.allow_any_client: true. SIGTERM or SIGINT finishes the current group \
            commit and exits. SIGHUP is logged and otherwise ignored: the bus reads its \
            configuration at start (`rapport up` reloads on SIGHUP).
            """
    )

    @Option(name: .long, help: "Data directory (log, group state, ipc sockets). Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "YAML configuration file (see config/rapport.yaml).")
    var config: String?

    @Option(name: .long, help: "ROUTER endpoint for producers and consumers (overrides the file).")
    var ingest: String?

    @Option(name: .long, help: "XPUB endpoint for the live feed (overrides the file).")
    var live: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        LoggingSetup.bootstrap(level: logLevel)
        MemoryTuning.configureAllocator()
        // A write past a file-size limit must fail like a full disk (EFBIG), not kill the bus.
        signal(SIGXFSZ, SIG_IGN)
        let logger = Logger(label: "rapport.bus")
        FileLimits.raiseOpenFiles(logger: logger)
        var configuration: BusConfiguration
        do {
            let dataDirectory = dataDir.map { DataDirectory.resolve($0) }
            if let config {
                guard let text = try? String(contentsOfFile: config, encoding: .utf8) else {
                    throw CommandFailure.cannotRead("the configuration file", config)
                }
                // The strict reader of `rapport config check`: every error, each with its line and column.
                let reading = RapportConfigFile.read(text, source: config, dataDirectory: dataDirectory) {
                    try? String(contentsOfFile: $0, encoding: .utf8)
                }
                if reading.errors.count > 1 {
                    throw ValidationError(reading.errors.map(\.description).joined(separator: "\n"))
                }
                configuration = try reading.get().bus
                // A secret key others can read lets them pose as the bus: said at every start.
                if let entry = reading.entries.first(where: { $0.key == "curve.secret_key_file" }), case .string(let path) = entry.value {
                    KeyFiles.warnIfReadableByOthers(path, what: "bus's secret key file (curve.secret_key_file)")
                }
            } else {
                configuration = BusConfiguration(dataDirectory: dataDirectory ?? DataDirectory.resolve(nil))
            }
            if let ingest { configuration.ingestEndpoint = ingest }
            if let live { configuration.liveEndpoint = live }
            configuration = try configuration.validated(source: config ?? "command line")
        } catch let error as ConfigError {
            throw ValidationError(error.description)
        }
        let service: BrokerService
        do {
            service = try BrokerService(configuration: configuration, logger: logger)
        } catch {
            logger.critical("bus did not start", metadata: ["error": "\(error)"])
            throw ExitCode(2)
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: service)]
        if let watch = SupervisorWatch.fromEnvironment(logger: logger) {
            services.append(.init(service: watch, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        let group = ServiceGroup(configuration: .init(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        ))
        // SIGHUP is logged, not fatal: the bare bus has nothing to reload.
        let hangups = HangupNotice(logger: logger)
        defer { hangups.cancel() }
        try await group.run()
    }
}
