import Foundation
import RapportConfig
import Testing

@Suite("Plugin manifests")
struct PluginManifestTests {
    static let good = """
        name: complaint-alerts
        description: An alert for every high-severity complaint.
        command: [complaint-alerts]
        instances: 2
        subscriptions: [rapport.complaint.received, rapport.complaint.resolved]
        publishes: [rapport.alert.raised]
        settings:
          escalate_after_seconds: {type: integer, default: 14400, description: How long before escalating.}
          escalate_after: {type: duration, default: 4h}
        """

    @Test("a manifest reads into typed values; group defaults to the name")
    func reads() throws {
        let (manifest, errors) = PluginManifestFile.read(Self.good, source: "plugin.yaml")
        #expect(errors.isEmpty, "\(errors)")
        let m = try #require(manifest)
        #expect(m.name == "complaint-alerts" && m.group == "complaint-alerts" && m.instances == 2)
        #expect(m.subscriptions == ["rapport.complaint.received", "rapport.complaint.resolved"])
        #expect(m.settings["escalate_after_seconds"]?.kind == .integer && m.settings["escalate_after_seconds"]?.defaultValue == .int(14_400))
    }

    @Test("every shipped manifest reads without an error")
    func shipped() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["examples/complaint-alerts", "examples/python-counter", "promise-tracker", "name-usage", "feedback-aggregator"] {
            let path = root.appendingPathComponent("plugins/\(name)/plugin.yaml").path
            let (manifest, errors) = PluginManifestFile.read(try String(contentsOfFile: path, encoding: .utf8), source: path)
            #expect(errors.isEmpty && manifest?.name == name.split(separator: "/").last.map(String.init), "\(errors)")
        }
    }

    @Test("mistakes are errors with line, column and key", arguments: [
        ("name: x\ncommand: [x]\nsubscriptions: [a]\nsubscription: [b]\n", "4:1: subscription: unknown key; did you mean 'subscriptions'?"),
        ("name: x\ncommand: [x]\nsubscriptions: [a]\npublishes: [rapport.nope]\n", "4:12: publishes: 'rapport.nope' is neither"),
        ("name: x\ncommand: [x]\nsubscriptions: [a]\nsettings:\n  n: {type: integer, default: lots}\n", "5:31: settings.n.default: must be an integer"),
        ("name: x\ncommand: [x]\nsubscriptions: [a]\nsettings:\n  n: {type: colour}\n", "5:13: settings.n.type: must be one of"),
        ("name: ../x\ncommand: [x]\nsubscriptions: [a]\n", "1:7: name: group name"),
        ("name: x\nsubscriptions: [a]\n", "command: missing"),
        ("name: x\ncommand: [x]\nsubscriptions: [a]\nsettings:\n  n: {type: number, optional: maybe}\n", "settings.n.optional: must be true or false"),
    ])
    func mistakes(text: String, says: String) {
        let (manifest, errors) = PluginManifestFile.read(text, source: "plugin.yaml")
        #expect(manifest == nil)
        #expect(errors.contains { $0.description.contains(says) }, "\(errors.map(\.description))")
    }

    @Test("settings given in rapport.yaml are checked against the manifest")
    func settings() throws {
        let manifest = try #require(PluginManifestFile.read(Self.good, source: "plugin.yaml").manifest)
        #expect(manifest.problems(with: ["escalate_after_seconds": .int(60), "escalate_after": .string("30m")]).isEmpty)
        let problems = manifest.problems(with: ["escalate_after_seconds": .string("soon"), "colour": .string("red")])
        #expect(problems.map(\.key) == ["colour", "escalate_after_seconds"])
        #expect(problems.first?.message.contains("no setting 'colour'") == true)
    }

    @Test("an empty value is 'none' for an optional setting, and an error that shows it for any other")
    func emptyValues() throws {
        let text = "name: x\ncommand: [x]\nsubscriptions: [a]\nsettings:\n  target: {type: number, default: 30, optional: true}\n  every: {type: integer, default: 5}\n"
        let manifest = try #require(PluginManifestFile.read(text, source: "plugin.yaml").manifest)
        #expect(manifest.settings["target"]?.optional == true && manifest.settings["every"]?.optional == false)
        #expect(manifest.problems(with: ["target": .string("")]).isEmpty)
        #expect(manifest.problems(with: ["target": .null]).isEmpty)
        let problems = manifest.problems(with: ["every": .string("")])
        #expect(problems.first?.message == "must be an integer, got \"\" (this setting cannot be left empty)", "\(problems)")
    }
}
