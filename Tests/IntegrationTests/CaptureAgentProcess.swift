import Foundation
import RapportClient
import RapportWire

/// A capture agent's side of the capture tests: its own spool directory, the `rapport capture`
/// command line pointed at one bus, and reading back what reached that bus.
final class CaptureAgentProcess {
    let root: String
    let busDataDirectory: String

    init(bus: BusProcess) throws {
        root = NSTemporaryDirectory() + "rapport-capture-it-" + UUID().uuidString.prefix(8)
        busDataDirectory = bus.dataDirectory
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    var spool: String { root + "/spool.sqlite" }

    /// The options naming this agent's spool, desk and bus.
    var common: [String] {
        ["--spool", spool, "--location", "store-12", "--desk", "3", "--agent", "a-17", "--data-dir", busDataDirectory]
    }

    /// `rapport capture <arguments> <common options>` to its end, with `environment` added;
    /// with `fileSizeLimitKiB`, under `ulimit -f` (its writes fail as on a full disk).
    func run(_ arguments: [String], environment: [String: String] = [:], fileSizeLimitKiB: Int? = nil) throws -> (status: Int32, killed: Bool, output: String) {
        let process = Process()
        if let limit = fileSizeLimitKiB {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "ulimit -f \(limit) && exec \"$0\" \"$@\"", BusProcess.binary, "capture"] + arguments + common
        } else {
            process.executableURL = URL(fileURLWithPath: BusProcess.binary)
            process.arguments = ["capture"] + arguments + common
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, output)
    }

    /// A promise for customer `customer`, sent within `sendTimeout`.
    func promise(_ customer: String, what: String = "call back", sendTimeout: String = "2s", json: Bool = true,
                 environment: [String: String] = [:]) throws -> (status: Int32, killed: Bool, output: String) {
        try run(["promise-made", "--customer-id", customer, "--customer-name", "Zoë", "--what", what, "--due-text", "by Friday",
                 "--send-timeout", sendTimeout] + (json ? ["--json"] : []), environment: environment)
    }

    /// `status --json`, parsed.
    func status() throws -> [String: Any] {
        let result = try run(["status", "--json"])
        guard result.status == 0 else { throw TestFailure("status failed: \(result.output)") }
        return try Self.object(result.output)
    }

    /// The last line of `output` as a JSON object.
    static func object(_ output: String) throws -> [String: Any] {
        let line = output.split(separator: "\n").last.map(String.init) ?? ""
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(output)")
        }
        return object
    }

    /// Starts `rapport capture sender` in the background.
    func startSender() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BusProcess.binary)
        process.arguments = ["capture", "sender", "--log-level", "debug"] + common
        let log = root + "/sender.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// Everything in the bus's log, by READ from the start: (offset, event JSON).
    static func everything(_ address: BusAddress) throws -> [(offset: UInt64, event: [String: Any])] {
        let connection = try BusConnection(address)
        var request = ReadRequest(from: .earliest)
        var all: [(UInt64, [String: Any])] = []
        while true {
            let (batch, events) = try connection.read(request)
            for event in events {
                let object = try JSONSerialization.jsonObject(with: Data(event.event)) as? [String: Any] ?? [:]
                all.append((event.offset, object))
            }
            if batch.caughtUp || events.isEmpty { return all }
            request.from = .offset(batch.next)
        }
    }
}
