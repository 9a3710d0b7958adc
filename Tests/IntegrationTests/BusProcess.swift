import Foundation
import RapportClient

/// A real `rapport bus` process in its own temporary data directory.
final class BusProcess {
    let root: String
    let dataDirectory: String
    private(set) var process: Process?
    private let extraArguments: [String]

    /// The built `rapport` executable: `$RAPPORT_BIN`, else `.build/debug/rapport` of this package.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["RAPPORT_BIN"] { return path }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/rapport").path
    }

    /// A file-size limit for the bus (`ulimit -f`, in KiB), to make its writes fail like a full disk.
    var fileSizeLimitKiB: Int?

    /// Variables added to the bus's environment (e.g. ``SlowSync/environment(millis:matching:)``).
    var environment: [String: String] = [:]

    init(arguments: [String] = []) throws {
        root = NSTemporaryDirectory() + "rapport-it-" + UUID().uuidString.prefix(8)
        dataDirectory = root + "/data"
        extraArguments = arguments
        try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
    }

    deinit {
        if let process, process.isRunning { process.terminate(); process.waitUntilExit() }
        try? FileManager.default.removeItem(atPath: root)
    }

    var address: BusAddress { BusAddress(dataDirectory: dataDirectory) }

    /// Starts the bus and waits until it answers INFO.
    func start() throws {
        try startWith(arguments: extraArguments, readyAddress: address)
    }

    /// Starts the bus with `arguments` and waits until it answers INFO at `readyAddress`.
    func startWith(arguments: [String], readyAddress: BusAddress) throws {
        let process = Process()
        let command = ["bus", "--data-dir", dataDirectory, "--log-level", "info"] + arguments
        if let limit = fileSizeLimitKiB {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "ulimit -f \(limit) && exec \"$0\" \"$@\"", Self.binary] + command
        } else {
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = command
        }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let logPath = root + "/bus.log"
        if !FileManager.default.fileExists(atPath: logPath) { _ = FileManager.default.createFile(atPath: logPath, contents: nil) }
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        self.process = process
        try waitUntilReady(readyAddress)
    }

    func waitUntilReady(_ address: BusAddress, timeoutSeconds: Double = 20) throws {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if let process, !process.isRunning { throw TestFailure("bus exited during start-up: \(logText)") }
            if let connection = try? BusConnection(address), (try? connection.info(timeoutMilliseconds: 300)) != nil { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TestFailure("bus did not answer INFO within \(timeoutSeconds)s: \(logText)")
    }

    /// `kill -9`: no chance to flush or answer anything.
    func kill9() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// SIGTERM and wait; returns the exit status.
    @discardableResult
    func terminate() -> Int32 {
        guard let process else { return 0 }
        process.terminate()
        process.waitUntilExit()
        self.process = nil
        return process.terminationStatus
    }

    /// The bus's log output so far (for failure messages).
    var logText: String {
        (try? String(contentsOfFile: root + "/bus.log", encoding: .utf8)) ?? ""
    }

    /// Runs the `rapport` executable with `arguments` to its end; returns its exit status and
    /// its standard output and error together.
    static func runCLI(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// INFO as parsed JSON.
    func info() throws -> [String: Any] {
        let info = try BusConnection(address).info()
        return try JSONSerialization.jsonObject(with: Data(info.encoded())) as? [String: Any] ?? [:]
    }

    /// The log's next offset from INFO.
    func nextOffset() throws -> Int {
        ((try info()["log"] as? [String: Any])?["next"] as? Int) ?? -1
    }
}

/// A failure inside test support, with what was seen.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
