import Foundation
import RapportConfig

/// What `rapport up` runs for a site: the bus, then each instance of every enabled plugin, with
/// the command line and environment each gets. Comparing two plans says what a reload does.
///
/// A plugin instance gets, besides the supervisor's environment: `RAPPORT_DATA_DIR` and
/// `RAPPORT_ENDPOINT` (where the bus is), `RAPPORT_PLUGIN_STATE`
/// (`<data_dir>/plugins/<name>/state.sqlite`, shared by its instances), `RAPPORT_PLUGIN_INSTANCE`
/// (`<name>-<n>`), `RAPPORT_PLUGIN_MANIFEST`, `RAPPORT_LOG_LEVEL`, `RAPPORT_CONFIG` (the site
/// configuration's absolute path, when there is one: the location calendars), `RAPPORT_SETTINGS` (its
/// settings as one JSON object: the manifest's defaults, overridden by `rapport.yaml`) and each
/// setting alone as `<NAME>_<KEY>` in upper case with `-` as `_`
/// (`COMPLAINT_ALERTS_ESCALATE_AFTER_SECONDS`).
public struct SupervisorPlan: Sendable, Equatable {
    /// The bus.
    public let bus: ProcessSpec
    /// The plugin instances, ordered by id.
    public let plugins: [ProcessSpec]
    /// The bus's data directory.
    public let dataDirectory: String
    /// The bus's configuration (a change to it needs the bus restarted).
    public let busConfiguration: BusConfiguration

    /// The plan for `site`, running the bus and resolving `rapport`-relative commands with
    /// `rapportExecutable` (this program).
    public static func make(site: Site, rapportExecutable: String, logLevel: String,
                            searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") -> Result<SupervisorPlan, SiteError> {
        let bus = site.configuration.bus
        var busArguments = ["bus", "--log-level", logLevel]
        if let path = site.configurationPath { busArguments += ["--config", path] }
        if let override = site.dataDirectoryOverride { busArguments += ["--data-dir", override] }
        let busSpec = ProcessSpec(role: .bus, executable: rapportExecutable, arguments: busArguments, environment: [:], directory: nil)
        var problems: [String] = []
        var plugins: [ProcessSpec] = []
        for (name, installed) in site.plugins.sorted(by: { $0.key < $1.key }) {
            let manifest = installed.manifest
            guard let command = manifest.command.first else {
                problems.append("\(installed.manifestPath): command is empty")
                continue
            }
            guard let executable = Self.resolve(command, folder: installed.folder, rapportExecutable: rapportExecutable, searchPath: searchPath) else {
                problems.append("""
                    \(installed.manifestPath): plugin '\(name)' runs '\(command)', which is not in \(installed.folder), \
                    next to rapport (\((rapportExecutable as NSString).deletingLastPathComponent)) or on PATH; build or install it
                    """)
                continue
            }
            let configured = site.configuration.plugins[name]
            let settings = Self.settings(manifest, configured?.settings ?? [:])
            var environment = [
                "RAPPORT_DATA_DIR": bus.dataDirectory,
                "RAPPORT_ENDPOINT": bus.ingestEndpoint,
                "RAPPORT_PLUGIN_STATE": bus.dataDirectory + "/plugins/\(name)/state.sqlite",
                "RAPPORT_PLUGIN_MANIFEST": installed.manifestPath,
                "RAPPORT_LOG_LEVEL": logLevel,
                "RAPPORT_SETTINGS": Self.json(settings),
            ]
            if let path = site.configurationPath {
                // The site configuration (locations and their calendars), absolute: plugins run in their own folder.
                environment["RAPPORT_CONFIG"] = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            }
            let prefix = name.uppercased().replacingOccurrences(of: "-", with: "_") + "_"
            for (key, value) in settings {
                environment[prefix + key.uppercased().replacingOccurrences(of: "-", with: "_")] = Self.text(value)
            }
            let instances = configured?.instances ?? manifest.instances
            for instance in 1...max(instances, 1) {
                var own = environment
                own["RAPPORT_PLUGIN_INSTANCE"] = "\(name)-\(instance)"
                plugins.append(ProcessSpec(role: .plugin(name: name, instance: instance), executable: executable,
                                           arguments: Array(manifest.command.dropFirst()), environment: own, directory: installed.folder))
            }
        }
        guard problems.isEmpty else { return .failure(SiteError(problems)) }
        return .success(SupervisorPlan(bus: busSpec, plugins: plugins, dataDirectory: bus.dataDirectory, busConfiguration: bus))
    }

    /// `next`'s plugins with the running bus kept (a reload does not restart the bus).
    init(keeping bus: ProcessSpec, busConfiguration: BusConfiguration, from next: SupervisorPlan) {
        self.init(bus: bus, plugins: next.plugins, dataDirectory: busConfiguration.dataDirectory, busConfiguration: busConfiguration)
    }

    /// Bundles the values.
    init(bus: ProcessSpec, plugins: [ProcessSpec], dataDirectory: String, busConfiguration: BusConfiguration) {
        self.bus = bus
        self.plugins = plugins
        self.dataDirectory = dataDirectory
        self.busConfiguration = busConfiguration
    }

    /// What changes from this plan to `next`: plugin instances to start, to stop, and to
    /// restart (their command, environment or folder changed); whether the bus's changed (it
    /// keeps running: its changes need a restart of `rapport up`).
    public func changes(to next: SupervisorPlan) -> PlanChanges {
        let old = Dictionary(uniqueKeysWithValues: plugins.map { ($0.id, $0) })
        let new = Dictionary(uniqueKeysWithValues: next.plugins.map { ($0.id, $0) })
        return PlanChanges(
            added: next.plugins.filter { old[$0.id] == nil },
            removed: plugins.filter { new[$0.id] == nil },
            changed: next.plugins.filter { spec in old[spec.id].map { $0 != spec } ?? false },
            busChanged: bus != next.bus || busConfiguration != next.busConfiguration)
    }

    /// A command's program: a path (relative to the plugin's folder), else a file of that name
    /// in the plugin's folder, next to `rapport`, or on `PATH`.
    static func resolve(_ command: String, folder: String, rapportExecutable: String, searchPath: String) -> String? {
        let fm = FileManager.default
        if command.contains("/") {
            let path = command.hasPrefix("/") ? command : folder + "/" + command
            return fm.isExecutableFile(atPath: path) ? path : nil
        }
        let places = [folder, (rapportExecutable as NSString).deletingLastPathComponent]
            + searchPath.split(separator: ":").map(String.init)
        return places.map { $0 + "/" + command }.first { fm.isExecutableFile(atPath: $0) }
    }

    /// The manifest's defaults, overridden by the configured values.
    static func settings(_ manifest: PluginManifest, _ configured: [String: ConfigValue]) -> [String: ConfigValue] {
        var values: [String: ConfigValue] = [:]
        for (key, setting) in manifest.settings { if let value = setting.defaultValue { values[key] = value } }
        for (key, value) in configured { values[key] = value }
        return values
    }

    static func json(_ settings: [String: ConfigValue]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(settings)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func text(_ value: ConfigValue) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        default: (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }
}

/// The difference between two plans (see ``SupervisorPlan/changes(to:)``).
public struct PlanChanges: Sendable, Equatable {
    /// Instances to start.
    public let added: [ProcessSpec]
    /// Instances to stop.
    public let removed: [ProcessSpec]
    /// Instances to stop and start with their new spec.
    public let changed: [ProcessSpec]
    /// Whether the bus's command line changed (not applied by a reload).
    public let busChanged: Bool

    /// Nothing to do.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && !busChanged }
}
