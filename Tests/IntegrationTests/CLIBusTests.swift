import Foundation
import RapportClient
import RapportWire
import Testing
import ZMQ

/// What an operator sees of a bus: its version (`--version`, the ready line, INFO), SIGHUP
/// logged rather than fatal, and rejections in the log named by source, id, type and client.
@Suite("CLI: the bus for an operator", .serialized)
struct CLIBusTests {
    @Test("--version, the bus ready line and INFO all give the one version")
    func version() async throws {
        let printed = try await CLIProcess(["--version"]).run()
        #expect(printed.status == 0, "\(printed)")
        #expect(printed.output == RapportVersion.current + "\n", "\(printed)")

        let bus = try BusProcess()
        try bus.start()
        let ready = bus.logText.split(separator: "\n").first { $0.contains("bus ready") } ?? ""
        #expect(ready.contains("version=\(RapportVersion.current)"), "\(bus.logText)")
        #expect(try BusConnection(bus.address).info().version == RapportVersion.current)
    }

    @Test("a bus whose secret key file others can read says so at start, with the chmod to run")
    func readableSecretKey() async throws {
        let bus = try BusProcess()
        let key = bus.root + "/keys/bus.key"
        let made = try await CLIProcess(["keygen", "--out", key]).run()
        #expect(made.status == 0, "\(made)")
        chmod(key, 0o644)
        let port = 20_000 + Int.random(in: 0..<20_000)
        let config = bus.root + "/rapport.yaml"
        try """
            endpoints:
              ingest: tcp://127.0.0.1:\(port)
            curve:
              secret_key_file: \(key)
              allow_any_client: true
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let serverKey = try String(contentsOfFile: key + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try bus.startWith(arguments: ["--config", config],
                          readyAddress: BusAddress(ingest: "tcp://127.0.0.1:\(port)", live: "ipc://\(bus.dataDirectory)/live.sock",
                                                   serverKey: serverKey, clientKeys: try CurveKeyPair.generate()))
        #expect(bus.logText.contains("readable by every user") && bus.logText.contains("chmod 600 \(key)"), "\(bus.logText)")
        #expect(bus.terminate() == 0)
    }

    @Test("SIGHUP to a bare bus is logged and does not stop it")
    func hangup() async throws {
        let bus = try BusProcess()
        try bus.start()
        guard let pid = bus.process?.processIdentifier else { throw TestFailure("no bus process") }
        kill(pid, SIGHUP)
        let deadline = Date().addingTimeInterval(5)
        while !bus.logText.contains("SIGHUP") && Date() < deadline { try await Task.sleep(for: .seconds(0.05)) }
        #expect(bus.logText.contains("SIGHUP: the bare bus has nothing to reload"), "\(bus.logText)")
        #expect(bus.logText.contains("rapport up"), "\(bus.logText)")
        #expect(bus.process?.isRunning == true)
        _ = try BusConnection(bus.address).info(timeoutMilliseconds: 2_000)
        #expect(bus.terminate() == 0, "SIGTERM still stops it cleanly")
    }

    @Test("a rejected event is logged with its source, id, type (cut when long) and the client")
    func rejectionLogNamesTheEvent() async throws {
        let bus = try BusProcess()
        try bus.start()
        let longSource = "/locations/store-12/" + String(repeating: "s", count: 200)
        let events = [
            Array(#"{"specversion":"1.0","id":"bad-7","source":"\#(longSource)","type":"rapport.feedback.received","time":"2026-11-23T10:15:00Z","location":"x","data":{"source":"survey","scores":{"nps":11}}}"#.utf8),
            Array(#"{"id":"no-json-8","type":"x-acme.till", "source":"/till/1", oops}"#.utf8),
        ]
        let outcomes = try Producer(bus.address).publish(events)
        #expect(outcomes.allSatisfy { !$0.isStored })
        let deadline = Date().addingTimeInterval(5)
        while bus.logText.components(separatedBy: "rejected an event").count < 3 && Date() < deadline { try await Task.sleep(for: .seconds(0.05)) }
        let lines = bus.logText.split(separator: "\n").filter { $0.contains("rejected an event") }
        #expect(lines.count == 2, "\(bus.logText)")
        let first = String(lines.first ?? "")
        #expect(first.contains(#"id="bad-7""#) && first.contains(#"type="rapport.feedback.received""#), "\(first)")
        #expect(first.contains(#"source="/locations/store-12/sss"#) && first.contains("(220 bytes)"), "\(first)")
        #expect(!first.contains(String(repeating: "s", count: 100)), "a long value is cut: \(first)")
        #expect(first.contains("client="), "\(first)")
        #expect(first.contains("data.scores.nps"), "\(first)")
        let second = String(lines.last ?? "")
        #expect(second.contains(#"id="no-json-8""#) && second.contains(#"type="x-acme.till""#) && second.contains(#"source="/till/1""#), "\(second)")
        #expect(second.contains("code=invalid-json"), "\(second)")
    }
}
