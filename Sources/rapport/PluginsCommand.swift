import ArgumentParser
import Foundation
import RapportConfig
import RapportPlugin
import RapportSupervisor
import RapportWire

/// `rapport plugins`: the installed plugins and their manifests; `reset-state` clears one's state.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the installed plugins, or clear a plugin's state.",
        subcommands: [PluginsListCommand.self, PluginsResetStateCommand.self],
        defaultSubcommand: PluginsListCommand.self
    )
}

/// Where plugins are installed, and finding their manifests.
struct PluginsDirectoryOption: ParsableArguments {
    @Option(name: .long, help: "The folder holding one folder per plugin, each with its plugin.yaml. Default: $RAPPORT_PLUGINS_DIR or ./plugins.")
    var pluginsDir: String?

    var directory: String { pluginsDir ?? ProcessInfo.processInfo.environment["RAPPORT_PLUGINS_DIR"] ?? "plugins" }

    /// Whether a plugins folder was named (the option or the environment), not just the default.
    var isGiven: Bool { pluginsDir != nil || ProcessInfo.processInfo.environment["RAPPORT_PLUGINS_DIR"] != nil }

    /// Every `plugin.yaml` one or two folders below the directory (`plugins/<name>/`,
    /// `plugins/examples/<name>/`), sorted.
    func manifestPaths() -> [String] { PluginDirectory(directory).manifestPaths() }
}

/// `rapport plugins [list]`.
struct PluginsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the installed plugins: name, group, instances, what they consume and publish, and their manifest's problems."
    )

    @OptionGroup var plugins: PluginsDirectoryOption

    @Flag(name: .long, help: "One JSON object a line.")
    var json = false

    func run() throws {
        let paths = plugins.manifestPaths()
        if paths.isEmpty {
            // With --json, standard output stays valid JSON lines: none.
            let note = "no plugins in \(plugins.directory) (each plugin is a folder with a plugin.yaml)"
            if json { Output.error(note) } else { Output.line(note) }
            return
        }
        var invalid = 0
        for path in paths {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let (manifest, errors) = PluginManifestFile.read(text, source: path)
            if !errors.isEmpty { invalid += 1 }
            if json {
                var o = JSONObjectWriter()
                o.add("manifest", path)
                if let m = manifest {
                    o.add("name", m.name)
                    o.add("group", m.group)
                    o.add("instances", m.instances)
                    o.add("command", strings: m.command)
                    o.add("subscriptions", strings: m.subscriptions)
                    o.add("publishes", strings: m.publishes)
                    o.add("settings", strings: m.settings.keys.sorted())
                }
                o.add("errors", strings: errors.map(\.description))
                Output.line(String(decoding: o.finished(), as: UTF8.self))
            } else if let m = manifest {
                Output.line("\(m.name)  group \(m.group), \(m.instances) instance(s): \(m.command.joined(separator: " "))")
                Output.line("    consumes \(m.subscriptions.joined(separator: ", ")); publishes \(m.publishes.isEmpty ? "nothing" : m.publishes.joined(separator: ", "))")
                if !m.description.isEmpty { Output.line("    \(m.description)") }
            } else {
                for error in errors { Output.error(error.description) }
            }
        }
        if invalid > 0 { throw ExitCode(1) }
    }
}

/// `rapport plugins reset-state NAME`.
struct PluginsResetStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-state",
        abstract: "Clear a plugin's state (its tables, handled records, outbox and timers), so a group reset replays into a clean store.",
        discussion: """
            Stop every instance of the plugin first: the state is not cleared while one runs. \
            Outputs still waiting in its outbox are lost with it, so run this only to replay. \
            Usually: stop the plugin, `rapport groups reset NAME --to earliest`, \
            `rapport plugins reset-state NAME`, start the plugin.
            """
    )

    @Argument(help: "The plugin.")
    var name: String

    @Option(name: .long, help: "The bus's data directory (the state is <data-dir>/plugins/<name>/state.sqlite). Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The state file, when it is elsewhere.")
    var state: String?

    @Flag(name: .long, help: "Only say what would be removed.")
    var dryRun = false

    @Flag(name: .long, help: "Print the result as one JSON object: {\"plugin\", \"dry_run\", \"removed\": [files]}.")
    var json = false

    func run() throws {
        let path = state ?? PluginApp.defaultStatePath(dataDirectory: DataDirectory.resolve(dataDir), plugin: name)
        let files = [path, path + "-wal", path + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }
        guard !files.isEmpty else {
            throw CommandFailure("no state for plugin '\(name)' at \(path): nothing to clear (give --state if it is elsewhere)")
        }
        guard let lock = StateLock(statePath: path, exclusive: true) else {
            throw CommandFailure("plugin '\(name)' is running (an instance holds \(path).lock): stop every instance first")
        }
        if !dryRun {
            for file in files { try FileManager.default.removeItem(atPath: file) }
        }
        withExtendedLifetime(lock) {}
        if json {
            var object = JSONObjectWriter()
            object.add("plugin", name)
            object.add("dry_run", dryRun)
            object.add("removed", strings: files)
            Output.json(object)
        } else if dryRun {
            Output.line("dry run: would remove \(files.joined(separator: ", "))")
        } else {
            Output.line("cleared the state of plugin '\(name)' (\(files.joined(separator: ", "))); it starts with an empty store")
        }
    }
}
