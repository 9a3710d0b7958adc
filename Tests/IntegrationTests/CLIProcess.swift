import Foundation

/// Runs the `rapport` executable the way a user does, with standard output and standard error
/// apart, a working directory, extra environment, and optionally as the unprivileged user
/// `nobody` (to see "permission denied" when the tests run as root).
struct CLIProcess {
    /// What a finished run left.
    struct Result: CustomStringConvertible {
        let status: Int32
        let output: String
        let error: String
        /// Seconds from start to exit.
        let seconds: Double

        /// Standard output's lines.
        var lines: [String] { output.split(separator: "\n").map(String.init) }

        /// Each line of standard output read as a JSON object.
        func jsonLines() throws -> [[String: Any]] {
            try lines.map { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw TestFailure("not a JSON object: \(line)")
                }
                return object
            }
        }

        var description: String { "status \(status) after \(String(format: "%.2f", seconds)) s\nstdout: \(output)\nstderr: \(error)" }
    }

    var arguments: [String]
    var directory: String?
    var environment: [String: String] = [:]
    /// Run as `nobody` through setpriv (only possible, and only needed, as root).
    var asNobody = false

    init(_ arguments: [String], directory: String? = nil) {
        self.arguments = arguments
        self.directory = directory
    }

    /// Whether the tests run as root (then file permissions do not stop them, but `nobody` is
    /// stopped).
    static var isRoot: Bool { geteuid() == 0 }

    /// Runs to the end. Waits without blocking a thread of the test run (slow tests of other
    /// suites, and async ones, go on meanwhile).
    func run() async throws -> Result {
        try await start().wait()
    }

    /// Starts it; ``Running/wait()`` collects the result.
    func start() throws -> Running {
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", BusProcess.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: BusProcess.binary)
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "RAPPORT_DATA_DIR")
        process.environment = variables.merging(environment) { $1 }
        let base = NSTemporaryDirectory() + "rapport-cli-run-" + UUID().uuidString.prefix(8)
        for suffix in [".out", ".err"] { _ = FileManager.default.createFile(atPath: base + suffix, contents: nil) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        let started = Date()
        try process.run()
        return Running(process: process, base: base, started: started)
    }

    /// A `rapport` process started in the background.
    final class Running {
        let process: Process
        private let base: String
        private let started: Date

        init(process: Process, base: String, started: Date) {
            self.process = process
            self.base = base
            self.started = started
        }

        deinit {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }

        /// Standard output so far.
        var output: String { (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? "" }

        /// Waits for the exit (killing it after `timeoutSeconds`) and collects the result.
        func wait(timeoutSeconds: Double = 60) async -> Result {
            let deadline = Date().addingTimeInterval(timeoutSeconds)
            while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            let seconds = Date().timeIntervalSince(started)
            let error = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
            return Result(status: process.terminationStatus, output: output, error: error, seconds: seconds)
        }
    }
}

extension BusProcess {
    /// Runs `body` with the bus stopped (SIGSTOP), then lets it go on (SIGCONT): its sockets
    /// are there and take connections, but nothing answers, as with a bus that hangs.
    func whileStopped<T>(_ body: () async throws -> T) async throws -> T {
        guard let pid = process?.processIdentifier else { throw TestFailure("no bus process") }
        kill(pid, SIGSTOP)
        defer { kill(pid, SIGCONT) }
        return try await body()
    }
}
