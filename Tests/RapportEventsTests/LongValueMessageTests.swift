import Testing
@testable import RapportEvents

/// A value as long as an event is quoted in a message by its start only, so a RESULT frame
/// or a log line stays readable.
@Suite("Messages about huge values")
struct LongValueMessageTests {
    /// Events up to 1 MiB, so a 256 KiB value fits.
    static let validator = EventValidator(limits: EventLimits(maxEventBytes: 1 << 20))
    static let huge = String(repeating: "a", count: 262_144)
    static let hugeLetters = String(repeating: "q", count: 262_144)

    /// The event, what the message must name, and the expected code.
    static let cases: [(label: String, json: String, names: String, code: EventValidationError.Code)] = [
        ("type", Fixtures.event(type: huge, data: "{}"), "event type", .unknownType),
        ("channel", Fixtures.event(
            type: "rapport.customer.contacted", data: #"{"customer":{"id":"c-1"},"channel":"\#(huge)"}"#),
         "data.channel", .invalidData),
        ("source", Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"\#(huge)","scores":{"nps":9}}"#),
         "data.source", .invalidData),
        ("escaped channel", Fixtures.event(
            type: "rapport.customer.contacted", data: #"{"customer":{"id":"c-1"},"channel":"\n\#(huge)"}"#),
         "data.channel", .invalidData),
        ("due", Fixtures.event(
            type: "rapport.promise.kept", data: #"{"promise":"p","at":"\#(huge)"}"#), "data.at", .invalidData),
        ("nps digits", Fixtures.event(
            type: "rapport.feedback.received",
            data: #"{"source":"survey","scores":{"nps":1\#(String(repeating: "0", count: 262_144))}}"#),
         "data.scores.nps", .invalidData),
        ("nps fraction", Fixtures.event(
            type: "rapport.feedback.received",
            data: #"{"source":"survey","scores":{"nps":1.\#(String(repeating: "5", count: 262_144))}}"#),
         "data.scores.nps", .invalidData),
        ("time", Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p"}"#)
            .replacingOccurrences(of: "2026-11-23T10:15:00+01:00", with: huge), "time", .invalidEnvelope),
        ("specversion", Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p"}"#)
            .replacingOccurrences(of: #""specversion":"1.0""#, with: #""specversion":"\#(huge)""#),
         "specversion", .invalidEnvelope),
        ("datacontenttype", Fixtures.event(
            type: "rapport.promise.kept", data: #"{"promise":"p"}"#, extra: #","datacontenttype":"\#(huge)""#),
         "datacontenttype", .invalidEnvelope),
        ("extension name", Fixtures.event(
            type: "rapport.promise.kept", data: #"{"promise":"p"}"#, extra: #","\#(hugeLetters)":1"#),
         "extension attribute name", .invalidEnvelope),
        ("attribute name", Fixtures.event(
            type: "rapport.promise.kept", data: #"{"promise":"p"}"#, extra: #","\#(huge)_":1"#),
         "attribute name", .invalidEnvelope),
        ("duplicate key", Fixtures.event(
            type: "x-site", data: #"{"\#(huge)":1,"\#(huge)":2}"#), "duplicate key", .invalidJSON),
    ]

    @Test("the message stays under 300 bytes and names the field", arguments: cases)
    func shortMessage(label: String, json: String, names: String, code: EventValidationError.Code) {
        guard case .failure(let error) = Self.validator.validate(Array(json.utf8)) else {
            Issue.record("\(label): the event was accepted")
            return
        }
        #expect(error.code == code, "\(label): \(error.message.prefix(300))")
        #expect(error.message.utf8.count < 300, "\(label): \(error.message.utf8.count) bytes: \(error.message.prefix(300))")
        #expect(error.message.contains(names), "\(label): \(error.message.prefix(300))")
        #expect(error.message.contains("…"), "\(label): \(error.message.prefix(300))")
    }

    @Test("a 256 KiB type is quoted by its start and its length")
    func hugeType() {
        let json = Fixtures.event(type: Self.huge, data: "{}")
        guard case .failure(let error) = Self.validator.validate(Array(json.utf8)) else {
            Issue.record("the event was accepted")
            return
        }
        #expect(error.message == "unknown event type \(Excerpt.quoted(Self.huge)); expected a catalogue type (rapport.*) or a site type starting with 'x-'")
        #expect(error.message.contains("(262144 bytes)"))
    }
}
