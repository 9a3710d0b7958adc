import Foundation
import RapportConfig
import Testing
@testable import RapportSupervisor

@Suite("Supervisor plan: what rapport up runs, and what a reload changes")
final class SupervisorPlanTests {
    /// This test's scratch folder, removed when the test ends (a class suite is made afresh for each test).
    private let folder = NSTemporaryDirectory() + "plan-\(UUID().uuidString)"

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A plugins folder with one manifest whose command is a script in its folder.
    private func site(_ yaml: String, manifests: [String: String]) throws -> (Result<Site, SiteError>, String) {
        let root = folder + "/\(UUID().uuidString.prefix(8))"
        for (name, manifest) in manifests {
            let folder = root + "/plugins/" + name
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try manifest.write(toFile: folder + "/plugin.yaml", atomically: true, encoding: .utf8)
            try "#!/bin/sh\nexit 0\n".write(toFile: folder + "/run.sh", atomically: true, encoding: .utf8)
            chmod(folder + "/run.sh", 0o755)
        }
        try yaml.write(toFile: root + "/rapport.yaml", atomically: true, encoding: .utf8)
        return (Site.load(configurationPath: root + "/rapport.yaml", dataDirectory: nil, pluginsDirectory: PluginDirectory(root + "/plugins")), root)
    }

    private let manifest = """
        name: alerts
        description: test
        command: [./run.sh, --fast]
        instances: 2
        subscriptions: [rapport.complaint.*]
        publishes: [rapport.alert.raised]
        settings:
          escalate-after: {type: integer, default: 60, description: x}
          label: {type: string, default: "a b", description: y}
        """

    @Test("each instance gets the bus, its state, its instance name and its settings in the environment")
    func plan() throws {
        let (loaded, root) = try site("data_dir: /tmp/d\nplugins:\n  alerts:\n    settings:\n      escalate-after: 5\n", manifests: ["alerts": manifest])
        let site = try loaded.get()
        let plan = try SupervisorPlan.make(site: site, rapportExecutable: "/usr/bin/rapport", logLevel: "info").get()
        #expect(plan.bus.arguments == ["bus", "--log-level", "info", "--config", root + "/rapport.yaml"])
        #expect(plan.plugins.map(\.id) == ["alerts#1", "alerts#2"], "the manifest's instances when rapport.yaml gives none")
        let first = plan.plugins[0]
        #expect(first.executable == root + "/plugins/alerts/./run.sh")
        #expect(first.arguments == ["--fast"])
        #expect(first.directory == root + "/plugins/alerts")
        #expect(first.environment["RAPPORT_DATA_DIR"] == "/tmp/d")
        #expect(first.environment["RAPPORT_PLUGIN_STATE"] == "/tmp/d/plugins/alerts/state.sqlite")
        #expect(first.environment["RAPPORT_PLUGIN_INSTANCE"] == "alerts-1")
        #expect(first.environment["ALERTS_ESCALATE_AFTER"] == "5", "rapport.yaml overrides the manifest's default")
        #expect(first.environment["ALERTS_LABEL"] == "a b")
        #expect(first.environment["RAPPORT_SETTINGS"] == #"{"escalate-after":5,"label":"a b"}"#)
        #expect(first.environment["RAPPORT_CONFIG"] == root + "/rapport.yaml", "the site's file, for the locations' calendars")
    }

    @Test("a plugin that is not installed, a setting its manifest does not declare, and a command that is not there are refused, all at once")
    func problems() throws {
        let (loaded, _) = try site("data_dir: /tmp/d\nplugins:\n  alerts:\n    settings: {colour: red}\n  missing: {}\n", manifests: ["alerts": manifest])
        guard case .failure(let error) = loaded else { Issue.record("loaded"); return }
        #expect(error.problems.count == 2)
        #expect(error.problems.contains { $0.contains("plugins.alerts.settings.colour") && $0.contains("has no setting") })
        #expect(error.problems.contains { $0.contains("plugins.missing") && $0.contains("no plugin 'missing' is installed") })

        let broken = manifest.replacingOccurrences(of: "./run.sh", with: "no-such-program-here")
        let (other, _) = try site("data_dir: /tmp/d\nplugins:\n  alerts: {}\n", manifests: ["alerts": broken])
        let result = SupervisorPlan.make(site: try other.get(), rapportExecutable: "/nowhere/rapport", logLevel: "info", searchPath: "/nonexistent")
        guard case .failure(let planError) = result else { Issue.record("planned"); return }
        #expect(planError.description.contains("runs 'no-such-program-here', which is not in"))
    }

    @Test("a reload starts added instances, stops removed ones, restarts changed ones; disabled plugins do not run")
    func changes() throws {
        let (a, _) = try site("data_dir: /tmp/d\nplugins:\n  alerts: {instances: 2}\n", manifests: ["alerts": manifest])
        let (b, _) = try site("data_dir: /tmp/d\nplugins:\n  alerts: {instances: 1, settings: {label: new}}\n", manifests: ["alerts": manifest])
        let (c, _) = try site("data_dir: /tmp/d\nplugins:\n  alerts: {enabled: false}\n", manifests: ["alerts": manifest])
        let before = try SupervisorPlan.make(site: try a.get(), rapportExecutable: "/r", logLevel: "info").get()
        let after = try SupervisorPlan.make(site: try b.get(), rapportExecutable: "/r", logLevel: "info").get()
        let off = try SupervisorPlan.make(site: try c.get(), rapportExecutable: "/r", logLevel: "info").get()
        let changes = before.changes(to: after)
        #expect(changes.removed.map(\.id) == ["alerts#2"])
        #expect(changes.changed.map(\.id) == ["alerts#1"], "its settings changed")
        #expect(changes.added.isEmpty)
        #expect(changes.busChanged, "the configuration file's path differs between the two sites")
        #expect(off.plugins.isEmpty)
    }
}
