import Foundation
import RapportClient
import RapportTestSupport
import Testing
import ZMQ

@Suite("Random bad input on a real bus", .serialized)
struct FuzzTests {
    static let commands = ["PUBLISH", "JOIN", "CREDIT", "ACK", "NACK", "HEARTBEAT", "LEAVE", "INFO", "RESULT", "DELIVER", "", "publish"]

    /// A valid event changed in one random way: a byte flipped, cut short, a byte inserted,
    /// a field's value replaced, nesting piled up, or left as it is.
    static func mutatedEvent(_ r: inout SplitMix64, _ n: Int) -> [UInt8] {
        var event = r.below(3) == 0
            ? TestEvents.promise(id: "fz-\(n)", customer: "c-\(r.below(5))")
            : TestEvents.feedback(id: "fz-\(n)", nps: r.below(14) - 2)
        switch r.below(8) {
        case 0: event[r.below(event.count)] ^= UInt8(truncatingIfNeeded: 1 << r.below(8))
        case 1: event = Array(event.prefix(r.below(event.count)))
        case 2: event.insert(r.pick([0x00, 0x22, 0x5C, 0x7B, 0x7D, 0xC3, 0xFF, 0x2C]), at: r.below(event.count))
        case 3:
            let text = String(decoding: event, as: UTF8.self)
            let values = ["null", "[]", "{}", "\"\"", "1e999", "-0", "\"\\ud800\"", "true", "99999999999999999999"]
            event = Array(text.replacingOccurrences(of: r.pick(["\"1.0\"", "\"fine\"", "\"test\"", "\"comment-card\""]), with: r.pick(values)).utf8)
        case 4: event = Array(String(repeating: "[", count: 200 + r.below(2_000)).utf8) + event
        case 5: event = r.bytes(r.below(600))
        default: break
        }
        return event
    }

    /// One message of random shape: a random or wrong version, a known or unknown command,
    /// bodies of random frames, mutated events, or JSON for JOIN.
    static func message(_ r: inout SplitMix64, _ n: Int) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        frames.append(r.below(10) == 0 ? r.bytes(r.below(6)) : Array("RAP1".utf8))
        if r.below(20) == 0 { return frames }
        frames.append(r.below(12) == 0 ? r.bytes(r.below(10)) : Array(r.pick(commands).utf8))
        switch String(decoding: frames[1], as: UTF8.self) {
        case "PUBLISH":
            if r.below(8) > 0 { frames.append(Array("t\(n)".utf8)) }
            for _ in 0..<r.below(12) { frames.append(mutatedEvent(&r, n * 16 + frames.count)) }
        case "JOIN":
            let bodies = [
                "{\"group\":\"fz\",\"types\":[\"*\"]}", "{\"group\":\"\"}", "{\"group\":\"../x\"}", "{\"group\":5}",
                "{\"group\":\"fz\",\"start\":{\"offset\":-1}}", "{\"group\":\"fz\",\"start\":\"sometime\"}",
                "{\"group\":\"fz\",\"credit\":-5}", "{\"group\":\"fz\",\"types\":[\"\"]}", "[", "",
            ]
            frames.append(Array(r.pick(bodies).utf8))
        case "CREDIT", "ACK", "NACK":
            for _ in 0..<r.below(4) {
                frames.append(Array(r.pick(["1", "0", "-1", "18446744073709551616", "x", "", "3,4", String(r.below(100))]).utf8))
            }
        default:
            for _ in 0..<r.below(3) { frames.append(r.bytes(r.below(40))) }
        }
        return frames
    }

    @Test("10,000 random malformed messages: the bus never stops, stores exactly what it accepted, and serves a normal client after")
    func randomMessages() throws {
        let bus = try BusProcess()
        try bus.start()
        let context = try Context()
        defer { context.terminate() }
        var sockets: [Socket] = []
        for _ in 0..<4 {
            let socket = try Socket(context, .dealer)
            try socket.connect(bus.address.ingest)
            sockets.append(socket)
        }
        defer { for socket in sockets { socket.close() } }

        var r = SplitMix64(seed: 0x5EED)
        var accepted: Set<UInt64> = []
        var answers = 0
        func drain(_ socket: Socket) throws {
            while let reply = try socket.receive(dontWait: true) {
                answers += 1
                // A RESULT: count the offsets it accepted (each stored once).
                guard reply.count >= 3, reply[1] == Array("RESULT".utf8) else { continue }
                for frame in reply.dropFirst(3) {
                    guard let object = try? JSONSerialization.jsonObject(with: Data(frame)) as? [String: Any],
                          object["status"] as? String == "accepted", let offset = object["offset"] as? Int else { continue }
                    accepted.insert(UInt64(offset))
                }
            }
        }
        for n in 0..<10_000 {
            let socket = sockets[n % sockets.count]
            try socket.send(Self.message(&r, n))
            try drain(socket)
        }
        // RESULTs come once their events are durable, so let the last ones arrive: the log
        // must end up holding exactly the events answered `accepted`.
        let deadline = Date().addingTimeInterval(30)
        var stored = try bus.nextOffset()
        while Date() < deadline {
            for socket in sockets { try drain(socket) }
            stored = try bus.nextOffset()
            if stored == accepted.count { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(bus.process?.isRunning == true, "the bus is still running; its log:\n\(bus.logText.suffix(2_000))")
        #expect(answers > 5_000, "messages were answered (\(answers))")
        #expect(stored == accepted.count, "the log holds \(stored) events, \(accepted.count) were answered accepted")
        #expect(accepted == Set(0..<UInt64(accepted.count)))
        // A normal client is served as before.
        let next = UInt64(accepted.count)
        #expect(try Producer(bus.address).publish([TestEvents.feedback(id: "after-fuzz")]) == [.accepted(offset: next)])
    }
}
