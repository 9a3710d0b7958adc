import Foundation
import RapportClient
import RapportEvents
import Testing

/// `--json` on every command that prints results: one JSON object a line on standard output,
/// anything for people (summaries, warnings) on standard error.
@Suite("CLI --json", .serialized)
struct CLIJSONTests {
    @Test("emit --json: one object an event with its line and outcome; the summary on standard error")
    func emit() async throws {
        let bus = try BusProcess()
        try bus.start()
        let file = bus.root + "/events.jsonl"
        let lines = [TestEvents.feedback(id: "j-1"), TestEvents.feedback(id: "j-1"), TestEvents.feedback(id: "j-2", nps: 11)]
            .map { String(decoding: $0, as: UTF8.self) }
        try ("# comment\n" + lines.joined(separator: "\n")).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await CLIProcess(["emit", "--data-dir", bus.dataDirectory, "--file", file, "--json"]).run()
        #expect(result.status == 65, "\(result)")
        let objects = try result.jsonLines()
        #expect(objects.count == 3, "\(result)")
        #expect(objects[0]["line"] as? Int == 2 && objects[0]["status"] as? String == "accepted" && objects[0]["offset"] as? Int == 0)
        #expect(objects[1]["line"] as? Int == 3 && objects[1]["status"] as? String == "duplicate" && objects[1]["offset"] as? Int == 0)
        #expect(objects[2]["line"] as? Int == 4 && objects[2]["status"] as? String == "rejected" && objects[2]["code"] as? String == "invalid-data")
        #expect(result.error.contains("1 accepted, 1 duplicate (already stored), 1 rejected"), "\(result)")
    }

    @Test("consume --json and read --json: one object an event, with its offset and the event itself")
    func consumeAndRead() async throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "c-1"), TestEvents.feedback(id: "c-2")])
        let consumed = try await CLIProcess(["consume", "--data-dir", bus.dataDirectory, "--group", "g", "--start", "earliest",
                                       "--count", "2", "--json"]).run()
        #expect(consumed.status == 0, "\(consumed)")
        let deliveries = try consumed.jsonLines()
        #expect(deliveries.map { $0["offset"] as? Int } == [0, 1], "\(consumed)")
        #expect(deliveries.allSatisfy { $0["attempt"] as? Int == 1 })
        #expect(deliveries.map { ($0["event"] as? [String: Any])?["id"] as? String } == ["c-1", "c-2"])

        let read = try await CLIProcess(["read", "--data-dir", bus.dataDirectory, "--json"]).run()
        #expect(read.status == 0, "\(read)")
        #expect(try read.jsonLines().map { $0["offset"] as? Int } == [0, 1], "\(read)")
    }

    @Test("groups, keygen, events, events --check, plugins reset-state and alerts ack print JSON with --json")
    func others() async throws {
        let bus = try BusProcess()
        try bus.start()
        let groups = try await CLIProcess(["groups", "--data-dir", bus.dataDirectory, "--json"]).run()
        #expect(groups.status == 0, "\(groups)")
        let info = try groups.jsonLines().first
        #expect((info?["log"] as? [String: Any])?["next"] as? Int == 0, "\(groups)")
        #expect(info?["version"] as? String != nil, "\(groups)")

        let keygen = try await CLIProcess(["keygen", "--out", bus.root + "/k.key", "--json"]).run()
        #expect(keygen.status == 0, "\(keygen)")
        let key = try keygen.jsonLines().first
        #expect(key?["secret_key_file"] as? String == bus.root + "/k.key")
        #expect(key?["public_key_file"] as? String == bus.root + "/k.key.pub")
        #expect((key?["public_key"] as? String)?.count == 40)

        let catalogue = try await CLIProcess(["events", "--json"]).run()
        #expect(catalogue.status == 0, "\(catalogue)")
        #expect(try catalogue.jsonLines().compactMap { $0["type"] as? String }.sorted() == EventCatalogue.knownTypes)

        let file = bus.root + "/check.jsonl"
        try [TestEvents.feedback(id: "e-1"), TestEvents.feedback(id: "e-2", nps: 11)].map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let check = try await CLIProcess(["events", "--check", file, "--json"]).run()
        #expect(check.status == 65, "\(check)")
        let checked = try check.jsonLines()
        #expect(checked.map { $0["valid"] as? Bool } == [true, false], "\(check)")
        #expect(checked[1]["code"] as? String == "invalid-data")
        #expect(check.error.contains("1 valid, 1 invalid"), "\(check)")

        let state = bus.root + "/state.sqlite"
        _ = FileManager.default.createFile(atPath: state, contents: Data())
        let reset = try await CLIProcess(["plugins", "reset-state", "p", "--state", state, "--dry-run", "--json"]).run()
        #expect(reset.status == 0, "\(reset)")
        #expect(try reset.jsonLines().first?["removed"] as? [String] == [state], "\(reset)")

        let ack = try await CLIProcess(["alerts", "ack", "a-1", "--by", "alice", "--data-dir", bus.dataDirectory, "--json"]).run()
        #expect(ack.status == 0, "\(ack)")
        let answer = try ack.jsonLines().first
        #expect(answer?["type"] as? String == "rapport.alert.acknowledged", "\(ack)")
        #expect((answer?["result"] as? [String: Any])?["status"] as? String == "accepted", "\(ack)")
    }
}
