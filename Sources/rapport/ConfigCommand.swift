import ArgumentParser
import Foundation
import RapportConfig

/// `rapport config`: tools for `rapport.yaml`; `rapport config check` validates it.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check a rapport.yaml configuration file.",
        subcommands: [Check.self]
    )

    /// `rapport config check [FILE]`: reads the file as `rapport bus --config FILE` does and
    /// prints the effective configuration with where each value came from, or every error.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate rapport.yaml and print the settings in effect, each with where it came from.",
            discussion: """
                Reads FILE with the same strict reader as `rapport bus --config FILE`: an unknown, \
                misplaced or duplicated key, a value of the wrong type or out of range, a bad \
                duration, size, time zone, opening-hours span or date, and YAML that does not parse \
                are errors, each printed as FILE:LINE:COLUMN: KEY: what is wrong and what to write. \
                Each location's calendar is built as it is read, so opening spans that overlap on \
                one day, a span past midnight that runs into the next day's, and a holiday listed \
                twice are errors at the entry at fault too. All errors found are listed (on \
                standard error), and the exit status is 1.

                When the file is valid, every setting in effect is printed, defaults included, \
                with its origin: `file FILE:LINE`, `default`, or `--data-dir`; the exit status is 0. \
                The CURVE secret key and authorized keys files are read and checked too (run it as \
                the bus's user); the secret key itself is never printed.

                Each location shows the calendar its plugins compute due times and periods with: \
                locations.ID.time_zone, hours.mon ... hours.sun (`closed` when not written), \
                holidays.YYYY-MM-DD (`closed`, or replaced by the special hours of that date, \
                which win over a holiday), special_hours.YYYY-MM-DD and date_order.

                Without FILE it shows what `rapport bus` runs with when it is given no --config: \
                the defaults, in the data directory from --data-dir, $RAPPORT_DATA_DIR or \
                ./rapport-data. With FILE, --data-dir overrides the file's data_dir, as for the bus.

                --json prints one JSON object for scripts: {"file", "valid", "settings": [{"key", \
                "value", "origin", "line"}], "errors": [{"file", "line", "column", "key", "message"}]}.
                """
        )

        @Argument(help: "The configuration file (as given to `rapport bus --config`). Default: none, as for `rapport bus`.")
        var file: String?

        @Option(name: .long, help: "Data directory, overriding data_dir as `rapport bus --data-dir` does.")
        var dataDir: String?

        @Flag(help: "Print the result as JSON (to standard output), for scripts.")
        var json = false

        @OptionGroup var plugins: PluginsDirectoryOption

        func run() throws {
            let reading = checkingManifests(try read())
            warnAboutSecretKey(reading)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(JSONReport(reading))
                Output.line(String(decoding: data, as: UTF8.self))
            } else if reading.errors.isEmpty {
                Output.line("# \(reading.source): valid. Settings in effect, with where each came from:")
                Output.line(table(reading.entries))
            } else {
                for error in reading.errors { Output.error(error.description) }
                let count = reading.errors.count
                Output.error("\(reading.source): \(count) error\(count == 1 ? "" : "s"); `rapport bus` would not start with this configuration")
            }
            if !reading.errors.isEmpty { throw ExitCode(1) }
        }

        /// Warns on standard error when curve.secret_key_file is readable by others, or holds
        /// the same key as its `.pub` neighbour (a public key where the secret key belongs).
        private func warnAboutSecretKey(_ reading: ConfigReading) {
            guard let entry = reading.entries.first(where: { $0.key == "curve.secret_key_file" }),
                  case .string(let path) = entry.value else { return }
            do {
                _ = try KeyFiles.secretKeyPair(path, option: "curve.secret_key_file", serverKey: nil)
            } catch {
                Output.error("warning: \(error)")
            }
        }

        /// With `--plugins-dir` (or `$RAPPORT_PLUGINS_DIR`), adds the problems of the configured
        /// plugins' manifests: each enabled plugin in
        /// `plugins:` needs a valid manifest in the plugins folder, and its `settings` must be
        /// ones its manifest declares, of the declared types.
        private func checkingManifests(_ reading: ConfigReading) -> ConfigReading {
            guard plugins.isGiven, let configured = reading.configuration?.plugins, !configured.isEmpty else { return reading }
            var manifests: [String: (path: String, manifest: PluginManifest?, errors: [ConfigError])] = [:]
            for path in plugins.manifestPaths() {
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                let (manifest, errors) = PluginManifestFile.read(text, source: path)
                let name = manifest?.name ?? URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
                manifests[name] = (path, manifest, errors)
            }
            var errors = reading.errors
            for (name, plugin) in configured.sorted(by: { $0.key < $1.key }) where plugin.enabled {
                let key = "plugins.\(name)"
                guard let found = manifests[name] else {
                    errors.append(ConfigError(source: reading.source, key: key,
                                              "no manifest for this plugin in \(plugins.directory) (a folder \(name)/ with a plugin.yaml); install it or give --plugins-dir"))
                    continue
                }
                errors += found.errors
                guard let manifest = found.manifest else { continue }
                for problem in manifest.problems(with: plugin.settings) {
                    errors.append(ConfigError(source: reading.source, key: "\(key).settings.\(problem.key)", problem.message + " (\(found.path))"))
                }
            }
            return ConfigReading(source: reading.source, configuration: reading.configuration, entries: reading.entries, errors: errors)
        }

        /// Reads `file` as `rapport bus` does, or the defaults when there is none.
        private func read() throws -> ConfigReading {
            let readFile: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }
            guard let file else {
                let origin = dataDir != nil ? "--data-dir"
                    : ProcessInfo.processInfo.environment["RAPPORT_DATA_DIR"] != nil ? "$RAPPORT_DATA_DIR" : "default"
                return RapportConfigFile.read("", source: "(no file: defaults)", dataDirectory: DataDirectory.resolve(dataDir),
                                              dataDirectoryOrigin: origin, readFile: readFile)
            }
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CommandFailure.cannotRead("the configuration file", file)
            }
            return RapportConfigFile.read(text, source: file, dataDirectory: dataDir.map { DataDirectory.resolve($0) }, readFile: readFile)
        }

        /// Three aligned columns: key, value, origin.
        private func table(_ entries: [ConfigEntry]) -> String {
            let keyWidth = entries.map(\.key.count).max() ?? 0
            let valueWidth = min(48, entries.map(\.value.description.count).max() ?? 0)
            return entries.map { entry in
                let key = entry.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0)
                let value = entry.value.description
                let padded = value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value
                return "\(key)  \(padded)  \(entry.origin.description)"
            }.joined(separator: "\n")
        }
    }

    /// The `--json` output.
    struct JSONReport: Encodable {
        struct Setting: Encodable {
            let key: String
            let value: ConfigValue
            let origin: String
            let line: Int?
        }
        struct Problem: Encodable {
            let file: String
            let line: Int?
            let column: Int?
            let key: String
            let message: String
        }
        let file: String
        let valid: Bool
        let settings: [Setting]
        let errors: [Problem]

        init(_ reading: ConfigReading) {
            file = reading.source
            valid = reading.errors.isEmpty
            settings = reading.errors.isEmpty ? reading.entries.map { entry in
                switch entry.origin {
                case let .file(_, position): Setting(key: entry.key, value: entry.value, origin: "file", line: position.line)
                case .defaultValue: Setting(key: entry.key, value: entry.value, origin: "default", line: nil)
                case let .override(name): Setting(key: entry.key, value: entry.value, origin: name, line: nil)
                }
            } : []
            errors = reading.errors.map { Problem(file: $0.source, line: $0.line, column: $0.column, key: $0.key, message: $0.message) }
        }
    }
}
