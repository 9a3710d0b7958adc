import Testing
@testable import RapportEvents

/// An event with a catalogue payload is checked on its values (``TypedEvent`` does not parse its
/// own JSON again); these cases hold that check to the bus's validator on the same bytes: the
/// same events pass, and the others fail with the same code and message.
@Suite("Typed events: the envelope checked on values agrees with the bus")
struct EnvelopeValuesTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        var id = "01JF8Q2ZK3M7TS3B0E5Y6R9WXN"
        var source = "/locations/store-12/desks/3"
        var location: String? = "store-12"
        var subject: String? = "i-8812"
        var agent: String? = "a-17"
        var partitionKey: String?
        var desk = true
    }

    static let cases: [Case] = [
        Case(description: "a desk event as sent"),
        Case(description: "a plugin output with no location", location: nil, desk: false),
        Case(description: "an empty id", id: ""),
        Case(description: "an empty source", source: ""),
        Case(description: "an id of 256 characters", id: String(repeating: "x", count: 256)),
        Case(description: "an id of 257 characters", id: String(repeating: "x", count: 257)),
        Case(description: "an id of 256 two-byte characters", id: String(repeating: "é", count: 256)),
        Case(description: "a source of 257 characters", source: "/" + String(repeating: "s", count: 256)),
        Case(description: "a source of 200 four-byte characters", source: String(repeating: "🙂", count: 200)),
        Case(description: "a desk event without a location", location: nil),
        Case(description: "a desk event with an empty location", location: ""),
        Case(description: "empty subject, agent and partition key", subject: "", agent: "", partitionKey: ""),
        Case(description: "quotes, controls and non-BMP text in the attributes", id: "a\"b\\c\u{1}", location: "st🙂re\n12"),
    ]

    @Test("the value check and the bus agree", arguments: cases)
    func agrees(_ example: Case) throws {
        let payload: EventPayload = example.desk
            ? try FeedbackReceived(source: .survey, scores: .init(nps: 3), comment: "Slow.").payload
            : try FeedbackTagged(feedback: EventReference(source: "/locations/store-12/desks/3", id: "f-1"), themes: [:], lexicon: "t").payload
        let time = try #require(Instant(rfc3339: "2026-11-23T10:15:00+01:00"))
        let unchecked = TypedEvent(id: example.id, source: example.source, time: time, subject: example.subject,
                                   location: example.location, agent: example.agent, partitionKey: example.partitionKey,
                                   extensions: [:], validated: payload)
        let bus: EventValidationError?
        if case .failure(let error) = EventValidator(limits: EventLimits(maxEventBytes: .max)).validate(unchecked.encoded()) {
            bus = error
        } else {
            bus = nil
        }
        let typed = Result { () throws(EventValidationError) in
            try TypedEvent(id: example.id, source: example.source, time: time, subject: example.subject, location: example.location,
                           agent: example.agent, partitionKey: example.partitionKey, payload: payload)
        }
        switch typed {
        case .success: #expect(bus == nil)
        case .failure(let error): #expect(bus == error)
        }
        if example.description == "a desk event as sent" { #expect(bus == nil) }
    }

    @Test("an event is written directly as the same bytes as its CloudEvent", arguments: TypedSamples.all)
    func directEncoding(_ sample: TypedSample) throws {
        let event = try sample.make()
        #expect(event.encoded() == event.cloudEvent.encoded())
        let time = try #require(Instant(millisecondsSinceEpoch: 1_764_000_000_007, utcOffsetMinutes: -150))
        let shifted = try TypedEvent(id: "x\"\u{7}é", source: event.source, time: time, subject: "s\n", location: event.location,
                                     agent: nil, partitionKey: "k", payload: event.payload)
        #expect(shifted.encoded() == shifted.cloudEvent.encoded())
        #expect(shifted.time.rfc3339 == "2025-11-24T13:30:00.007-02:30")
    }

    @Test("a dead-lettered event nested near the depth limit is built exactly when the bus would take it")
    func deadLetteredDepth() throws {
        let time = try #require(Instant(rfc3339: "2026-11-23T10:15:00Z"))
        for depth in 54...66 {
            var nested: JSONValue = 1
            for _ in 0..<depth { nested = .array([nested]) }
            let original: JSONValue = .object([("specversion", "1.0"), ("id", "e-1"), ("source", "/x"), ("type", "x-deep"),
                                               ("time", "2026-11-23T10:15:00Z"), ("data", nested)])
            guard let data = try? DeadLettered(group: "g", offset: 1, attempts: 5, error: "boom", event: original) else { continue }
            let built = Result { () throws(EventValidationError) in
                try TypedEvent(id: "g:1", source: "/bus/groups/g", time: time, payload: data.payload)
            }
            let unchecked = TypedEvent(id: "g:1", source: "/bus/groups/g", time: time, subject: nil, location: nil, agent: nil,
                                       partitionKey: nil, extensions: [:], validated: data.payload)
            let busTakes: Bool
            if case .success = EventValidator(limits: EventLimits(maxEventBytes: .max)).validate(unchecked.encoded()) { busTakes = true } else { busTakes = false }
            if case .success = built { #expect(busTakes, "depth \(depth): built, but the bus refuses it") } else { #expect(!busTakes, "depth \(depth)") }
        }
    }
}
