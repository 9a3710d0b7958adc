import Foundation
import RapportClient
import RapportWire
import Testing
import ZMQ

@Suite("Bad input on a real bus", .serialized)
struct BadInputTests {
    /// A raw DEALER socket, so the test can send what no client library would.
    final class RawClient {
        let context: Context
        let socket: Socket
        init(_ endpoint: String) throws {
            context = try Context()
            socket = try Socket(context, .dealer)
            try socket.set(.receiveTimeout, 10_000)
            try socket.connect(endpoint)
        }
        deinit { socket.close(); context.terminate() }

        func exchange(_ frames: [String]) throws -> [String] {
            try exchange(frames.map { Array($0.utf8) })
        }

        func exchange(_ frames: [[UInt8]]) throws -> [String] {
            try socket.send(frames)
            let reply = try #require(try socket.receive())
            return reply.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static let cases: [(frames: [String], code: String, says: String)] = [
        (["RAP2", "PUBLISH", "t", "{}"], "unsupported-version", "RAP1"),
        (["hello"], "malformed", "at least 2 frames"),
        (["RAP1", "SUBSCRIBE"], "unknown-command", "SUBSCRIBE"),
        (["RAP1", "PUBLISH"], "malformed", "batch tag"),
        (["RAP1", "PUBLISH", "t"], "malformed", "at least one event"),
        (["RAP1", "CREDIT", "10"], "not-joined", "JOIN first"),
        (["RAP1", "ACK", "3"], "not-joined", "JOIN first"),
        (["RAP1", "JOIN", "{\"group\":\"../etc\"}"], "bad-join", "group name"),
        (["RAP1", "JOIN", "not json"], "bad-join", "not valid JSON"),
        (["RAP1", "RESULT", "x"], "unknown-command", "sent by the bus"),
    ]

    @Test("malformed requests get a precise ERROR; the bus keeps serving and stores nothing", arguments: cases)
    func malformed(frames: [String], code: String, says: String) throws {
        let bus = try BusProcess()
        try bus.start()
        let client = try RawClient(bus.address.ingest)
        let reply = try client.exchange(frames)
        #expect(reply.count == 5 && reply[0] == "RAP1" && reply[1] == "ERROR", "got \(reply)")
        #expect(reply[3] == code)
        #expect(reply[4].contains(says), "message: \(reply[4])")
        #expect(try bus.nextOffset() == 0, "nothing stored")
        // Still serving.
        #expect(try Producer(bus.address).publish([TestEvents.feedback(id: "ok")]) == [.accepted(offset: 0)])
    }

    @Test("invalid events are rejected one by one with the reason; valid ones in the same batch are stored")
    func invalidEvents() throws {
        let bus = try BusProcess()
        try bus.start()
        let oversize = Array("{\"specversion\":\"1.0\",\"id\":\"big\",\"source\":\"/x\",\"type\":\"x-big\",\"time\":\"2026-11-23T10:15:00Z\",\"data\":\"".utf8)
            + [UInt8](repeating: 97, count: 300_000) + Array("\"}".utf8)
        let outcomes = try Producer(bus.address).publish([
            Array("{not json".utf8),
            [0xFF, 0xFE, 0x00],
            oversize,
            Array("{\"specversion\":\"1.0\",\"id\":\"u\",\"source\":\"/x\",\"type\":\"rapport.promise.broken\",\"time\":\"2026-11-23T10:15:00Z\",\"data\":{}}".utf8),
            TestEvents.feedback(id: "good"),
        ])
        guard case .rejected(let c0, _) = outcomes[0], case .rejected(let c1, _) = outcomes[1],
              case .rejected(let c2, let e2) = outcomes[2], case .rejected(let c3, let e3) = outcomes[3] else {
            Issue.record("expected four rejections, got \(outcomes)")
            return
        }
        #expect([c0, c1, c2, c3] == ["invalid-json", "invalid-json", "too-large", "unknown-type"])
        #expect(e2.contains("262144"))
        #expect(e3.contains("rapport.promise.broken"))
        #expect(outcomes[4] == .accepted(offset: 0))
        #expect(try bus.nextOffset() == 1)
    }

    /// A value can be as long as a frame (up to 1 MiB): the bus quotes only its start, in the
    /// answer and in its log.
    @Test("answers quote long values cut to a readable length: a 256 KiB type, command, version or group name")
    func longValuesAreCut() throws {
        let bus = try BusProcess()
        try bus.start()
        let long = String(repeating: "x", count: 256 << 10)
        let event = Array("{\"specversion\":\"1.0\",\"id\":\"t\",\"source\":\"/x\",\"type\":\"\(long)\",\"time\":\"2026-11-23T10:15:00Z\",\"data\":{}}".utf8)
        let longType = "rapport." + String(repeating: "y", count: 200 << 10)
        let catalogue = Array("{\"specversion\":\"1.0\",\"id\":\"c\",\"source\":\"/x\",\"type\":\"\(longType)\",\"time\":\"2026-11-23T10:15:00Z\",\"data\":{}}".utf8)
        let outcomes = try Producer(bus.address).publish([event, catalogue])
        for outcome in outcomes {
            guard case .rejected(_, let error) = outcome else {
                Issue.record("expected a rejection, got \(outcome)")
                continue
            }
            #expect(error.utf8.count < 400, "\(error.utf8.count) bytes: \(error.prefix(200))")
        }
        let client = try RawClient(bus.address.ingest)
        for frames in [["RAP1", long], [String(long.prefix(100_000)), "INFO"], ["RAP1", "JOIN", "{\"group\":\"/\(long.prefix(100_000))\"}"]] {
            let reply = try client.exchange(frames)
            #expect(reply.count == 5 && reply[1] == "ERROR", "got \(reply.map { $0.prefix(80) })")
            #expect(reply.reduce(0) { $0 + $1.utf8.count } < 600, "\(reply.map { $0.prefix(120) })")
        }
        #expect(bus.logText.utf8.count < 20_000, "the log quotes no whole value")
    }

    @Test("acking an offset never delivered to this consumer is refused; its real acks still count")
    func ackUnknownOffset() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "x")])
        let driver = try ConsumerDriver(bus.address, group: "g", start: "earliest", autoAck: false)
        try driver.run { !driver.deliveries.isEmpty }
        try driver.consumer.ack([0, 4_242])
        try driver.run { !driver.errors.isEmpty && driver.confirmed == [0] }
        #expect(driver.errors.first?.contains("unknown-offset") == true)
        #expect(driver.errors.first?.contains("4242") == true)
        #expect(driver.confirmed == [0])
    }
}

@Suite("Bad input on a real bus: limits", .serialized)
struct BadInputLimitTests {
    @Test("a frame far beyond the event limit disconnects its sender; the bus keeps serving others")
    func hugeFrame() throws {
        let bus = try BusProcess()
        try bus.start()
        let client = try BadInputTests.RawClient(bus.address.ingest)
        try client.socket.set(.receiveTimeout, 1_500)
        let huge = [UInt8](repeating: 0x7B, count: 8 << 20)  // 8 MiB of "{"
        try client.socket.send([Array("RAP1".utf8), Array("PUBLISH".utf8), Array("t".utf8), huge])
        #expect(try client.socket.receive() == nil, "no answer: the sender was disconnected")
        #expect(try Producer(bus.address).publish([TestEvents.feedback(id: "after")]) == [.accepted(offset: 0)])
        #expect(try bus.nextOffset() == 1)
    }

    @Test("a second bus on the same data directory is refused with a clear message")
    func secondBus() throws {
        let bus = try BusProcess()
        try bus.start()
        let second = Process()
        second.executableURL = URL(fileURLWithPath: BusProcess.binary)
        second.arguments = ["bus", "--data-dir", bus.dataDirectory]
        let err = Pipe()
        second.standardError = err
        second.standardOutput = FileHandle.nullDevice
        try second.run()
        second.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus != 0)
        #expect(text.contains("another process holds this data directory"), "\(text)")
        // The first one is unharmed.
        #expect(try Producer(bus.address).publish([TestEvents.feedback(id: "still")]) == [.accepted(offset: 0)])
    }
}
