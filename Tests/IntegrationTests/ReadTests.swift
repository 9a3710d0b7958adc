import Foundation
import RapportClient
import RapportWire
import Testing

/// READ against the real bus: the log from an offset or a time, no group, following on
/// without gaps.
@Suite("Reading without a group", .serialized)
struct ReadTests {
    @Test("reading from an offset and from a time gives what is stored there, matching the types; no group is created")
    func fromOffsetAndTime() throws {
        let bus = try BusProcess()
        try bus.start()
        let producer = try Producer(bus.address)
        _ = try producer.publish((0..<6).map { $0 % 2 == 0 ? TestEvents.feedback(id: "a\($0)") : TestEvents.promise(id: "a\($0)", customer: "c") })
        Thread.sleep(forTimeInterval: 0.05)
        let between = Int64(Date().timeIntervalSince1970 * 1_000)
        Thread.sleep(forTimeInterval: 0.05)
        _ = try producer.publish((0..<4).map { TestEvents.feedback(id: "b\($0)") })

        let connection = try BusConnection(bus.address)
        let (all, everything) = try connection.read(ReadRequest(from: .earliest))
        #expect(everything.map(\.offset) == Array(0..<10))
        #expect(all.next == 10 && all.caughtUp)
        let (_, promises) = try connection.read(ReadRequest(from: .offset(2), types: ["rapport.promise.*"]))
        #expect(promises.map(\.offset) == [3, 5])
        let (_, later) = try connection.read(ReadRequest(from: .time(between)))
        #expect(later.map { TestEvents.id(of: $0.event) } == ["b0", "b1", "b2", "b3"])
        let (tail, none) = try connection.read(ReadRequest(from: .latest))
        #expect(none.isEmpty && tail.next == 10)
        // Small answers page through: each says where to go on from.
        let (page, three) = try connection.read(ReadRequest(from: .earliest, maxEvents: 3))
        #expect(three.map(\.offset) == [0, 1, 2] && page.next == 3 && !page.caughtUp)
        #expect(try bus.info()["groups"] as? [Any] == nil || (try bus.info()["groups"] as? [Any])?.isEmpty == true)
    }

    @Test("a reader that follows goes on into new commits without a gap or a repeat")
    func followWithoutGaps() throws {
        let bus = try BusProcess()
        try bus.start()
        let total = 3_000
        let address = bus.address
        let writer = Thread {
            guard let producer = try? Producer(address) else { return }
            for batch in 0..<(total / 100) {
                _ = try? producer.publish((0..<100).map { i in
                    (batch * 100 + i) % 3 == 0 ? TestEvents.promise(id: "p\(batch)-\(i)", customer: "c\(i % 7)")
                                               : TestEvents.feedback(id: "f\(batch)-\(i)")
                })
            }
        }
        writer.start()
        let connection = try BusConnection(bus.address)
        var request = ReadRequest(from: .earliest, types: ["rapport.promise.*"], maxEvents: 97, waitMillis: 500)
        var seen: [UInt64] = []
        let deadline = Date().addingTimeInterval(60)
        while seen.count < total / 3 && Date() < deadline {
            let (batch, events) = try connection.read(request)
            seen += events.map(\.offset)
            request.from = .offset(batch.next)
        }
        #expect(seen == (0..<UInt64(total)).filter { $0 % 3 == 0 }, "every promise once, in order")
    }

    @Test("a waiting READ is answered as soon as a matching event is committed, and empty when its wait runs out")
    func waitForNew() throws {
        let bus = try BusProcess()
        try bus.start()
        let connection = try BusConnection(bus.address)
        let (empty, none) = try connection.read(ReadRequest(from: .latest, waitMillis: 200))
        #expect(none.isEmpty && empty.next == 0)
        let address = bus.address
        let publisher = Thread {
            Thread.sleep(forTimeInterval: 0.3)
            _ = try? Producer(address).publish([TestEvents.feedback(id: "late")])
        }
        publisher.start()
        let (batch, events) = try connection.read(ReadRequest(from: .offset(0), waitMillis: 20_000))
        #expect(events.map { TestEvents.id(of: $0.event) } == ["late"])
        #expect(batch.next == 1)
    }

    @Test("bad READ bodies are refused with bad-read, naming what is wrong")
    func badRead() throws {
        let bus = try BusProcess()
        try bus.start()
        let client = try BadInputTests.RawClient(bus.address.ingest)
        for (body, says) in [(#"{}"#, "needs \"from\""), (#"{"from":"committed"}"#, "needs a consumer group"),
                             (#"{"from":"earliest","max_events":0}"#, "max_events"), (#"{"from":"earliest","wait_ms":999999}"#, "wait_ms")] {
            let reply = try client.exchange(["RAP1", "READ", body])
            #expect(reply.count == 5 && reply[3] == "bad-read" && reply[4].contains(says), "\(body): \(reply)")
        }
    }

    @Test("rapport read prints the events from a time or an offset, as lines or JSON, and stops when caught up")
    func command() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<5).map { TestEvents.feedback(id: "r\($0)") })
        let plain = try BusProcess.runCLI(["read", "--data-dir", bus.dataDirectory, "--from", "2"])
        #expect(plain.status == 0, "\(plain.output)")
        #expect(plain.output.split(separator: "\n").map { $0.prefix { $0 != "\t" } } == ["2", "3", "4"])
        let json = try BusProcess.runCLI(["read", "--data-dir", bus.dataDirectory, "--from", "2000-01-01T00:00:00Z", "--json", "--limit", "2"])
        let lines = json.output.split(separator: "\n")
        #expect(lines.count == 2, "\(json.output)")
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["offset"] as? Int == 0)
        #expect((first?["event"] as? [String: Any])?["id"] as? String == "r0")
        let bad = try BusProcess.runCLI(["read", "--data-dir", bus.dataDirectory, "--from", "yesterday"])
        #expect(bad.status == 64 && bad.output.contains("--from must be"), "\(bad.output)")
    }
}
