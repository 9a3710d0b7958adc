import Foundation
import Logging
import RapportClient
import ServiceLifecycle

/// A plugin as a program: its name, its routes and its schema; ``run(arguments:)`` does the rest.
///
/// ```swift
/// @main struct ComplaintAlerts {
///     static func main() async throws {
///         var router = PluginRouter()
///         router.on(ComplaintReceived.self) { complaint, event, context in … }
///         try await PluginApp(name: "complaint-alerts", router: router, migrations: [
///             PluginMigration("create-open-alerts", "CREATE TABLE open_alerts (…)"),
///         ]).run()
///     }
/// }
/// ```
public struct PluginApp: Sendable {
    public let plugin: PluginIdentity
    public let router: PluginRouter
    public let migrations: [PluginMigration]

    public init(name: String, group: String? = nil, router: PluginRouter, migrations: [PluginMigration] = []) {
        plugin = PluginIdentity(name: name, group: group)
        self.router = router
        self.migrations = migrations
    }

    /// Where the plugin's state lives by default: `<data dir>/plugins/<name>/state.sqlite`.
    public static func defaultStatePath(dataDirectory: String, plugin name: String) -> String {
        dataDirectory + "/plugins/\(name)/state.sqlite"
    }

    /// Runs the plugin until SIGTERM or SIGINT (then it finishes its batch, publishes its outbox
    /// and leaves its group), logging to standard error.
    ///
    /// Arguments (each also from the environment): `--data-dir DIR` (`RAPPORT_DATA_DIR`, default
    /// `./rapport-data`: the bus's ipc sockets), `--state PATH` (`RAPPORT_PLUGIN_STATE`),
    /// `--instance NAME` (`RAPPORT_PLUGIN_INSTANCE`, default `<name>-<pid>`), `--log-level LEVEL`
    /// (`RAPPORT_LOG_LEVEL`, default `info`).
    public func run(arguments: [String] = CommandLine.arguments) async throws {
        let settings = try PluginArguments(arguments: Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                                           plugin: plugin.name)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = settings.logLevel
            return handler
        }
        var logger = Logger(label: "rapport.plugin.\(plugin.name)")
        logger[metadataKey: "instance"] = "\(settings.instance)"
        let store = try PluginStore(path: settings.statePath, migrations: migrations)
        guard let lock = StateLock(statePath: settings.statePath, exclusive: false) else {
            throw PluginError("the state at \(settings.statePath) is being reset (rapport plugins reset-state); start the plugin again when it is done")
        }
        let options = PluginOptions(address: BusAddress(dataDirectory: settings.dataDirectory), statePath: settings.statePath,
                                    instanceName: settings.instance)
        let service = PluginService(plugin: plugin, router: router, store: store, options: options, logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        try await group.run()
        withExtendedLifetime(lock) {}
    }
}

/// A plugin process's arguments and environment, read and checked.
struct PluginArguments {
    var dataDirectory: String
    var statePath: String
    var instance: String
    var logLevel: Logger.Level

    init(arguments: [String], environment: [String: String], plugin: String) throws(PluginError) {
        var values: [String: String] = [:]
        var i = 0
        while i < arguments.count {
            let key = arguments[i]
            guard ["--data-dir", "--state", "--instance", "--log-level"].contains(key) else {
                throw PluginError("unknown argument '\(key)'; a plugin takes --data-dir DIR, --state PATH, --instance NAME and --log-level LEVEL")
            }
            guard i + 1 < arguments.count else { throw PluginError("\(key) needs a value") }
            values[key] = arguments[i + 1]
            i += 2
        }
        dataDirectory = values["--data-dir"] ?? environment["RAPPORT_DATA_DIR"] ?? "rapport-data"
        statePath = values["--state"] ?? environment["RAPPORT_PLUGIN_STATE"]
            ?? PluginApp.defaultStatePath(dataDirectory: dataDirectory, plugin: plugin)
        instance = values["--instance"] ?? environment["RAPPORT_PLUGIN_INSTANCE"] ?? "\(plugin)-\(getpid())"
        let level = values["--log-level"] ?? environment["RAPPORT_LOG_LEVEL"] ?? "info"
        guard let parsed = Logger.Level(rawValue: level) else {
            throw PluginError("--log-level must be one of trace, debug, info, notice, warning, error, critical; got '\(level)'")
        }
        logLevel = parsed
    }
}
