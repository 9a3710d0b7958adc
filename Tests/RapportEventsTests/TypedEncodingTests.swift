import Testing
@testable import RapportEvents

@Suite("Typed events: what cannot be sent cannot be built")
struct TypedEncodingTests {
    /// The bus's error for an event of `type` carrying `data`, or nil when it accepts it.
    static func busError(type: EventType, data: JSONValue) -> EventValidationError? {
        Fixtures.error(Fixtures.event(type: type.rawValue, data: data.serializedString))
    }

    /// `build` throws exactly the error the bus gives for the same data sent as bytes.
    static func expectBusError(
        _ type: EventType, _ data: JSONValue, message: String, _ build: () throws(EventValidationError) -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = EventValidationError(code: .invalidData, message: message)
        #expect(busError(type: type, data: data) == expected, sourceLocation: sourceLocation)
        #expect(throws: expected, sourceLocation: sourceLocation) { try build() }
    }

    @Test("an empty id is refused with the bus's message")
    func emptyID() {
        let customer = PromiseMade.Customer(id: "c-1", name: "Zoë")
        Self.expectBusError(
            .promiseMade, ["promise": "", "customer": ["id": "c-1", "name": "Zoë"], "what": "call back", "due_text": "by Friday"],
            message: #"data.promise must be a non-empty string, got """#
        ) { () throws(EventValidationError) in
            _ = try PromiseMade(promiseID: "", customer: customer, what: "call back", due: .words("by Friday"))
        }
        Self.expectBusError(.promiseMade, ["promise": "p", "customer": ["id": "", "name": "Zoë"], "what": "w", "due_text": "soon"],
                            message: #"data.customer.id must be a non-empty string, got """#) { () throws(EventValidationError) in
            _ = try PromiseMade(promiseID: "p", customer: .init(id: "", name: "Zoë"), what: "w", due: .words("soon"))
        }
    }

    @Test("a score out of range is refused with the bus's message")
    func scoreOutOfRange() {
        Self.expectBusError(.feedbackReceived, ["source": "survey", "scores": ["nps": 11]],
                            message: "data.scores.nps must be an integer 0-10, got 11") { () throws(EventValidationError) in
            _ = try FeedbackReceived(source: .survey, scores: .init(nps: 11))
        }
        Self.expectBusError(.feedbackReceived, ["source": "survey", "scores": ["ces": 0], "comment": "hard work"],
                            message: "data.scores.ces must be an integer 1-7, got 0") { () throws(EventValidationError) in
            _ = try FeedbackReceived(source: .survey, scores: .init(ces: 0), comment: "hard work")
        }
    }

    @Test("no score and no comment (or an empty one) is refused with the bus's message", arguments: [nil, ""] as [String?])
    func noScoreNoComment(comment: String?) {
        var data: [(String, JSONValue)] = [("source", "comment-card"), ("scores", [:])]
        if let comment { data.append(("comment", .string(comment))) }
        Self.expectBusError(
            .feedbackReceived, .object(data),
            message: "data.scores needs at least one of 'csat' (1-5), 'nps' (0-10) or 'ces' (1-7), or 'data.comment', found no score and no comment"
        ) { () throws(EventValidationError) in
            _ = try FeedbackReceived(source: .commentCard, scores: .none, comment: comment)
        }
    }

    @Test("a respondent on employee feedback is refused with the bus's message")
    func employeeRespondent() {
        Self.expectBusError(
            .feedbackReceived, ["source": "employee", "scores": ["csat": 3], "respondent": ["name": "Ana"]],
            message: #"data.respondent must be absent when data.source is "employee" (employee feedback is anonymous)"#
        ) { () throws(EventValidationError) in
            _ = try FeedbackReceived(source: .employee, scores: .init(csat: 3), respondent: .init(name: "Ana"))
        }
    }

    @Test("negative offsets and counts are refused with the bus's message")
    func ranges() {
        Self.expectBusError(.utterance, ["interaction": "i", "speaker": "agent", "text": "hi", "offset_ms": -1],
                            message: "data.offset_ms must be an integer >= 0, got -1") { () throws(EventValidationError) in
            _ = try Utterance(interactionID: "i", speaker: .agent, text: "hi", offsetMilliseconds: -1)
        }
        Self.expectBusError(.deadLettered, ["group": "g", "offset": 1, "attempts": 0, "error": "e", "event": [:]],
                            message: "data.attempts must be an integer >= 1, got 0") { () throws(EventValidationError) in
            _ = try DeadLettered(group: "g", offset: 1, attempts: 0, error: "e", event: [:])
        }
        Self.expectBusError(.deadLettered, ["group": "g", "offset": 1, "attempts": 1, "error": "e", "event": "x"],
                            message: "data.event must be an object, got string") { () throws(EventValidationError) in
            _ = try DeadLettered(group: "g", offset: 1, attempts: 1, error: "e", event: "x")
        }
    }

    @Test("a desk event without location is refused with the bus's envelope error")
    func deskWithoutLocation() throws {
        let kept = try PromiseKept(promiseID: "p-311")
        let time = try TypedSamples.at("2026-11-27T16:00:00+01:00")
        #expect(throws: EventValidationError(
            code: .invalidEnvelope,
            message: #"missing required attribute 'location' (the location id, e.g. "store-12"): rapport.promise.kept is a desk event"#)) {
            try TypedEvent(id: "e-1", source: "/locations/store-12/desks/3", time: time, data: kept)
        }
        #expect(throws: EventValidationError(
            code: .invalidEnvelope, message: #"location must be a non-empty string (the location id, e.g. "store-12")"#)) {
            try TypedEvent(id: "e-1", source: "/locations/store-12/desks/3", time: time, location: "", data: kept)
        }
        // A plugin's output event needs none.
        let acknowledged = try AlertAcknowledged(alertID: "al-9", managerID: "m-3")
        #expect(try TypedEvent(id: "e-2", source: "/plugins/x", time: time, data: acknowledged).location == nil)
    }

    @Test("envelope problems are refused with the bus's messages")
    func envelope() throws {
        let time = try TypedSamples.at("2026-11-27T16:00:00+01:00")
        let acknowledged = try AlertAcknowledged(alertID: "al-9", managerID: "m-3")
        #expect(throws: EventValidationError(code: .invalidEnvelope, message: "attribute 'id' must not be empty")) {
            try TypedEvent(id: "", source: "/plugins/x", time: time, data: acknowledged)
        }
        #expect(throws: EventValidationError(
            code: .invalidEnvelope,
            message: #"attribute name "Shift" is not valid: CloudEvents attribute names use only lower-case letters a-z and digits 0-9"#)) {
            try TypedEvent(id: "e", source: "/plugins/x", time: time, extensions: ["Shift": .number(JSONNumber(2))], data: acknowledged)
        }
        #expect(throws: EventValidationError(
            code: .invalidEnvelope, message: "extension 'location' has its own member: set TypedEvent.location; remove it from extensions")) {
            try TypedEvent(id: "e", source: "/plugins/x", time: time, extensions: ["location": .string("store-12")], data: acknowledged)
        }
        #expect(throws: EventValidationError(
            code: .invalidEnvelope, message: "extension 'subject' is a core attribute; remove it from extensions")) {
            try TypedEvent(id: "e", source: "/plugins/x", time: time, extensions: ["subject": .string("i-1")], data: acknowledged)
        }
    }

    @Test("site payloads must use an x- type, never a catalogue type")
    func sitePayloads() throws {
        let time = try TypedSamples.at("2026-11-27T16:00:00+01:00")
        #expect(throws: EventValidationError(
            code: .unknownType,
            message: #"unknown event type "loyalty.stamp"; expected a catalogue type (rapport.*) or a site type starting with 'x-'"#)) {
            try TypedEvent(id: "e", source: "/s", time: time, payload: .site(type: "loyalty.stamp", data: [:]))
        }
        let error = #expect(throws: EventValidationError.self) {
            try TypedEvent(id: "e", source: "/s", time: time, location: "store-12",
                           payload: .site(type: "rapport.promise.kept", data: ["promise": "p-1"]))
        }
        #expect(error?.code == .unknownType)
        #expect(error?.message
            == #""rapport.promise.kept" is a catalogue type, not a site type: use EventPayload.promiseKept so the catalogue's rules apply"#)
    }

    @Test("encoding within a bus's limits reports its too-large error")
    func encodedWithinLimits() throws {
        let event = try #require(TypedSamples.all.first).make()
        #expect(try event.encoded(within: EventLimits()) == event.encoded())
        let error = #expect(throws: EventValidationError.self) { try event.encoded(within: EventLimits(maxEventBytes: 64)) }
        #expect(error?.code == .tooLarge)
    }

    @Test("data is written in the catalogue's member order with absent optionals left out")
    func dataJSON() throws {
        let made = try PromiseMade(
            promiseID: "p-311", customer: .init(id: "c-2291", name: "Zoë"), what: "Call back",
            due: .both(TypedSamples.at("2026-11-27T17:00:00+01:00"), words: "by Friday"))
        #expect(made.json.serializedString
            == #"{"promise":"p-311","customer":{"id":"c-2291","name":"Zoë"},"what":"Call back","due":"2026-11-27T17:00:00+01:00","due_text":"by Friday"}"#)
        let tagged = try FeedbackTagged(
            feedback: .init(source: "/s", id: "f"), themes: ["waiting time": .negative, "staff attitude": .positive], lexicon: "1")
        #expect(tagged.json.serializedString
            == #"{"feedback":{"source":"/s","id":"f"},"themes":{"staff attitude":"positive","waiting time":"negative"},"lexicon":"1"}"#)
        let modelled = try FeedbackTagged(feedback: .init(source: "/s", id: "f"), themes: [:], lexicon: "1", model: "2026-12-07")
        #expect(modelled.json.serializedString
            == #"{"feedback":{"source":"/s","id":"f"},"themes":{},"lexicon":"1","model":"2026-12-07"}"#)
    }
}
