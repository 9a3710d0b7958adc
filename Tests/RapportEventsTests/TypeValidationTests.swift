import Testing
@testable import RapportEvents

@Suite("Event types")
struct TypeValidationTests {
    @Test("types outside the catalogue and the x- prefix are refused", arguments: [
        "rapport.promise.broken",
        "rapport.feedback",
        "Rapport.feedback.received",
        "x-",
        "X-desk.opened",
        "com.example.thing",
    ])
    func unknownTypes(type: String) {
        let json = Fixtures.event(type: type, data: "{}")
        #expect(Fixtures.error(json) == EventValidationError(
            code: .unknownType,
            message: "unknown event type \"\(type)\"; expected a catalogue type (rapport.*) or a site type starting with 'x-'"))
    }

    @Test("site types are carried with any data", arguments: [
        "{}", "[1,2,3]", #""free text""#, "42", "null", #"{"scores":{"nps":99}}"#,
    ])
    func siteTypes(data: String) throws {
        let event = try Fixtures.validate(Fixtures.event(type: "x-desk.queue-length", data: data)).get()
        #expect(event.type == "x-desk.queue-length")
    }

    @Test("the catalogue lists its types sorted, including the broker's")
    func catalogue() {
        #expect(EventCatalogue.knownTypes == EventCatalogue.knownTypes.sorted())
        #expect(EventCatalogue.knownTypes.count == 19)
        #expect(EventCatalogue.isKnown("rapport.bus.dead-lettered"))
        #expect(EventCatalogue.isKnown("rapport.promise.made"))
        #expect(!EventCatalogue.isKnown("x-anything"))
        #expect(!EventCatalogue.isKnown("rapport.promise.broken"))
        #expect(Set(Fixtures.validData.map(\.type)) == Set(EventCatalogue.knownTypes))
    }
}
