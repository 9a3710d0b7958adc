import Testing
@testable import RapportEvents

@Suite("CloudEvent")
struct CloudEventTests {
    static let built = CloudEvent(
        id: "01HZX3K4ABCDEF0123456799", source: "/plugins/promise-tracker", type: "rapport.alert.raised",
        time: "2026-11-27T15:00:00+01:00", subject: "i-8812",
        extensions: [("location", "store-12"), ("agent", "a-17")],
        data: ["alert": "al-9", "severity": "warning", "kind": "promise.due-soon",
               "summary": "Promise p-311 to Ngozi \"Nneka\" Okafor is due in 2 hours.\n",
               "dedup": "promise.due-soon:p-311", "refs": ["promise": "p-311"] as JSONValue])

    @Test("encoded() validates and parses back to the same event")
    func roundTrip() throws {
        let bytes = Self.built.encoded()
        let event = try EventValidator().validate(bytes).get()
        #expect(event.id == Self.built.id)
        #expect(event.source == Self.built.source)
        #expect(event.type == Self.built.type)
        #expect(event.timeMillis == RFC3339.parseMillis(Self.built.time))
        #expect(event.bytes == bytes)
        #expect(try CloudEvent(parsing: bytes) == Self.built)
    }

    @Test("encoded() writes specversion 1.0 first, data last, and no datacontenttype")
    func encodedShape() throws {
        let text = String(decoding: Self.built.encoded(), as: UTF8.self)
        #expect(text.hasPrefix(#"{"specversion":"1.0","id":"01HZX3K4ABCDEF0123456799","source":"/plugins/promise-tracker","type":"rapport.alert.raised","time":"2026-11-27T15:00:00+01:00","subject":"i-8812","location":"store-12","agent":"a-17","data":{"alert":"al-9""#))
        #expect(!text.contains("datacontenttype"))
        #expect(text.contains(#"Ngozi \"Nneka\" Okafor is due in 2 hours.\n""#))
    }

    @Test("extensions named like core attributes are not written twice")
    func reservedExtensions() throws {
        var event = Self.built
        event.extensions = [("id", "spoof"), ("type", "x-spoof"), ("agent", "a-1"), ("agent", "a-2"), ("data", 1)]
        let bytes = event.encoded()
        let parsed = try CloudEvent(parsing: bytes)
        #expect(parsed.id == Self.built.id)
        #expect(parsed.type == Self.built.type)
        #expect(parsed.extensions.count == 1)
        #expect(parsed.extensionValue("agent") == "a-1")
    }

    @Test("parsing the example keeps extensions in order and data as JSON")
    func parsesExample() throws {
        let event = try CloudEvent(parsing: Array(Fixtures.example.utf8))
        #expect(event.id == "01HZX3K4ABCDEF0123456789")
        #expect(event.time == "2026-11-23T10:15:00+01:00")
        #expect(event.subject == nil)
        #expect(event.extensions.map(\.0) == ["location", "agent"])
        #expect(event.extensionValue("location") == "store-12")
        #expect(event.data["scores"]?["csat"]?.intValue == 4)
        #expect(try EventValidator().validate(event.encoded()).get().id == event.id)
    }

    @Test("parsing checks the envelope but not the catalogue")
    func structuralOnly() throws {
        let unknownType = Fixtures.event(type: "rapport.promise.broken", data: #"{"anything":1}"#)
        let parsed = try CloudEvent(parsing: Array(unknownType.utf8))
        #expect(parsed.type == "rapport.promise.broken")
        #expect(Fixtures.error(unknownType)?.code == .unknownType)
        let badData = Fixtures.event(type: "rapport.feedback.received", data: #"{"scores":{"nps":11}}"#)
        #expect((try? CloudEvent(parsing: Array(badData.utf8))) != nil)
    }

    @Test("parsing refuses bad JSON and bad envelopes with the validator's errors", arguments: [
        (#"{"id":"#, EventValidationError.Code.invalidJSON),
        (#"{"specversion":"1.0"}"#, .invalidEnvelope),
        (#"[]"#, .invalidEnvelope),
    ])
    func parsingErrors(json: String, code: EventValidationError.Code) {
        #expect(throws: EventValidationError.self) { try CloudEvent(parsing: Array(json.utf8)) }
        do throws(EventValidationError) {
            _ = try CloudEvent(parsing: Array(json.utf8))
        } catch {
            #expect(error.code == code)
        }
    }

    @Test("equality ignores extension order")
    func equality() {
        var reordered = Self.built
        reordered.extensions = [("agent", "a-17"), ("location", "store-12")]
        #expect(reordered == Self.built)
        reordered.extensions = [("agent", "a-18"), ("location", "store-12")]
        #expect(reordered != Self.built)
    }
}
