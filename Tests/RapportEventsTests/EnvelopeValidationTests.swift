import Testing
@testable import RapportEvents

@Suite("Envelope validation")
struct EnvelopeValidationTests {
    @Test("the example event validates, keeping its bytes")
    func example() throws {
        let bytes = Array(Fixtures.example.utf8)
        #expect(bytes.count == 335)
        let event = try EventValidator().validate(bytes).get()
        #expect(event.id == "01HZX3K4ABCDEF0123456789")
        #expect(event.source == "/locations/store-12/desks/3")
        #expect(event.type == "rapport.feedback.received")
        #expect(event.timeMillis == Fixtures.exampleMillis)
        #expect(event.partitionKey == "01HZX3K4ABCDEF0123456789")
        #expect(event.bytes == bytes)
        let fromBuffer = bytes.withUnsafeBytes { EventValidator().validate($0) }
        #expect(try fromBuffer.get() == event)
    }

    @Test("size is checked first, against the configured limit")
    func size() {
        let padding = String(repeating: "x", count: 300_000 - Fixtures.example.utf8.count - #","pad":"""#.utf8.count)
        let large = Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","pad":"\#(padding)""#)
        #expect(large.utf8.count == 300_000)
        #expect(Fixtures.error(large) == EventValidationError(
            code: .tooLarge, message: "event is 300000 bytes; the limit is 262144 bytes (max_event_bytes)"))
        let roomy = EventValidator(limits: EventLimits(maxEventBytes: 400_000))
        #expect((try? roomy.validate(Array(large.utf8)).get()) != nil)
        let tight = EventValidator(limits: EventLimits(maxEventBytes: 334))
        #expect(tight.validate(Array(Fixtures.example.utf8)) == .failure(EventValidationError(
            code: .tooLarge, message: "event is 335 bytes; the limit is 334 bytes (max_event_bytes)")))
        // Size comes before JSON: a huge non-JSON blob is refused as too large.
        #expect(Fixtures.error(String(repeating: "{", count: 300_000))?.code == .tooLarge)
    }

    @Test("JSON problems come back as invalid-json with the byte offset")
    func invalidJSON() {
        let broken = Fixtures.example.with(#""specversion":"1.0","#, replacedBy: #""specversion" "1.0","#)
        #expect(Fixtures.error(broken) == EventValidationError(
            code: .invalidJSON, message: "invalid JSON at byte 15: expected ':' after object key"))
        #expect(EventValidator().validate([0x7B, 0xC3, 0x28, 0x7D]) == .failure(EventValidationError(
            code: .invalidJSON, message: "invalid JSON at byte 1: invalid UTF-8: bytes 0xC3 0x28 do not form a character")))
        #expect(Fixtures.error(#"{"a":1,"a":2}"#)?.message == "invalid JSON at byte 7: duplicate key \"a\"")
    }

    @Test("envelope rules, each with its message", arguments: [
        ("[1,2]", "an event must be a JSON object, got array"),
        (#""event""#, "an event must be a JSON object, got string"),
        (Fixtures.example.with(#""specversion":"1.0""#, replacedBy: #""specversion":"0.3""#),
         #"specversion must be "1.0", got "0.3""#),
        (Fixtures.example.with(#""specversion":"1.0""#, replacedBy: #""specversion":1.0"#),
         "attribute 'specversion' must be a string, got number"),
        (Fixtures.example.with(#""specversion":"1.0","#, replacedBy: ""), "missing required attribute 'specversion'"),
        (Fixtures.example.with(#""id":"01HZX3K4ABCDEF0123456789","#, replacedBy: ""), "missing required attribute 'id'"),
        (Fixtures.example.with(#""source":"/locations/store-12/desks/3","#, replacedBy: ""),
         "missing required attribute 'source'"),
        (Fixtures.example.with(#""type":"rapport.feedback.received","#, replacedBy: ""), "missing required attribute 'type'"),
        (Fixtures.example.with(#""time":"2026-11-23T10:15:00+01:00","#, replacedBy: ""), "missing required attribute 'time'"),
        (#"{"specversion":"1.0","id":"e-1","source":"/s","type":"x-t","time":"2026-11-23T10:15:00Z","note":"no data"}"#,
         "missing required attribute 'data'"),
        (Fixtures.example.with(#""id":"01HZX3K4ABCDEF0123456789""#, replacedBy: #""id":12"#),
         "attribute 'id' must be a string, got number"),
        (Fixtures.example.with(#""source":"/locations/store-12/desks/3""#, replacedBy: #""source":null"#),
         "attribute 'source' must be a string, got null"),
        (Fixtures.example.with(#""type":"rapport.feedback.received""#, replacedBy: #""type":["a"]"#),
         "attribute 'type' must be a string, got array"),
        (Fixtures.example.with(#""id":"01HZX3K4ABCDEF0123456789""#, replacedBy: #""id":"""#), "attribute 'id' must not be empty"),
        (Fixtures.example.with(#""source":"/locations/store-12/desks/3""#, replacedBy: #""source":"""#),
         "attribute 'source' must not be empty"),
        (Fixtures.example.with(#""type":"rapport.feedback.received""#, replacedBy: #""type":"""#),
         "attribute 'type' must not be empty"),
        (Fixtures.example.with(#""id":"01HZX3K4ABCDEF0123456789""#, replacedBy: #""id":"\#(String(repeating: "i", count: 257))""#),
         "attribute 'id' is 257 characters; the limit is 256"),
        (Fixtures.example.with(#""source":"/locations/store-12/desks/3""#,
                               replacedBy: #""source":"/\#(String(repeating: "é", count: 300))""#),
         "attribute 'source' is 301 characters; the limit is 256"),
        (Fixtures.example.with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":"yesterday""#),
         #"time must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "yesterday""#),
        (Fixtures.example.with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":"2026-11-23T10:15:00""#),
         #"time must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "2026-11-23T10:15:00""#),
        (Fixtures.example.with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":"2026-02-29T10:15:00Z""#),
         #"time must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "2026-02-29T10:15:00Z""#),
        (Fixtures.example.with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":1795425300"#),
         "attribute 'time' must be a string, got number"),
        (Fixtures.example.with(#""location":"store-12""#, replacedBy: #""location":12"#),
         "attribute 'location' must be a string, got number"),
        // Desk events say where they happened.
        (Fixtures.example.with(#""location":"store-12","#, replacedBy: ""),
         #"missing required attribute 'location' (the location id, e.g. "store-12"): rapport.feedback.received is a desk event"#),
        (Fixtures.example.with(#""location":"store-12""#, replacedBy: #""location":"""#),
         #"location must be a non-empty string (the location id, e.g. "store-12")"#),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":null"#), "attribute 'agent' must be a string, got null"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","subject":true"#),
         "attribute 'subject' must be a string, got boolean"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","partitionkey":{"k":1}"#),
         "attribute 'partitionkey' must be a string, got object"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","datacontenttype":"text/plain""#),
         #"datacontenttype must be "application/json", got "text/plain""#),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","datacontenttype":7"#),
         "attribute 'datacontenttype' must be a string, got number"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","Desk":"3""#),
         #"attribute name "Desk" is not valid: CloudEvents attribute names use only lower-case letters a-z and digits 0-9"#),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","desk_no":"3""#),
         #"attribute name "desk_no" is not valid: CloudEvents attribute names use only lower-case letters a-z and digits 0-9"#),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","":"3""#),
         #"attribute name "" is not valid: CloudEvents attribute names use only lower-case letters a-z and digits 0-9"#),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","abcdefghijklmnopqrstu":"3""#),
         "extension attribute name \"abcdefghijklmnopqrstu\" is 21 characters; the limit is 20"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","desk":{"n":3}"#),
         "extension attribute 'desk' must be a string, number or boolean, got object"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","desk":null"#),
         "extension attribute 'desk' must be a string, number or boolean, got null"),
        (Fixtures.example.with(#""agent":"a-17""#, replacedBy: #""agent":"a-17","data_base64":"e30=""#),
         "data_base64 is not accepted: send the payload as JSON in 'data' (datacontenttype application/json)"),
    ])
    func envelopeRules(json: String, message: String) {
        #expect(Fixtures.error(json) == EventValidationError(code: .invalidEnvelope, message: message))
    }

    @Test("plugin output and bus events need no location; site types neither", arguments: [
        ("rapport.alert.resolved", #"{"alert":"al-1","reason":"kept"}"#),
        ("rapport.name.checked", #"{"interaction":"i-1","used":true,"forms":["Maria"],"agent_turns":3}"#),
        ("x-till.opened", "{}"),
    ])
    func noLocationNeeded(type: String, data: String) {
        #expect(Fixtures.error(Fixtures.event(type: type, data: data, location: false)) == nil)
    }

    @Test("optional attributes and extensions that follow the rules pass", arguments: [
        #","subject":"i-8812""#,
        #","datacontenttype":"application/json""#,
        #","dataschema":"https://example.com/schema.json""#,
        #","partitionkey":"c-2291""#,
        #","abcdefghijklmnopqrst":"twenty characters""#,
        #","desk3":3,"trained":true,"shift":"late""#,
    ])
    func optionalAttributes(extra: String) {
        let json = Fixtures.event(type: "rapport.interaction.name-used", data: #"{"interaction":"i-8812"}"#, extra: extra)
        #expect(Fixtures.error(json) == nil)
    }

    @Test("an identity of exactly 256 characters passes")
    func identityLimit() {
        let id = String(repeating: "é", count: 256)
        let json = Fixtures.example.with(#""id":"01HZX3K4ABCDEF0123456789""#, replacedBy: #""id":"\#(id)""#)
        #expect((try? Fixtures.validate(json).get())?.id == id)
    }

    @Test("escaped attribute names and values are read as their decoded text")
    func escapedAttributes() throws {
        let json = Fixtures.example
            .with(#""type":"rapport.feedback.received""#, replacedBy: #""typ\u0065":"rapport.feedback\u002ereceived""#)
            .with(#""time":"2026-11-23T10:15:00+01:00""#, replacedBy: #""time":"2026-11-23T10:15:00\u002B01:00""#)
        let event = try Fixtures.validate(json).get()
        #expect(event.type == "rapport.feedback.received")
        #expect(event.timeMillis == Fixtures.exampleMillis)
    }

    @Test("errors describe themselves as code: message")
    func description() {
        let error = EventValidationError(code: .invalidData, message: "data.scores.nps must be an integer 0-10, got 11")
        #expect(error.description == "invalid-data: data.scores.nps must be an integer 0-10, got 11")
        #expect(EventValidationError.Code.tooLarge.rawValue == "too-large")
        #expect(EventValidationError.Code.unknownType.rawValue == "unknown-type")
    }
}
