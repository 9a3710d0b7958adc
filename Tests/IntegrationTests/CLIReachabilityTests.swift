import Foundation
import RapportClient
import Testing

/// Every client command fails within its timeout when the bus cannot be reached, and says which
/// of four things is wrong: no such data directory, no bus socket there, permission denied, no
/// answer; each with the path and what to do, and the exit status scripts retry on (69) or not (77).
@Suite("CLI: an unreachable bus", .serialized)
final class CLIReachabilityTests {
    let root = NSTemporaryDirectory() + "rapport-reach-" + UUID().uuidString.prefix(8)

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Each client command, with the options it needs besides where the bus is.
    static let commands: [[String]] = [
        ["emit", String(decoding: TestEvents.feedback(id: "reach-1"), as: UTF8.self)],
        ["tail"],
        ["consume", "--group", "g"],
        ["read"],
        ["groups"],
        ["groups", "reset", "g", "--to", "earliest"],
        ["alerts", "--since", "1h"],
        ["alerts", "ack", "a-1", "--by", "alice"],
        ["ping"],
    ]

    /// The `--timeout` of runs that must not wait for it: far beyond the 60 s after which the
    /// test kills a run (``CLIProcess/Running/wait(timeoutSeconds:)``), so a command that waited
    /// for its timeout is killed and fails on its exit status. No wall time is asserted.
    static let longTimeout = "600s"

    /// The status each command gives for "the bus is unavailable" (ping speaks monitoring).
    static func unavailable(_ command: [String]) -> Int32 { command.first == "ping" ? 2 : 69 }

    @Test("no such data directory: every client command says so, naming it, and exits 69", arguments: commands)
    func noDataDirectory(command: [String]) async throws {
        let missing = root + "/no-such-dir"
        let result = try await CLIProcess(command + ["--data-dir", missing, "--timeout", Self.longTimeout]).run()
        #expect(result.status == Self.unavailable(command), "\(result)")
        #expect((result.output + result.error).contains("no such data directory: \(missing)"), "\(result)")
        #expect((result.output + result.error).contains("rapport bus --data-dir \(missing)"), "\(result)")
    }

    @Test("a data directory without a bus socket: every client command says so and exits 69", arguments: commands)
    func noSocket(command: [String]) async throws {
        let result = try await CLIProcess(command + ["--data-dir", root, "--timeout", Self.longTimeout]).run()
        #expect(result.status == Self.unavailable(command), "\(result)")
        #expect((result.output + result.error).contains("no bus socket there: the data directory \(root)"), "\(result)")
    }

    @Test("the default data directory is named as the default when it is missing")
    func defaultDataDirectory() async throws {
        let result = try await CLIProcess(["groups"], directory: root).run()
        #expect(result.status == 69, "\(result)")
        #expect(result.error.contains("rapport-data") && result.error.contains("neither --data-dir nor $RAPPORT_DATA_DIR is set"), "\(result)")
    }

    @Test("a socket this user may not connect to: permission denied, with its mode and owner, exit 77", arguments: commands)
    func permissionDenied(command: [String]) async throws {
        let bus = try BusProcess()
        try bus.start()
        var run = CLIProcess(command + ["--data-dir", bus.dataDirectory])
        if CLIProcess.isRoot {
            // Root connects anywhere; nobody may not write the socket root's bus made (0755).
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bus.root)
            run.asNobody = true
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: bus.dataDirectory + "/bus.sock")
            try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: bus.dataDirectory + "/live.sock")
        }
        let result = try await run.run()
        #expect(result.status == (command.first == "ping" ? 2 : 77), "\(result)")
        let text = result.output + result.error
        #expect(text.contains("permission denied: \(bus.dataDirectory)/bus.sock exists but this user"), "\(result)")
        #expect(text.contains("mode 0"), "\(result)")
        #expect(!text.contains("Usage:"), "\(result)")
    }

    @Test("a socket left by a killed bus: no answer, at once, exit 69", arguments: commands)
    func killedBus(command: [String]) async throws {
        let bus = try BusProcess()
        try bus.start()
        bus.kill9()
        #expect(FileManager.default.fileExists(atPath: bus.dataDirectory + "/bus.sock"))
        let result = try await CLIProcess(command + ["--data-dir", bus.dataDirectory, "--timeout", Self.longTimeout]).run()
        #expect(result.status == Self.unavailable(command), "\(result)")
        #expect((result.output + result.error).contains("no answer: \(bus.dataDirectory)/bus.sock"), "\(result)")
    }

    @Test("a bus that does not answer: no answer within --timeout, exit 69")
    func stoppedBus() async throws {
        let bus = try BusProcess()
        try bus.start()
        try await bus.whileStopped {
            for command in Self.commands where command.first != "ping" {
                let result = try await CLIProcess(command + ["--data-dir", bus.dataDirectory, "--timeout", "300ms"]).run()
                #expect(result.status == 69, "\(command): \(result)")
                #expect(result.error.contains("no answer from the bus at ipc://\(bus.dataDirectory)/bus.sock within 300 ms"), "\(command): \(result)")
            }
        }
    }

    @Test("tail on a tcp endpoint needs the live endpoint and never makes one up under the working directory")
    func tailOnTCPNeedsLiveEndpoint() async throws {
        let work = root + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let serverKey = String(repeating: "0", count: 40)
        let result = try await CLIProcess(["tail", "--endpoint", "tcp://127.0.0.1:7400", "--server-key", serverKey], directory: work).run()
        #expect(result.status == 64, "\(result)")
        #expect(result.error.contains("give it with --live-endpoint"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty, "nothing is made under the working directory")

        let liveOnly = try await CLIProcess(["tail", "--live-endpoint", "tcp://127.0.0.1:7401", "--server-key", serverKey], directory: work).run()
        #expect(liveOnly.status == 64, "\(liveOnly)")
        #expect(liveOnly.error.contains("--live-endpoint needs the bus's ingest endpoint too"), "\(liveOnly)")
    }

    @Test("tail on tcp with both endpoints fails within its timeout when no bus answers")
    func tailOnTCPTimesOut() async throws {
        let serverKey = String(repeating: "0", count: 40)
        let port = try CurveTests.freePort()
        let result = try await CLIProcess(["tail", "--endpoint", "tcp://127.0.0.1:\(port)", "--live-endpoint", "tcp://127.0.0.1:\(port + 1)",
                                     "--server-key", serverKey, "--timeout", "500ms"]).run()
        #expect(result.status == 69, "\(result)")
        #expect(result.error.contains("no answer from the bus at tcp://127.0.0.1:\(port) within 500 ms"), "\(result)")
        #expect(result.error.contains("is the server key its public key"), "\(result)")
    }

    /// A Z85 key may start with "-" (one key in 85): it is read as the option's value, not as another
    /// option, so a freshly generated key never breaks a command line.
    @Test("a key starting with '-' is the value of --server-key and --public-key, not an option")
    func keysStartingWithADash() async throws {
        let serverKey = "-" + String(repeating: "0", count: 39)
        let port = try CurveTests.freePort()
        let tail = try await CLIProcess(["tail", "--endpoint", "tcp://127.0.0.1:\(port)", "--live-endpoint", "tcp://127.0.0.1:\(port + 1)",
                                   "--server-key", serverKey, "--timeout", "300ms"]).run()
        #expect(tail.status == 69, "\(tail)")
        #expect(tail.error.contains("no answer from the bus at tcp://127.0.0.1:\(port) within 300 ms"), "\(tail)")
        // Capture reads it too: an empty spool flushes (nothing to send) instead of a usage error.
        let flush = try await CLIProcess(["capture", "flush", "--endpoint", "tcp://127.0.0.1:\(port)", "--server-key", serverKey,
                                    "--spool", root + "/spool.sqlite"]).run()
        #expect(flush.status == 0, "\(flush)")
        #expect(flush.output.contains("0 pending"), "\(flush)")
        let keysFile = root + "/keys.yaml"
        let added = try await CLIProcess(["keys", "add", "--public-key", serverKey, "--role", "admin", "--name", "ops", "--keys-file", keysFile]).run()
        #expect(added.status == 0, "\(added)")
        #expect(try String(contentsOfFile: keysFile, encoding: .utf8).contains(serverKey))
    }

    @Test("--timeout takes durations and seconds; anything else is a usage error", arguments: [
        ("2s", true), ("500ms", true), ("1.5", true), ("0", false), ("2x", false), ("2h", false),
    ])
    func timeoutValues(value: String, valid: Bool) async throws {
        let result = try await CLIProcess(["groups", "--data-dir", root + "/none", "--timeout", value]).run()
        #expect(result.status == (valid ? 69 : 64), "\(result)")
        if !valid { #expect(result.error.contains("--timeout must be a duration"), "\(result)") }
    }
}
