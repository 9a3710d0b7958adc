import RapportCapture
import RapportEvents
import Testing

/// The typed builders: every desk type makes an event the bus accepts, keyed by its customer.
@Suite("Desk builders")
struct DeskBuilderTests {
    @Test("every desk type builds an event the bus's validator accepts, with partitionkey = customer id, location, agent and a ULID id")
    func everyDeskType() throws {
        let samples = try DeskSamples.all()
        let deskTypes: Set<EventType> = [.interactionStarted, .utterance, .nameUsed, .interactionEnded, .promiseMade, .promiseRevised,
                                         .promiseKept, .promiseCancelled, .customerContacted, .feedbackReceived, .complaintReceived,
                                         .complaintResolved]
        #expect(Set(samples.map(\.type)) == deskTypes)
        for (type, event) in samples {
            let bytes = event.encoded()
            let validated = EventValidator().validate(bytes)
            guard case .success = validated else {
                Issue.record("\(type.rawValue) refused: \(validated)")
                continue
            }
            let decoded = try TypedEvent(decoding: bytes)
            #expect(decoded.type == type.rawValue)
            #expect(decoded.partitionKey == DeskSamples.customer, "\(type.rawValue)")
            #expect(decoded.location == "store-12")
            #expect(decoded.agent == "a-17")
            #expect(decoded.source == "/locations/store-12/desks/3")
            #expect(ULIDTests.isULID(decoded.id), "\(decoded.id)")
        }
    }

    @Test("an interaction's events carry its id as subject")
    func subjects() throws {
        let samples = try DeskSamples.all()
        for (type, event) in samples where [.interactionStarted, .utterance, .nameUsed, .interactionEnded].contains(type) {
            #expect(event.subject == "i-9")
        }
    }

    @Test("ids of one desk increase in the order the events are built")
    func idsIncrease() throws {
        let ids = try DeskSamples.all().map(\.event.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
    }

    @Test("anonymous feedback has no partitionkey; a respondent's id keys it")
    func feedbackKeys() throws {
        let desk = try DeskSamples.desk()
        let anonymous = try desk.event(FeedbackReceived(source: .employee, scores: .none, comment: "the till sticks"))
        #expect(anonymous.partitionKey == nil)
        let known = try desk.event(FeedbackReceived(source: .survey, scores: .init(csat: 4), respondent: .init(id: "c-7")))
        #expect(known.partitionKey == "c-7")
    }

    @Test("employee feedback never carries the desk's agent; a customer's does")
    func employeeFeedbackIsAnonymous() throws {
        let desk = try DeskSamples.desk()
        #expect(desk.agent != nil)
        let employee = try desk.event(FeedbackReceived(source: .employee, scores: .init(csat: 2), comment: "the rota is late"))
        #expect(employee.agent == nil)
        #expect(try TypedEvent(decoding: employee.encoded()).agent == nil)
        let viaCustomer = try desk.customer("c-1").event(FeedbackReceived(source: .employee, scores: .init(csat: 2)))
        #expect(viaCustomer.agent == nil)
        #expect(try desk.event(FeedbackReceived(source: .survey, scores: .init(csat: 4))).agent == desk.agent)
    }

    @Test("data naming another customer than the context's is refused")
    func customerMismatch() throws {
        let desk = try DeskSamples.desk()
        let other = try desk.customer("c-2")
        #expect(throws: CaptureError.self) {
            try other.event(PromiseMade(promiseID: "p", customer: .init(id: "c-1", name: "A"), what: "x", due: .words("today")))
        }
    }

    @Test("a desk without a location, or an empty customer id, is refused")
    func badDesk() {
        #expect(throws: CaptureError.self) { try Desk(location: "", desk: "3") }
        #expect(throws: CaptureError.self) { try Desk(location: "store-12", desk: "") }
        #expect(throws: CaptureError.self) { try DeskSamples.desk().customer("") }
    }

    @Test("an explicit source is kept")
    func explicitSource() throws {
        let desk = try Desk(location: "store-12", source: "/kiosks/entrance", agent: nil)
        let event = try desk.customer("c-1").event(NameUsed(interactionID: "i-1"))
        #expect(event.source == "/kiosks/entrance" && event.agent == nil && event.location == "store-12")
    }
}
