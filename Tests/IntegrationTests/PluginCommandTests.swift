import Foundation
import RapportClient
import RapportPlugin
import Testing

/// `rapport plugins` and `rapport plugins reset-state` with real processes.
@Suite("rapport plugins", .serialized)
struct PluginCommandTests {
    private var repositoryPlugins: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("plugins").path
    }

    @Test("lists the installed plugins from their manifests")
    func list() throws {
        let text = try BusProcess.runCLI(["plugins", "--plugins-dir", repositoryPlugins])
        #expect(text.status == 0, "\(text.output)")
        #expect(text.output.contains("complaint-alerts  group complaint-alerts") && text.output.contains("python-counter"), "\(text.output)")
        let json = try BusProcess.runCLI(["plugins", "list", "--plugins-dir", repositoryPlugins, "--json"])
        let names = json.output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["name"] as? String
        }
        #expect(names == ["complaint-alerts", "python-counter", "feedback-aggregator", "name-usage", "promise-tracker"], "\(json.output)")
    }

    @Test("reset-state refuses while an instance runs, then clears the store so a group reset replays into it")
    func resetState() throws {
        let bus = try BusProcess()
        try bus.start()
        let plugin = PluginProcess(bus: bus)
        try plugin.start()
        _ = try Producer(bus.address).publish([TestEvents.complaint("k1"), TestEvents.complaint("k2")])
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 2 })
        let refused = try BusProcess.runCLI(["plugins", "reset-state", "complaint-alerts", "--state", plugin.statePath])
        #expect(refused.status != 0 && refused.output.contains("is running"), "\(refused.output)")
        #expect(plugin.terminate() == 0)

        let reset = try BusProcess.runCLI(["groups", "reset", "complaint-alerts", "--to", "earliest", "--data-dir", bus.dataDirectory])
        #expect(reset.status == 0, "\(reset.output)")
        let cleared = try BusProcess.runCLI(["plugins", "reset-state", "complaint-alerts", "--state", plugin.statePath])
        #expect(cleared.status == 0 && cleared.output.contains("cleared the state"), "\(cleared.output)")
        #expect(!FileManager.default.fileExists(atPath: plugin.statePath))
        try plugin.start()
        // The replay is handled afresh: both complaints again (new alerts), none skipped as handled.
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(bus).count >= 4 }, "\(plugin.logText)")
        _ = plugin.terminate()
        let store = try PluginStore(path: plugin.statePath, migrations: [])
        #expect(try store.read { db in try db.row("SELECT COUNT(*) AS n FROM rapport_handled")?.int("n") } == 2)
    }

    @Test("a plugin whose manifest does not match its code does not start, and says why")
    func manifestMismatch() throws {
        let bus = try BusProcess()
        try bus.start()
        let manifest = bus.root + "/plugin.yaml"
        try "name: complaint-alerts\ncommand: [complaint-alerts]\nsubscriptions: [rapport.promise.*]\npublishes: [rapport.alert.raised]\n"
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let plugin = PluginProcess(bus: bus)
        try plugin.start(environment: ["RAPPORT_PLUGIN_MANIFEST": manifest])
        #expect(plugin.waitForExit() != 0)
        #expect(plugin.logText.contains("does not match the plugin's code"), "\(plugin.logText)")
    }
}
