import Foundation
import RapportWire
import Testing

/// `rapport ping`: a health check with the monitoring plugins' exit statuses: 0 OK, 1 WARNING,
/// 2 CRITICAL, 3 UNKNOWN.
@Suite("rapport ping", .serialized)
struct PingTests {
    @Test("a bus that answers: 0 OK, with its version, the log's next offset and the answer time")
    func up() async throws {
        let bus = try BusProcess()
        try bus.start()
        let result = try await CLIProcess(["ping", "--data-dir", bus.dataDirectory]).run()
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasPrefix("OK - rapport bus \(RapportVersion.current) answered INFO in "), "\(result)")
        #expect(result.output.contains("log next offset 0"), "\(result)")

        let json = try await CLIProcess(["ping", "--data-dir", bus.dataDirectory, "--json", "--timeout", "3s"]).run()
        #expect(json.status == 0, "\(json)")
        let object = try json.jsonLines().first
        #expect(object?["status"] as? String == "ok" && object?["code"] as? Int == 0, "\(json)")
        #expect(object?["version"] as? String == RapportVersion.current, "\(json)")
        #expect(object?["log_next"] as? Int == 0 && object?["answer_ms"] as? Int != nil, "\(json)")
    }

    @Test("a bus killed with its socket left behind: 2 CRITICAL, at once")
    func down() async throws {
        let bus = try BusProcess()
        try bus.start()
        bus.kill9()
        let result = try await CLIProcess(["ping", "--data-dir", bus.dataDirectory, "--timeout", CLIReachabilityTests.longTimeout]).run()
        #expect(result.status == 2, "\(result)")
        #expect(result.output.hasPrefix("CRITICAL - no answer: \(bus.dataDirectory)/bus.sock"), "\(result)")
    }

    @Test("a bus that does not answer within the timeout: 2 CRITICAL after the timeout")
    func silent() async throws {
        let bus = try BusProcess()
        try bus.start()
        let result = try await bus.whileStopped { try await CLIProcess(["ping", "--data-dir", bus.dataDirectory, "--timeout", "400ms", "--json"]).run() }
        #expect(result.status == 2, "\(result)")
        #expect(try result.jsonLines().first?["status"] as? String == "critical", "\(result)")
        #expect((try result.jsonLines().first?["message"] as? String)?.contains("within 400 ms") == true, "\(result)")
    }

    @Test("a bus that answers after half the timeout: 1 WARNING")
    func slow() async throws {
        let bus = try BusProcess()
        try bus.start()
        let ping = try await bus.whileStopped {
            // Stopped for 8 s of a 12 s timeout: the answer comes after half of it even when
            // the ping takes a moment to start, and well before its end.
            let ping = try CLIProcess(["ping", "--data-dir", bus.dataDirectory, "--timeout", "12s"]).start()
            try await Task.sleep(for: .seconds(8))
            return ping
        }
        let result = await ping.wait(timeoutSeconds: 30)
        #expect(result.status == 1, "\(result)")
        #expect(result.output.hasPrefix("WARNING - ") && result.output.contains("slow: over half the timeout"), "\(result)")
    }

    @Test("no data directory: 2 CRITICAL naming it")
    func unreachable() async throws {
        let missing = NSTemporaryDirectory() + "rapport-ping-missing-" + UUID().uuidString.prefix(8)
        let result = try await CLIProcess(["ping", "--data-dir", missing]).run()
        #expect(result.status == 2, "\(result)")
        #expect(result.output.contains("CRITICAL - no such data directory: \(missing)"), "\(result)")
    }

    @Test("bad arguments: 3 UNKNOWN", arguments: [["--timeout", "soon"], ["--no-such-option"], ["--endpoint", "http://x"]])
    func badArguments(arguments: [String]) async throws {
        let result = try await CLIProcess(["ping"] + arguments).run()
        #expect(result.status == 3, "\(result)")
        #expect(result.error.contains("Error:"), "\(result)")
    }

    @Test("an unusable key file: 3 UNKNOWN")
    func badKeyFile() async throws {
        let result = try await CLIProcess(["ping", "--endpoint", "tcp://127.0.0.1:9", "--server-key-file", "/nonexistent/bus.key.pub"]).run()
        #expect(result.status == 3, "\(result)")
        #expect(result.output.hasPrefix("UNKNOWN - cannot read --server-key-file"), "\(result)")
    }
}
