import Foundation
import RapportEvents
import Testing

@Suite("rapport events")
struct EventsCommandTests {
    @Test("prints the catalogue as the bus checks it")
    func printsCatalogue() throws {
        let result = try BusProcess.runCLI(["events"])
        #expect(result.status == 0)
        #expect(result.output == EventCatalogue.reference() + "\n")
    }

    @Test("--check validates a file as the bus would, naming each problem by line")
    func checksFile() throws {
        let root = NSTemporaryDirectory() + "rapport-events-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = root + "/events.jsonl"
        let lines = [
            "# a comment",
            String(decoding: TestEvents.feedback(id: "ok-1"), as: UTF8.self),
            String(decoding: TestEvents.feedback(id: "bad-1", nps: 11), as: UTF8.self),
            #"{"specversion":"1.0","id":"x","source":"/s","type":"rapport.nope","time":"2026-11-23T10:00:00Z","data":{}}"#,
            "{not json",
        ]
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try BusProcess.runCLI(["events", "--check", file])
        #expect(result.status == 65)
        #expect(result.output.contains("line 2: valid rapport.feedback.received"), "\(result.output)")
        #expect(result.output.contains("line 3: invalid-data: data.scores.nps must be an integer 0-10, got 11"), "\(result.output)")
        #expect(result.output.contains("line 4: unknown-type: unknown event type \"rapport.nope\""), "\(result.output)")
        #expect(result.output.contains("line 5: invalid-json:"), "\(result.output)")
        #expect(result.output.contains("1 valid, 3 invalid"), "\(result.output)")

        try lines[1].write(toFile: file, atomically: true, encoding: .utf8)
        let valid = try BusProcess.runCLI(["events", "--check", file, "--quiet"])
        #expect(valid.status == 0, "\(valid.output)")
        #expect(valid.output == "1 valid, 0 invalid\n")
    }

    @Test("--check refuses a line with invalid UTF-8 in a string with the code and message the bus gives")
    func checksRawBytes() throws {
        let root = NSTemporaryDirectory() + "rapport-events-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = root + "/events.jsonl"
        let event = TestEvents.invalidUTF8Comment(id: "bad-utf8")
        try Data(TestEvents.feedback(id: "ok-1") + [0x0A] + event + [0x0A]).write(to: URL(fileURLWithPath: file))
        guard case .failure(let expected) = EventValidator().validate(event) else {
            Issue.record("the validator accepts an event with a 0xFF byte in a string")
            return
        }
        #expect(expected.code == .invalidJSON)

        let result = try BusProcess.runCLI(["events", "--check", file])
        #expect(result.status == 65, "\(result.output)")
        #expect(result.output.contains("line 1: valid rapport.feedback.received"), "\(result.output)")
        #expect(result.output.contains("line 2: \(expected.code.rawValue): \(expected.message)"), "\(result.output)")
        #expect(result.output.contains("1 valid, 1 invalid"), "\(result.output)")
    }
}
