import Foundation
import RapportClient
import RapportWire

/// A real plugin process (the `complaint-alerts` example unless told otherwise) beside a ``BusProcess``.
final class PluginProcess {
    let bus: BusProcess
    let statePath: String
    let instance: String
    let program: String
    private(set) var process: Process?
    let logPath: String
    /// The example plugin's executable, built beside `rapport`.
    static var binary: String { binary("complaint-alerts") }

    /// A plugin executable built beside `rapport`.
    static func binary(_ name: String) -> String {
        URL(fileURLWithPath: BusProcess.binary).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The executable this process runs.
    let executable: String

    init(bus: BusProcess, instance: String = "ca-1", statePath: String? = nil, executable: String? = nil, program: String = "complaint-alerts") {
        self.bus = bus
        self.executable = executable ?? Self.binary(program)
        self.instance = instance
        self.program = program
        self.statePath = statePath ?? bus.root + "/plugin-state/state.sqlite"
        logPath = bus.root + "/plugin-\(instance).log"
    }

    deinit {
        if let process, process.isRunning { process.terminate(); process.waitUntilExit() }
    }

    /// Starts the plugin with extra environment (a fault point, the escalation time).
    func start(environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--data-dir", bus.dataDirectory, "--state", statePath, "--instance", instance]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if !FileManager.default.fileExists(atPath: logPath) { _ = FileManager.default.createFile(atPath: logPath, contents: nil) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
    }

    /// Waits (up to 30 s, a guard against a hang) for the process to exit; its status.
    @discardableResult
    func waitForExit() -> Int32? {
        guard let process else { return nil }
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return process.isRunning ? nil : process.terminationStatus
    }

    func kill9() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func terminate() -> Int32 {
        guard let process else { return 0 }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    var logText: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Every `rapport.alert.*` event in the bus's log, in order, as (alert id, severity, kind).
    static func alerts(_ bus: BusProcess) throws -> [(id: String, severity: String, kind: String)] {
        let (_, events) = try BusConnection(bus.address).read(ReadRequest(from: .earliest, types: ["rapport.alert.*"], maxEvents: 10_000))
        return events.compactMap { event in
            guard let object = try? JSONSerialization.jsonObject(with: Data(event.event)) as? [String: Any],
                  let data = object["data"] as? [String: Any], let id = data["alert"] as? String else { return nil }
            return (id, data["severity"] as? String ?? "", data["kind"] as? String ?? (object["type"] as? String ?? ""))
        }
    }

    /// Waits (up to `seconds`, a guard against a hang) until `condition` holds.
    static func waitFor(seconds: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }
}
