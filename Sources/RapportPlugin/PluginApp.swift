import Foundation
import ZMQ
import Logging
import RapportClient
import RapportConfig
import RapportSupervisor
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

    /// A plugin named `name` (its group defaults to the name) that emits only `publishes`
    /// (`nil`: not declared), handling events with `router`, with its schema in `migrations`.
    public init(name: String, group: String? = nil, publishes: [String]? = nil, router: PluginRouter,
                migrations: [PluginMigration] = []) {
        plugin = PluginIdentity(name: name, group: group, publishes: publishes)
        self.router = router
        self.migrations = migrations
    }

    /// Runs the plugin (``run(arguments:)``) as a program's `main`: an error that stops it is
    /// printed as one line on standard error and the process exits with status 1.
    public func runAsMain() async -> Never {
        do {
            try await run()
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("\(plugin.name): \(error)\n".utf8))
            exit(1)
        }
    }

    /// Checks the manifest at `path` against this plugin's code: name, group, subscriptions
    /// and (when the code declares them) the types it publishes must agree.
    public func check(manifestAt path: String) throws(PluginError) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw PluginError("cannot read the manifest \(path)")
        }
        let (read, errors) = PluginManifestFile.read(text, source: path)
        guard let manifest = read else {
            throw PluginError("the manifest is not valid:\n" + errors.map(\.description).joined(separator: "\n"))
        }
        try check(manifest, path: path)
    }

    /// Checks a manifest against this plugin's code.
    public func check(_ manifest: PluginManifest, path: String) throws(PluginError) {
        var problems: [String] = []
        if manifest.name != plugin.name { problems.append("name is '\(manifest.name)', the code's is '\(plugin.name)'") }
        if manifest.group != plugin.group { problems.append("group is '\(manifest.group)', the code joins '\(plugin.group)'") }
        if Set(manifest.subscriptions) != Set(router.subscriptions) {
            problems.append("subscriptions are \(manifest.subscriptions), the code routes \(router.subscriptions)")
        }
        if let declared = plugin.publishes, declared != Set(manifest.publishes) {
            problems.append("publishes \(manifest.publishes.sorted()), the code declares \(declared.sorted())")
        }
        guard problems.isEmpty else {
            throw PluginError("\(path) does not match the plugin's code: " + problems.joined(separator: "; ") + "; make them agree")
        }
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
    /// `--instance NAME` (`RAPPORT_PLUGIN_INSTANCE`, default `<name>-<pid>`), `--manifest PATH`
    /// (`RAPPORT_PLUGIN_MANIFEST`: checked against the code before anything runs), `--log-level LEVEL`
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
        if let path = settings.manifestPath { try check(manifestAt: path) }
        // The lock first: a reset must not remove the files between opening them and locking.
        try FileManager.default.createDirectory(atPath: (settings.statePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        guard let lock = StateLock(statePath: settings.statePath, exclusive: false) else {
            throw PluginError("the state at \(settings.statePath) is being reset (rapport plugins reset-state); start the plugin again when it is done")
        }
        let store = try PluginStore(path: settings.statePath, migrations: migrations)
        let options = PluginOptions(address: try settings.address(), statePath: settings.statePath,
                                    instanceName: settings.instance)
        let service = PluginService(plugin: plugin, router: router, store: store, options: options, logger: logger)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: service, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
        ]
        if let watch = SupervisorWatch.fromEnvironment(logger: logger) {
            services.append(.init(service: watch, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        let group = ServiceGroup(configuration: .init(
            services: services,
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
    var manifestPath: String?
    /// `RAPPORT_ENDPOINT` and `RAPPORT_LIVE_ENDPOINT`: where the bus is, when not the data
    /// directory's ipc sockets.
    var endpoint: String?
    var liveEndpoint: String?
    /// `RAPPORT_SERVER_KEY` and `RAPPORT_CLIENT_KEY_FILE`: the bus's public key and this
    /// plugin's secret key file, when the bus checks keys (rapport up sets both).
    var serverKey: String?
    var clientKeyFile: String?

    /// The bus's address, with the plugin's keys when it has them.
    func address() throws(PluginError) -> BusAddress {
        var address = BusAddress(dataDirectory: dataDirectory)
        if let endpoint { address.ingest = endpoint }
        if let liveEndpoint { address.live = liveEndpoint }
        address.serverKey = serverKey
        if let clientKeyFile {
            guard let data = FileManager.default.contents(atPath: clientKeyFile) else {
                throw PluginError("cannot read the plugin's secret key file \(clientKeyFile) (RAPPORT_CLIENT_KEY_FILE)")
            }
            let secret = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            do { address.clientKeys = try CurveKeyPair(secretKey: secret) } catch {
                throw PluginError("\(clientKeyFile) (RAPPORT_CLIENT_KEY_FILE) does not hold a CURVE secret key")
            }
        }
        return address
    }

    init(arguments: [String], environment: [String: String], plugin: String) throws(PluginError) {
        var values: [String: String] = [:]
        var i = 0
        while i < arguments.count {
            let key = arguments[i]
            guard ["--data-dir", "--state", "--instance", "--log-level", "--manifest"].contains(key) else {
                throw PluginError("unknown argument '\(key)'; a plugin takes --data-dir DIR, --state PATH, --instance NAME, --manifest PATH and --log-level LEVEL")
            }
            guard i + 1 < arguments.count else { throw PluginError("\(key) needs a value") }
            values[key] = arguments[i + 1]
            i += 2
        }
        dataDirectory = values["--data-dir"] ?? environment["RAPPORT_DATA_DIR"] ?? "rapport-data"
        statePath = values["--state"] ?? environment["RAPPORT_PLUGIN_STATE"]
            ?? PluginApp.defaultStatePath(dataDirectory: dataDirectory, plugin: plugin)
        instance = values["--instance"] ?? environment["RAPPORT_PLUGIN_INSTANCE"] ?? "\(plugin)-\(getpid())"
        manifestPath = values["--manifest"] ?? environment["RAPPORT_PLUGIN_MANIFEST"]
        endpoint = environment["RAPPORT_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        liveEndpoint = environment["RAPPORT_LIVE_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        serverKey = environment["RAPPORT_SERVER_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        clientKeyFile = environment["RAPPORT_CLIENT_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        if values["--data-dir"] != nil && environment["RAPPORT_ENDPOINT"] != nil {
            // An explicit --data-dir means that bus's sockets, not the supervisor's endpoint.
            endpoint = nil
            liveEndpoint = nil
        }
        let level = values["--log-level"] ?? environment["RAPPORT_LOG_LEVEL"] ?? "info"
        guard let parsed = Logger.Level(rawValue: level) else {
            throw PluginError("--log-level must be one of trace, debug, info, notice, warning, error, critical; got '\(level)'")
        }
        logLevel = parsed
    }
}
