import Foundation
import RapportEvents
import Testing

/// `rapport emit --file` sends each line's bytes as they are in the file: the bus, not the
/// tool, decides what is valid, and nothing is stored changed.
@Suite("rapport emit sends the file's bytes", .serialized)
struct EmitRawBytesTests {
    @Test("a line with invalid UTF-8 is refused by the bus, not repaired and stored")
    func invalidUTF8IsRefused() throws {
        let bus = try BusProcess()
        try bus.start()
        let file = bus.root + "/events.jsonl"
        let event = TestEvents.invalidUTF8Comment(id: "bad-utf8")
        try Data(event + [0x0A]).write(to: URL(fileURLWithPath: file))
        guard case .failure(let expected) = EventValidator().validate(event) else {
            Issue.record("the validator accepts an event with a 0xFF byte in a string")
            return
        }

        let result = try BusProcess.runCLI(["emit", "--data-dir", bus.dataDirectory, "--file", file])
        #expect(result.status == 65, "rejected: fix the data (EX_DATAERR): \(result.output)")
        #expect(result.output.contains("line 1: rejected (\(expected.code.rawValue)): \(expected.message)"), "\(result.output)")
        #expect(result.output.contains("0 accepted, 0 duplicates (already stored), 1 rejected"), "\(result.output)")
        #expect(try bus.nextOffset() == 0, "nothing is stored")
    }

    @Test("lines ending in CR LF are sent whole and accepted")
    func crlfLines() throws {
        let bus = try BusProcess()
        try bus.start()
        let file = bus.root + "/events.jsonl"
        let lines = TestEvents.feedback(id: "crlf-1") + [0x0D, 0x0A] + TestEvents.feedback(id: "crlf-2") + [0x0D, 0x0A]
        try Data(lines).write(to: URL(fileURLWithPath: file))

        let result = try BusProcess.runCLI(["emit", "--data-dir", bus.dataDirectory, "--file", file])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("2 accepted, 0 duplicates (already stored), 0 rejected"), "\(result.output)")
        #expect(try bus.nextOffset() == 2)
    }
}
