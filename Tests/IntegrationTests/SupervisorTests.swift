import Foundation
import RapportClient
import RapportConfig
import RapportWire
import ZMQ
import RapportSupervisor
import Testing

/// `rapport up` as an operator runs it: the real bus and the real complaint-alerts plugin as
/// child processes, over ipc.
@Suite("Supervisor (rapport up) with real processes", .serialized)
struct SupervisorTests {
    /// A running `rapport up` on a fresh data directory with the example plugins folder.
    final class Up {
        let bus: BusProcess
        let configPath: String
        let process = Process()
        let logPath: String

        init(instances: Int = 1, extra: String = "", site: (String) throws -> String = { _ in "" }) throws {
            bus = try BusProcess()
            configPath = bus.root + "/rapport.yaml"
            logPath = bus.root + "/up.log"
            let top = try site(bus.root)
            try (top + Self.config(instances: instances, dataDirectory: bus.dataDirectory, extra: extra)).write(toFile: configPath, atomically: true, encoding: .utf8)
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
            let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
            let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            process.executableURL = URL(fileURLWithPath: BusProcess.binary)
            process.arguments = ["up", "--config", configPath, "--plugins-dir", packageRoot.appendingPathComponent("plugins").path,
                                 "--log-level", "info"]
            process.standardOutput = log
            process.standardError = log
            try process.run()
        }

        deinit {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
        }

        static func config(instances: Int, dataDirectory: String, extra: String = "") -> String {
            """
            data_dir: \(dataDirectory)
            plugins:
              complaint-alerts:
                instances: \(instances)
            \(extra)
            """
        }

        /// The status file, once written.
        func status() -> SupervisorStatus? {
            try? SupervisorStatus.read(from: SupervisorStatus.path(dataDirectory: bus.dataDirectory))
        }

        /// Waits until every process named is running (each a fresh pid when `not` is given).
        func waitRunning(_ ids: [String], not old: [String: Int32] = [:]) -> [String: Int32] {
            var pids: [String: Int32] = [:]
            _ = PluginProcess.waitFor(seconds: 60) {
                guard let status = status() else { return false }
                pids = [:]
                for process in status.processes where process.state == "running" { pids[process.id] = process.pid }
                return ids.allSatisfy { id in pids[id].map { old[id] != $0 } ?? false }
            }
            return pids
        }

        var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
    }

    private func complaints(_ bus: BusProcess, _ ids: [String]) throws {
        let outcomes = try Producer(bus.address).publish(ids.map { TestEvents.complaint($0, customer: "c-1") })
        #expect(outcomes.allSatisfy { if case .accepted = $0 { true } else { false } })
    }

    @Test("a plugin killed with kill -9 is started again, and every complaint still becomes exactly one alert")
    func restartsAKilledPlugin() throws {
        let up = try Up()
        let first = up.waitRunning(["bus", "complaint-alerts#1"])
        #expect(first.count == 2, "log:\n\(up.log)")
        let before = (0..<20).map { "before-\($0)" }
        try complaints(up.bus, before)
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(up.bus).count >= 20 })
        kill(first["complaint-alerts#1"]!, SIGKILL)
        let after = (0..<20).map { "after-\($0)" }
        try complaints(up.bus, after)
        let second = up.waitRunning(["complaint-alerts#1"], not: first)
        #expect(second["complaint-alerts#1"] != nil, "started again; log:\n\(up.log)")
        #expect(second["bus"] == first["bus"], "the bus kept running")
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(up.bus).count >= 40 })
        Thread.sleep(forTimeInterval: 0.5)
        let alerts = try PluginProcess.alerts(up.bus).map(\.id)
        #expect(alerts.count == 40 && Set(alerts) == Set((before + after).map { "complaint-\($0)" }), "none lost or doubled: \(alerts.count)")
        let plugin = up.status()?.processes.first { $0.id == "complaint-alerts#1" }
        #expect(plugin?.restarts == 1)
        #expect(plugin?.lastExit == "killed by signal 9 (SIGKILL)")
        #expect(up.log.contains("[complaint-alerts#1]"), "its log lines carry its id")
        up.process.terminate()
        up.process.waitUntilExit()
        #expect(up.process.terminationStatus == 0)
        #expect(up.status()?.processes.allSatisfy { $0.state == "stopped" } == true)
    }

    @Test("SIGHUP adds an instance and removes it again; a configuration with an error is refused and the old one keeps running")
    func reload() throws {
        let up = try Up()
        let first = up.waitRunning(["bus", "complaint-alerts#1"])
        try Up.config(instances: 2, dataDirectory: up.bus.dataDirectory).write(toFile: up.configPath, atomically: true, encoding: .utf8)
        kill(up.process.processIdentifier, SIGHUP)
        let two = up.waitRunning(["complaint-alerts#1", "complaint-alerts#2"])
        #expect(two["complaint-alerts#2"] != nil, "log:\n\(up.log)")
        #expect(two["complaint-alerts#1"] == first["complaint-alerts#1"], "an unchanged instance keeps running")
        #expect(two["bus"] == first["bus"], "the bus keeps running")

        try Up.config(instances: 1, dataDirectory: up.bus.dataDirectory, extra: "  no_such_key: 1").write(toFile: up.configPath, atomically: true, encoding: .utf8)
        kill(up.process.processIdentifier, SIGHUP)
        #expect(PluginProcess.waitFor { up.status()?.lastReload?.applied == false })
        #expect(up.status()?.lastReload?.message.contains("no_such_key") == true)
        #expect(up.status()?.processes.filter { $0.state == "running" }.count == 3, "still the bus and both instances")

        try Up.config(instances: 1, dataDirectory: up.bus.dataDirectory).write(toFile: up.configPath, atomically: true, encoding: .utf8)
        kill(up.process.processIdentifier, SIGHUP)
        #expect(PluginProcess.waitFor { up.status()?.processes.map(\.id) == ["bus", "complaint-alerts#1"] })
        try complaints(up.bus, ["after-reload"])
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(up.bus).contains { $0.id == "complaint-after-reload" } })
        up.process.terminate()
        up.process.waitUntilExit()
        #expect(up.process.terminationStatus == 0)
    }

    @Test("plugins see SIGTERM: a Python plugin stops on it within the grace period instead of being killed")
    func childrenGetStopSignals() throws {
        let up = try Up(extra: "  python-counter: {}")
        let running = up.waitRunning(["bus", "complaint-alerts#1", "python-counter#1"])
        #expect(running.count == 3, "log:\n\(up.log)")
        up.process.terminate()
        up.process.waitUntilExit()
        #expect(up.process.terminationStatus == 0)
        #expect(!up.log.contains("did not stop within"), "a child had SIGTERM blocked:\n\(up.log)")
        #expect(up.status()?.processes.allSatisfy { $0.state == "stopped" } == true)
    }

    @Test("on tcp, rapport up gives each plugin its own key with its manifest's rights; its alerts arrive, and nothing beyond them is allowed")
    func pluginKeysOnTCP() throws {
        let serverKeys = try CurveKeyPair.generate()
        let admin = try CurveKeyPair.generate()
        let ingest = "tcp://127.0.0.1:\(try CurveTests.freePort())"
        let live = "tcp://127.0.0.1:\(try CurveTests.freePort())"
        let metricsPort = try CurveTests.freePort()
        let up = try Up(extra: "  python-counter: {}") { root in
            try (serverKeys.secretKey + "\n").write(toFile: root + "/bus.key", atomically: true, encoding: .utf8)
            chmod(root + "/bus.key", 0o600)
            // The operator's own key, registered before the site starts.
            let (status, output) = try BusProcess.runCLI(["keys", "add", "--public-key", admin.publicKey, "--role", "admin", "--name", "ops",
                                                          "--keys-file", root + "/keys.yaml", "--timeout", "1s"])
            #expect(status == 0, "\(output)")
            return """
                endpoints: {ingest: "\(ingest)", live: "\(live)"}
                curve: {secret_key_file: "\(root)/bus.key", keys_file: "\(root)/keys.yaml"}
                metrics: {listen: "127.0.0.1:\(metricsPort)"}

                """
        }
        let running = up.waitRunning(["bus", "complaint-alerts#1", "python-counter#1"])
        #expect(running.count == 3, "log:\n\(up.log)")
        let registry = try KeyRegistry.parse(String(contentsOfFile: up.bus.root + "/keys.yaml", encoding: .utf8), file: "keys.yaml")
        let plugin = registry.key(named: "plugin.complaint-alerts")
        #expect(plugin?.role == .plugin)
        #expect(plugin?.consumes == ["rapport.complaint.received", "rapport.complaint.resolved"])
        #expect(plugin?.publishes == ["rapport.alert.raised", "rapport.alert.resolved"])
        #expect(registry.key(named: "plugin.python-counter")?.role == .plugin)
        let address = BusAddress(ingest: ingest, live: live, serverKey: serverKeys.publicKey, clientKeys: admin)
        let outcomes = try Producer(address).publish([TestEvents.complaint("on-tcp", customer: "c-1")])
        #expect(outcomes.allSatisfy { if case .accepted = $0 { true } else { false } })
        let arrived = try PluginProcess.waitFor {
            let (_, events) = try BusConnection(address).read(ReadRequest(from: .earliest, types: ["rapport.alert.*"], maxEvents: 100))
            return events.contains { String(decoding: $0.event, as: UTF8.self).contains("complaint-on-tcp") }
        }
        #expect(arrived, "the plugin's alert reached the bus over tcp; log:\n\(up.log)")
        // rapport up reads the bus's INFO for its metrics with a key of its own, registered as admin.
        var ingested: Double?
        _ = PluginProcess.waitFor { ingested = MetricsScrape.get(port: metricsPort)?.value("rapport_ingest_events_total"); return (ingested ?? 0) >= 1 }
        #expect((ingested ?? 0) >= 1, "bus figures over tcp; log:\n\(up.log)")
        #expect(try KeyRegistry.parse(String(contentsOfFile: up.bus.root + "/keys.yaml", encoding: .utf8), file: "keys.yaml")
            .key(named: "rapport-up")?.role == .admin)
        // The plugin's key is a plugin's: it may not read what its manifest does not name.
        let pluginSecret = try String(contentsOfFile: up.bus.dataDirectory + "/plugins/complaint-alerts/client.key", encoding: .utf8)
        let pluginAddress = BusAddress(ingest: ingest, live: live, serverKey: serverKeys.publicKey,
                                       clientKeys: try CurveKeyPair(secretKey: pluginSecret.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(throws: ClientError.self) { try BusConnection(pluginAddress).read(ReadRequest(from: .earliest, types: ["rapport.promise.*"])) }
        up.process.terminate()
        up.process.waitUntilExit()
        #expect(up.process.terminationStatus == 0)
    }

    @Test("rapport up killed with kill -9: the bus and its plugins stop by themselves, and a new rapport up starts on the same data directory")
    func childrenStopWhenTheSupervisorDies() throws {
        let up = try Up(extra: "  python-counter: {}")
        let running = up.waitRunning(["bus", "complaint-alerts#1", "python-counter#1"])
        #expect(running.count == 3, "log:\n\(up.log)")
        kill(up.process.processIdentifier, SIGKILL)
        up.process.waitUntilExit()
        // Gone, or a zombie nobody reaps (re-parented to a pid 1 that does not reap, in a container).
        func alive(_ pid: pid_t) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            return !stat[close...].hasPrefix(") Z")
        }
        let gone = PluginProcess.waitFor(seconds: 30) { running.values.allSatisfy { !alive($0) } }
        #expect(gone, "children still running: \(running.filter { alive($0.value) })")
        // The data directory is free: a new supervisor starts its bus there.
        let again = Process()
        again.executableURL = up.process.executableURL
        again.arguments = up.process.arguments
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: up.logPath))
        log.seekToEndOfFile()
        again.standardOutput = log
        again.standardError = log
        try again.run()
        defer { if again.isRunning { again.terminate(); again.waitUntilExit() } }
        let second = up.waitRunning(["bus", "complaint-alerts#1"], not: running)
        #expect(second.count >= 2, "log:\n\(up.log)")
        try complaints(up.bus, ["after-supervisor-restart"])
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(up.bus).contains { $0.id == "complaint-after-supervisor-restart" } })
    }

    @Test("a configuration naming a plugin that is not installed does not start, and says which")
    func refusesABrokenSite() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        try "data_dir: \(bus.dataDirectory)\nplugins:\n  nowhere: {}\n".write(toFile: config, atomically: true, encoding: .utf8)
        let (status, output) = try BusProcess.runCLI(["up", "--config", config, "--plugins-dir", bus.root])
        #expect(status == 1)
        #expect(output.contains("plugins.nowhere") && output.contains("no plugin 'nowhere' is installed"), "\(output)")
    }
}
