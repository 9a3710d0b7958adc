import Foundation
import RapportSupervisor
import Testing

/// The systemd units in deploy/systemd, checked with systemd's own tools offline (no running
/// systemd needed): `systemd-analyze security` must rate each 2.0 or lower, and
/// `systemd-analyze verify` must find nothing wrong. `make deps` installs systemd-analyze.
@Suite("systemd units in deploy/systemd")
struct SystemdUnitTests {
    static let units = ["rapport.service", "rapport-capture-sender.service"]
    static let highestExposure = 2.0

    static let unitDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy/systemd").path

    @Test("systemd-analyze security rates the unit 2.0 or lower", arguments: units)
    func exposure(unit: String) throws {
        let (status, output) = try Self.analyze(["security", "--offline=true", "--threshold=\(Int(Self.highestExposure * 10))",
                                                 Self.unitDirectory + "/" + unit])
        let line = output.split(separator: "\n").first { $0.contains("Overall exposure level for \(unit):") }
        let figure = line?.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }
        guard let figure else {
            Issue.record("no overall exposure level for \(unit) (--offline needs systemd 250 or later) in the output:\n\(output)")
            return
        }
        #expect(figure <= Self.highestExposure, "\(unit) is rated \(figure); the settings marked ✗ raise it:\n\(output)")
        #expect(status == 0, "systemd-analyze --threshold failed it (exit \(status)):\n\(output)")
        #expect(!output.contains("Unknown key") && !output.contains("ignoring"), "a setting systemd does not take:\n\(output)")
    }

    @Test("systemd-analyze verify finds nothing wrong (ExecStart pointed at the built rapport)", arguments: units)
    func verify(unit: String) throws {
        // verify insists that ExecStart's program exists; the unit names /usr/local/bin/rapport.
        let directory = NSTemporaryDirectory() + "rapport-units-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(contentsOfFile: Self.unitDirectory + "/" + unit, encoding: .utf8)
        try text.replacingOccurrences(of: "/usr/local/bin/rapport", with: BusProcess.binary)
            .write(toFile: directory + "/" + unit, atomically: true, encoding: .utf8)
        let (status, output) = try Self.analyze(["verify", "--man=no", directory + "/" + unit])
        #expect(status == 0 && output.isEmpty, "exit \(status):\n\(output)")
    }

    @Test("rapport.service gives rapport up the time it takes to start and to stop, and lets it stop the plugins before the bus")
    func timeouts() throws {
        let settings = try Self.settings("rapport.service")
        #expect(settings["Type"] == ["notify"] && settings["NotifyAccess"] == ["main"])
        // control-group would send SIGTERM to the bus and the plugins at once.
        #expect(settings["KillMode"] == ["mixed"] && settings["KillSignal"] == ["SIGTERM"])
        let stop = settings["TimeoutStopSec"]?.last.flatMap { Double($0) } ?? 0
        #expect(stop > Supervisor.pluginStopGrace + Supervisor.busStopGrace, "TimeoutStopSec=\(stop)")
        let start = settings["TimeoutStartSec"]?.last.flatMap { Double($0) } ?? 0
        #expect(start > Supervisor.busReadyTimeout, "TimeoutStartSec=\(start)")
        #expect(settings["UMask"] == ["0007"], "the rapport group may use the ipc sockets")
    }

    @Test("every option ExecStart passes is one the rapport command takes", arguments: units)
    func execStartOptions(unit: String) throws {
        guard let command = try Self.settings(unit)["ExecStart"]?.last?.split(separator: " ").map(String.init) else {
            Issue.record("\(unit) has no ExecStart")
            return
        }
        #expect(command.first == "/usr/local/bin/rapport")
        let words = command.dropFirst()
        let subcommand = Array(words.prefix { !$0.hasPrefix("-") })
        let (status, help) = try BusProcess.runCLI(subcommand + ["--help"])
        #expect(status == 0, "\(subcommand) --help:\n\(help)")
        for option in words where option.hasPrefix("--") {
            #expect(help.contains(option + " "), "rapport \(subcommand.joined(separator: " ")) takes no \(option):\n\(help)")
        }
    }

    // MARK: Helpers

    /// The unit's `Key=value` lines, each key's values in order.
    static func settings(_ unit: String) throws -> [String: [String]] {
        let text = try String(contentsOfFile: unitDirectory + "/" + unit, encoding: .utf8)
        var settings: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("[") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            settings[String(line[..<equals]), default: []].append(String(line[line.index(after: equals)...]))
        }
        return settings
    }

    /// Runs systemd-analyze with `arguments`: its exit status and its output and errors together.
    static func analyze(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/bin"]
        guard let tool = path.map({ $0 + "/systemd-analyze" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw TestFailure("systemd-analyze is not installed: `make deps` installs it (apt-get install systemd)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        // No pager, no colours: plain lines to parse.
        process.environment = ProcessInfo.processInfo.environment.merging(["SYSTEMD_PAGER": "cat", "SYSTEMD_COLORS": "0"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
