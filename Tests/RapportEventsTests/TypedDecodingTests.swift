import Testing
@testable import RapportEvents

@Suite("Typed events: decoding refuses exactly what the bus refuses")
struct TypedDecodingTests {
    /// The bus's error for `bytes`, or nil when it accepts them.
    static func busError(_ bytes: [UInt8], limits: EventLimits = EventLimits()) -> EventValidationError? {
        if case .failure(let error) = EventValidator(limits: limits).validate(bytes) { return error }
        return nil
    }

    @Test("a desk event stored before 'location' was required decodes to the bus's error, not a crash")
    func deskEventWithoutLocation() {
        let bytes = Array(Fixtures.event(
            type: "rapport.feedback.received",
            data: #"{"source":"comment-card","scores":{"csat":4},"comment":"Très bon accueil"}"#, location: false).utf8)
        let expected = EventValidationError(
            code: .invalidEnvelope,
            message: #"missing required attribute 'location' (the location id, e.g. "store-12"): rapport.feedback.received is a desk event"#)
        #expect(throws: expected) { try TypedEvent(decoding: bytes) }
        #expect(Self.busError(bytes) == expected)
    }

    @Test("feedback stored before 'scores: {}' needed a comment decodes to the bus's error")
    func emptyScoresWithoutComment() {
        let bytes = Array(Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"comment-card","scores":{}}"#).utf8)
        let expected = EventValidationError(
            code: .invalidData,
            message: "data.scores needs at least one of 'csat' (1-5), 'nps' (0-10) or 'ces' (1-7), or 'data.comment', found no score and no comment")
        #expect(throws: expected) { try TypedEvent(decoding: bytes) }
        #expect(Self.busError(bytes) == expected)
    }

    @Test("a dead letter holding an event today's catalogue refuses: the letter decodes, its event throws")
    func deadLetterOfOldEvent() throws {
        let old = #"{"specversion":"1.0","id":"e-1","source":"/x","type":"rapport.promise.kept","time":"2026-11-27T16:00:00Z","data":{"promise":"p-311"}}"#
        let data = #"{"group":"reports","offset":7,"attempts":3,"error":"boom","event":\#(old)}"#
        let letter = try TypedEvent(decoding: Array(Fixtures.event(type: "rapport.bus.dead-lettered", data: data).utf8))
        guard case .deadLettered(let dead) = letter.payload else {
            Issue.record("expected a dead letter, got \(letter.payload.type)")
            return
        }
        #expect(throws: EventValidationError(
            code: .invalidEnvelope,
            message: #"missing required attribute 'location' (the location id, e.g. "store-12"): rapport.promise.kept is a desk event"#)) {
            try dead.decodedEvent()
        }
    }

    @Test("every data rule the bus enforces gives the same code and message", arguments: CatalogueValidationTests.invalidCases)
    func catalogueRefusals(type: String, data: String, message: String) {
        let bytes = Array(Fixtures.event(type: type, data: data).utf8)
        #expect(throws: EventValidationError(code: .invalidData, message: message)) { try TypedEvent(decoding: bytes) }
    }

    /// Bytes the bus refuses before `data`: JSON, envelope, type.
    static let refusedBytes: [String] = [
        "",
        "not json",
        #"{"specversion":"1.0""#,
        "[1,2,3]",
        #"{"specversion":"1.0","id":"e","source":"/s","type":"rapport.promise.kept","time":"2026-11-27T16:00:00Z","location":"store-12"}"#,
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#).with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":"Friday""#),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#).with(#""id":"01HZX3K4ABCDEF0123456789""#, replacedBy: #""id":"""#),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#, extra: #","Shift":2"#),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#, extra: #","location2":{"a":1}"#),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#, extra: #","data_base64":"AAAA""#),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#, location: false),
        Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#).with(#""location":"store-12""#, replacedBy: #""location":"""#),
        Fixtures.event(type: "loyalty.stamp", data: "{}"),
        Fixtures.event(type: "x-", data: "{}"),
        Fixtures.event(type: "rapport.promise.forgotten", data: "{}"),
        Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"employee","scores":{"csat":3},"respondent":{"name":"Ana"}}"#),
        Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"survey","scores":{"nps":11},"comment":"meh"}"#),
        Fixtures.event(type: "rapport.feedback.received", data: #"{"source":"comment-card","scores":{},"comment":""}"#),
        Fixtures.event(type: "rapport.promise.made", data: #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w"}"#),
        Fixtures.event(type: "rapport.promise.made", data: #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w","due":"Friday"}"#),
        Fixtures.event(type: "rapport.name.checked", data: #"{"interaction":"i","used":true,"forms":["a",1],"agent_turns":1}"#),
        Fixtures.event(type: "rapport.name.checked", data: #"{"interaction":"i","used":true,"forms":[],"agent_turns":1e400}"#),
        Fixtures.event(type: "rapport.feedback.tagged", data: #"{"feedback":{"source":"s","id":"i"},"themes":{"price":"meh"},"lexicon":"1"}"#),
    ]

    @Test("refused bytes throw the validator's exact code and message", arguments: refusedBytes)
    func refused(json: String) throws {
        let bytes = Array(json.utf8)
        let expected = try #require(Self.busError(bytes))
        #expect(throws: expected) { try TypedEvent(decoding: bytes) }
    }

    @Test("too-large events throw the bus's too-large error for the limits given")
    func tooLarge() throws {
        let bytes = Array(Fixtures.example.utf8)
        let limits = EventLimits(maxEventBytes: 100)
        let expected = try #require(Self.busError(bytes, limits: limits))
        #expect(expected.code == .tooLarge)
        #expect(throws: expected) { try TypedEvent(decoding: bytes, limits: limits) }
    }

    @Test("site types decode as .site with their JSON, whatever it holds", arguments: [
        #"{"card":"L-0091","stamps":7,"holder":"Zoë Ångström","history":[1,2.50,null,{"ok":true}]}"#,
        #"["a","b"]"#,
        #""just words""#,
        "null",
    ])
    func siteTypes(data: String) throws {
        let bytes = Array(Fixtures.event(type: "x-loyalty.stamp", data: data, extra: #","dataschema":"urn:x-loyalty:1","shift":2"#).utf8)
        let event = try TypedEvent(decoding: bytes)
        #expect(event.payload == .site(type: "x-loyalty.stamp", data: try JSONValue.parse(Array(data.utf8))))
        #expect(event.payload.eventType == nil)
        #expect(event.extensions == ["dataschema": .string("urn:x-loyalty:1"), "shift": .number(JSONNumber(2))])
        #expect(try TypedEvent(decoding: event.encoded()) == event)
    }

    @Test("extensions, subject and partition key are read from the envelope")
    func envelopeParts() throws {
        let json = Fixtures.event(
            type: "rapport.promise.kept", data: #"{"promise":"p-1"}"#,
            extra: #","agent":"a-17","subject":"i-8812","partitionkey":"c-2291","trace":"abc","priority":1.5,"urgent":false"#)
        let event = try TypedEvent(decoding: Array(json.utf8))
        #expect(event.location == "store-12")
        #expect(event.agent == "a-17")
        #expect(event.subject == "i-8812")
        #expect(event.partitionKey == "c-2291")
        #expect(event.extensions == [
            "trace": .string("abc"), "priority": .number(try #require(JSONNumber(text: "1.5"))), "urgent": .bool(false),
        ])
        #expect(event.payload == .promiseKept(try PromiseKept(promiseID: "p-1")))
    }
}
