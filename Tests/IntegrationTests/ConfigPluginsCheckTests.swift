import Foundation
import Testing

/// `rapport config check` checks the configured plugins against their manifests.
@Suite("rapport config check: plugins")
struct ConfigPluginsCheckTests {
    private var repositoryPlugins: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("plugins").path
    }

    @Test("a configured plugin needs a manifest, and its settings must be ones the manifest declares")
    func manifests() throws {
        let root = NSTemporaryDirectory() + "rapport-cfg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let good = root + "/good.yaml"
        try """
            data_dir: \(root)/data
            plugins:
              complaint-alerts:
                settings: {escalate_after_seconds: 60}
            """.write(toFile: good, atomically: true, encoding: .utf8)
        let ok = try BusProcess.runCLI(["config", "check", good, "--plugins-dir", repositoryPlugins])
        #expect(ok.status == 0, "\(ok.output)")

        let bad = root + "/bad.yaml"
        try """
            data_dir: \(root)/data
            plugins:
              complaint-alerts:
                settings: {escalate_after_seconds: soon, colour: red}
              loyalty-points: {}
              retired: {enabled: false}
            """.write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try BusProcess.runCLI(["config", "check", bad, "--plugins-dir", repositoryPlugins])
        #expect(refused.status == 1)
        #expect(refused.output.contains("plugins.complaint-alerts.settings.colour: complaint-alerts has no setting 'colour'"), "\(refused.output)")
        #expect(refused.output.contains("plugins.complaint-alerts.settings.escalate_after_seconds: must be an integer"), "\(refused.output)")
        #expect(refused.output.contains("plugins.loyalty-points: no manifest"), "\(refused.output)")
        #expect(!refused.output.contains("plugins.retired"), "a disabled plugin needs no manifest: \(refused.output)")
    }
}
