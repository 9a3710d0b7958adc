import Foundation
import RapportClient
import RapportEvents
import RapportWire
import Synchronization
import Testing

/// `rapport alerts` against a real bus: replay then follow through READ, filters, states,
/// `ack` and `resolve`, an unreadable event, and no colour off a terminal.
@Suite("rapport alerts")
struct AlertsCommandTests {
    @Test("--since replays each alert with its latest state, then follows a new alert and its resolution without a gap")
    func sinceReplaysThenFollows() throws {
        let bus = try BusProcess()
        try bus.start()
        try Self.publish(bus, Self.raised("a-1", location: "store-12", severity: .critical, kind: .promiseOverdue))
        try Self.publish(bus, Self.raised("a-2", location: "store-14", severity: .info, kind: .feedbackDetractor))
        try Self.publish(bus, Self.acknowledged("a-1", by: "alice"))

        let alerts = try AlertsProcess(["alerts", "--since", "1h", "--json", "--data-dir", bus.dataDirectory])
        defer { alerts.stop() }
        let first = try alerts.nextJSON()
        let second = try alerts.nextJSON()
        #expect(first["alert"] as? String == "a-1")
        #expect(first["state"] as? String == "acknowledged")
        #expect(first["by"] as? String == "alice")
        #expect(first["severity"] as? String == "critical")
        #expect(first["location"] as? String == "store-12")
        #expect(second["alert"] as? String == "a-2")
        #expect(second["state"] as? String == "open")

        try Self.publish(bus, Self.raised("a-3", location: "store-12", severity: .warning, kind: .promiseDueSoon))
        let third = try alerts.nextJSON()
        #expect(third["alert"] as? String == "a-3")
        #expect(third["event"] as? String == "raised")
        #expect(third["state"] as? String == "open")

        let resolve = try BusProcess.runCLI(["alerts", "resolve", "a-3", "--note", "called back", "--by", "bob", "--data-dir", bus.dataDirectory])
        #expect(resolve.status == 0, "\(resolve.output)")
        let resolved = try alerts.nextJSON()
        #expect(resolved["alert"] as? String == "a-3")
        #expect(resolved["event"] as? String == "resolved")
        #expect(resolved["state"] as? String == "resolved")
        #expect(resolved["reason"] as? String == "called back")
        #expect(resolved["by"] as? String == "bob")
        #expect(alerts.errorText.isEmpty, "\(alerts.errorText)")
    }

    @Test("without --since only alerts raised from now on are shown")
    func startsAtLatest() throws {
        let bus = try BusProcess()
        try bus.start()
        try Self.publish(bus, Self.raised("old", location: "store-12", severity: .critical, kind: .promiseOverdue))
        let alerts = try AlertsProcess(["alerts", "--json", "--data-dir", bus.dataDirectory])
        defer { alerts.stop() }
        Thread.sleep(forTimeInterval: 1.5)  // its first READ from "latest" reaches the bus
        try Self.publish(bus, Self.raised("new", location: "store-12", severity: .info, kind: .promiseDueSoon))
        let line = try alerts.nextJSON()
        #expect(line["alert"] as? String == "new")
    }

    @Test("--location, --severity (at least) and --kind (a pattern) choose the alerts shown", arguments: [
        (["--location", "store-12"], ["a-1", "a-3"]),
        (["--location", "store-12", "--location", "store-14"], ["a-1", "a-2", "a-3"]),
        (["--severity", "warning"], ["a-1", "a-3", "a-4"]),
        (["--severity", "critical"], ["a-1"]),
        (["--kind", "promise.*"], ["a-1", "a-3"]),
        (["--kind", "*.detractor", "--severity", "info"], ["a-2"]),
        (["--location", "store-12", "--severity", "warning", "--kind", "promise.due-*"], ["a-3"]),
    ])
    func filters(options: [String], expected: [String]) throws {
        let bus = try BusProcess()
        try bus.start()
        try Self.publish(bus, Self.raised("a-1", location: "store-12", severity: .critical, kind: .promiseOverdue))
        try Self.publish(bus, Self.raised("a-2", location: "store-14", severity: .info, kind: .feedbackDetractor))
        try Self.publish(bus, Self.raised("a-3", location: "store-12", severity: .warning, kind: .promiseDueSoon))
        try Self.publish(bus, Self.raised("a-4", location: nil, severity: .warning, kind: .nameBelowTarget))
        let result = try Self.runCLI(["alerts", "--from-start", "--no-follow", "--json", "--data-dir", bus.dataDirectory] + options)
        #expect(result.status == 0, "\(result.error)")
        let ids = try result.lines.map { try Self.object($0)["alert"] as? String ?? "" }
        #expect(ids == expected, "\(result.output)")
    }

    @Test("a text line carries severity, kind, location, summary, id and state, with no colour codes off a terminal")
    func textWithoutColour() throws {
        let bus = try BusProcess()
        try bus.start()
        try Self.publish(bus, Self.raised("a-1", location: "store-12", severity: .critical, kind: .promiseOverdue))
        try Self.publish(bus, Self.raised("a-2", location: "store-14", severity: .info, kind: .feedbackDetractor))
        try Self.publish(bus, Self.resolved("a-2", reason: "spoke to the customer", by: nil))
        let result = try Self.runCLI(["alerts", "--since", "1h", "--no-follow", "--data-dir", bus.dataDirectory])
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("\u{1B}"), "\(result.output)")
        #expect(result.lines.count == 2, "\(result.output)")
        let first = result.lines.first ?? ""
        for part in ["CRITICAL", "promise.overdue", "store-12", "Summary of a-1", "[a-1]"] {
            #expect(first.contains(part), "\(first)")
        }
        #expect(result.lines.last?.hasSuffix("[a-2]  resolved: spoke to the customer") == true, "\(result.output)")
    }

    @Test("ack and resolve publish valid typed events from /managers/<by>, with --location, and print the offset")
    func ackAndResolvePublish() throws {
        let bus = try BusProcess()
        try bus.start()
        let ack = try BusProcess.runCLI(["alerts", "ack", "a-9", "--by", "alice", "--location", "store-12", "--data-dir", bus.dataDirectory])
        #expect(ack.status == 0, "\(ack.output)")
        #expect(ack.output.contains("accepted at offset 0"), "\(ack.output)")
        let resolve = try BusProcess.runCLI(["alerts", "resolve", "a-9", "--note", "done", "--by", "bob", "--data-dir", bus.dataDirectory])
        #expect(resolve.status == 0, "\(resolve.output)")
        #expect(resolve.output.contains("accepted at offset 1"), "\(resolve.output)")

        let (_, events) = try BusConnection(bus.address).read(ReadRequest(from: .earliest))
        let typed = try events.map { try TypedEvent(decoding: $0.event) }
        #expect(typed.count == 2)
        #expect(typed.first?.payload == .alertAcknowledged(try AlertAcknowledged(alertID: "a-9", managerID: "alice")))
        #expect(typed.first?.source == "/managers/alice")
        #expect(typed.first?.location == "store-12")
        #expect(typed.last?.payload == .alertResolved(try AlertResolved(alertID: "a-9", reason: "done", managerID: "bob")))
        #expect(typed.last?.source == "/managers/bob")
        #expect(typed.last?.location == nil)
        #expect(typed.first?.id != typed.last?.id)

        let noNote = try BusProcess.runCLI(["alerts", "resolve", "a-9", "--by", "bob", "--data-dir", bus.dataDirectory])
        #expect(noNote.status != 0)
        #expect(noNote.output.contains("--note"), "\(noNote.output)")
    }

    @Test("an event in the log that cannot be decoded is a warning on standard error, not a crash")
    func unreadableEventIsAWarning() throws {
        let bus = try BusProcess()
        try bus.start()
        try Self.publish(bus, Self.raised("broken", location: "store-12", severity: .warning, kind: .promiseOverdue))
        bus.terminate()
        // An event stored under an older catalogue: its severity is no longer one of today's.
        try LogPatch.replace(#""severity":"warning""#, with: #""severity":"urgentx""#, inFirstRecordOf: bus.dataDirectory)
        try bus.start()
        try Self.publish(bus, Self.raised("fine", location: "store-12", severity: .info, kind: .promiseDueSoon))

        let result = try Self.runCLI(["alerts", "--from-start", "--no-follow", "--json", "--data-dir", bus.dataDirectory])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("warning: skipped the event at offset 0"), "\(result.error)")
        #expect(result.error.contains("invalid-data"), "\(result.error)")
        let ids = try result.lines.map { try Self.object($0)["alert"] as? String ?? "" }
        #expect(ids == ["fine"], "\(result.output)")
    }

    // MARK: - Helpers

    static func raised(_ id: String, location: String?, severity: AlertSeverity, kind: AlertKind) throws -> TypedEvent {
        try TypedEvent(
            id: "ev-\(id)", source: "/plugins/test", time: now(), location: location,
            data: try AlertRaised(alertID: id, severity: severity, kind: kind, summary: "Summary of \(id)", dedupKey: "dedup-\(id)"))
    }

    static func acknowledged(_ id: String, by manager: String) throws -> TypedEvent {
        try TypedEvent(id: "ack-\(id)", source: "/managers/\(manager)", time: now(), data: try AlertAcknowledged(alertID: id, managerID: manager))
    }

    static func resolved(_ id: String, reason: String, by manager: String?) throws -> TypedEvent {
        try TypedEvent(id: "resolved-\(id)", source: "/plugins/test", time: now(), data: try AlertResolved(alertID: id, reason: reason, managerID: manager))
    }

    static func now() -> Instant {
        Instant(millisecondsSinceEpoch: Int64(Date().timeIntervalSince1970 * 1_000))!
    }

    /// Publishes one event and checks it was stored.
    static func publish(_ bus: BusProcess, _ event: TypedEvent) throws {
        let outcomes = try Producer(bus.address).publish([event.encoded()])
        guard outcomes.first?.isStored == true else { throw TestFailure("\(event.id) not stored: \(outcomes)") }
    }

    static func object(_ line: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(line)")
        }
        return object
    }

    /// Runs `rapport` to its end with standard output and standard error apart.
    static func runCLI(_ arguments: [String]) throws -> (status: Int32, output: String, error: String, lines: [String]) {
        let errorPath = NSTemporaryDirectory() + "rapport-alerts-stderr-" + UUID().uuidString.prefix(8)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BusProcess.binary)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n").map(String.init)
        return (process.terminationStatus, text, errorText, lines)
    }
}

/// Bytes a pipe's reader appends from its own thread and the test takes line by line.
private final class Collected: Sendable {
    private let data = Mutex(Data())

    func append(_ bytes: Data) { data.withLock { $0.append(bytes) } }

    /// The first whole line, removed; `nil` when there is none yet.
    func takeLine() -> String? {
        data.withLock { data in
            guard let newline = data.firstIndex(of: 0x0A) else { return nil }
            let line = String(decoding: data[data.startIndex..<newline], as: UTF8.self)
            data.removeSubrange(data.startIndex...newline)
            return line
        }
    }

    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}

/// A running `rapport alerts` whose standard output is read line by line, with a timeout.
private final class AlertsProcess {
    private let process: Process
    private let output = Collected()
    private let errors = Collected()

    init(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BusProcess.binary)
        process.arguments = arguments
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        outputPipe.fileHandleForReading.readabilityHandler = { [output] handle in output.append(handle.availableData) }
        errorPipe.fileHandleForReading.readabilityHandler = { [errors] handle in errors.append(handle.availableData) }
        try process.run()
        self.process = process
    }

    /// The next line of standard output; throws when none comes within `timeout` seconds.
    func nextLine(timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = output.takeLine() { return line }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TestFailure("no line from rapport alerts within \(timeout)s; standard error: \(errorText)")
    }

    /// The next line as a JSON object.
    func nextJSON(timeout: Double = 10) throws -> [String: Any] {
        try AlertsCommandTests.object(try nextLine(timeout: timeout))
    }

    /// Standard error so far.
    var errorText: String { errors.text }

    /// Ends the process (SIGTERM) and waits for it.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// Rewrites bytes inside the first record of a stopped bus's log, with a fresh checksum, as
/// an event stored long ago under other rules would read (docs/ARCHITECTURE.md: `u32 length`,
/// `u32 crc32c` of the body, then the body).
private enum LogPatch {
    static func replace(_ old: String, with new: String, inFirstRecordOf dataDirectory: String) throws {
        precondition(old.utf8.count == new.utf8.count, "a patch keeps the record's length")
        let path = dataDirectory + "/log/" + String(repeating: "0", count: 20) + ".log"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let bodyLength = Int(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
        let body = 8..<(8 + bodyLength)
        let needle = Array(old.utf8)
        guard let at = body.first(where: { Array(bytes[$0..<min($0 + needle.count, body.upperBound)]) == needle }) else {
            throw TestFailure("\(old) is not in the first record of \(path)")
        }
        bytes.replaceSubrange(at..<(at + needle.count), with: Array(new.utf8))
        let crc = crc32c(bytes[body])
        for i in 0..<4 { bytes[4 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// CRC-32C (Castagnoli), bit by bit.
    static func crc32c(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return ~crc
    }
}
