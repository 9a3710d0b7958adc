import Yams

/// Reads `rapport.yaml` strictly: the YAML is composed into nodes (with their line and column)
/// and walked against ``ConfigSchema``, so a misspelled, misplaced or duplicated key, a value
/// of the wrong type or out of range, and YAML that does not parse are errors naming the file,
/// line, column and key, never silently ignored.
public enum RapportConfigFile {
    /// Reads YAML `text` from `source` (the path, for messages). `dataDirectory` overrides
    /// `data_dir` (`dataDirectoryOrigin` says by what, e.g. `--data-dir`); `readFile` reads the
    /// CURVE key file and the authorized keys file (`nil`: unreadable). Never throws: the
    /// reading lists every error it found.
    public static func read(
        _ text: String, source: String, dataDirectory: String? = nil, dataDirectoryOrigin: String = "--data-dir",
        readFile: (String) -> String? = { _ in nil }
    ) -> ConfigReading {
        var walk = ConfigWalk(source: source)
        let root: ConfigMapping
        do {
            let node = try Yams.compose(yaml: text)
            root = node.flatMap { walk.mapping($0, at: "", pattern: "", expected: "data_dir:, endpoints:, log:, groups:, ...") } ?? .empty("")
        } catch {
            return ConfigReading(source: source, configuration: nil, entries: [], errors: [YAMLProblem.error(error, source: source)])
        }
        let bus = walk.readBus(root, dataDirectory: dataDirectory, readFile: readFile)
        let locations = walk.readLocations(root)
        let plugins = walk.readPlugins(root)
        let metrics = walk.readMetrics(root)
        if let bus {
            for problem in bus.outOfRange(source: source) { walk.fail(problem.at(walk.written[problem.key])) }
            if walk.errors.isEmpty {
                do throws(ConfigError) { _ = try bus.validated(source: source) } catch { walk.fail(error) }
            }
        }
        let secretKeyFile = root["curve"].flatMap { $0.value["secret_key_file"]?.scalar?.string }
        let busEntries = (bus ?? BusConfiguration(dataDirectory: dataDirectory ?? "")).settings(secretKeyFile: secretKeyFile).map { setting in
            let origin = setting.key == "data_dir" && dataDirectory != nil ? .override(dataDirectoryOrigin) : walk.origin(of: setting.key)
            return ConfigEntry(key: setting.key, value: setting.value, origin: origin)
        }
        return ConfigReading(source: source, configuration: bus.map { RapportConfiguration(bus: $0, locations: locations, plugins: plugins, metrics: metrics) },
                             entries: busEntries + walk.entries, errors: inFileOrder(walk.errors))
    }

    /// Positioned errors by line and column, then those without a position (stable otherwise).
    private static func inFileOrder(_ errors: [ConfigError]) -> [ConfigError] {
        errors.enumerated().sorted { a, b in
            let left = (a.element.line ?? .max, a.element.column ?? .max, a.offset)
            let right = (b.element.line ?? .max, b.element.column ?? .max, b.offset)
            return left < right
        }.map(\.element)
    }
}
