import Testing
@testable import RapportEvents

@Suite("Typed events: encode, the bus accepts, decode gives the same value")
struct TypedRoundTripTests {
    @Test("every sample round-trips through the bus's check", arguments: TypedSamples.all)
    func roundTrip(sample: TypedSample) throws {
        let event = try sample.make()
        let bytes = event.encoded()
        let validated = try EventValidator().validate(bytes).get()
        #expect(validated.type == event.type)
        #expect(validated.id == event.id)
        #expect(validated.timeMillis == event.time.millisecondsSinceEpoch)
        #expect(try TypedEvent(decoding: bytes) == event)
        #expect(try TypedEvent(decoding: validated) == event)
        // The data alone, as the untyped producer side sees it.
        #expect(try CloudEvent(parsing: bytes).data == event.payload.json)
    }

    @Test("the payload's catalogue type (a switch) agrees with its data's own type, and data(as:) finds that type only",
          arguments: TypedSamples.all)
    func payloadType(sample: TypedSample) throws {
        let payload = try sample.make().payload
        guard let data = payload.eventData else {
            // A site type: no catalogue type, no typed data.
            #expect(payload.eventType == nil && payload.data(as: FeedbackReceived.self) == nil)
            return
        }
        #expect(payload.eventType == type(of: data).eventType)
        #expect(payload.type == type(of: data).eventType.rawValue)
        #expect((payload.data(as: FeedbackReceived.self) != nil) == (payload.eventType == .feedbackReceived))
        #expect((payload.data(as: AlertRaised.self) != nil) == (payload.eventType == .alertRaised))
    }

    @Test("the samples cover every catalogue type")
    func samplesCoverCatalogue() throws {
        let covered = Set(try TypedSamples.all.compactMap { try $0.make().payload.eventType })
        #expect(covered == Set(EventType.allCases))
    }

    @Test("each catalogue fixture decodes to its typed case and re-encodes to an equal event",
          arguments: Fixtures.validData)
    func fixtures(type: String, data: String) throws {
        let bytes = Array(Fixtures.event(type: type, data: data).utf8)
        let event = try TypedEvent(decoding: bytes)
        #expect(event.payload.eventType?.rawValue == type)
        #expect(event.location == "store-12")
        #expect(event.time == Instant(millisecondsSinceEpoch: Fixtures.exampleMillis, utcOffsetMinutes: 60))
        #expect(try TypedEvent(decoding: event.encoded()) == event)
    }

    @Test("the offset as written survives: 10:15+01:00 stays 10:15+01:00, not 09:15Z")
    func offsetKept() throws {
        let event = try TypedEvent(decoding: Array(Fixtures.example.utf8))
        #expect(event.time.utcOffsetMinutes == 60)
        #expect(event.time.rfc3339 == "2026-11-23T10:15:00+01:00")
        #expect(event.cloudEvent.time == "2026-11-23T10:15:00+01:00")
    }

    @Test("the example event decodes to the expected typed feedback")
    func exampleFeedback() throws {
        let event = try TypedEvent(decoding: Array(Fixtures.example.utf8))
        let expected = try FeedbackReceived(
            source: .commentCard, scores: .init(csat: 4, nps: 9), comment: "Lovely service, Sam remembered my name.",
            channel: .frontDesk)
        #expect(event.payload == .feedbackReceived(expected))
        #expect(event.agent == "a-17")
        #expect(event.extensions.isEmpty)
    }
}
