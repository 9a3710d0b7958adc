@testable import RapportEvents

/// Front-desk events built with the typed API, one or more per catalogue type.
struct TypedSample: Sendable, CustomStringConvertible {
    /// What the sample shows.
    let description: String
    /// Builds the event (the typed initialisers throw).
    let make: @Sendable () throws -> TypedEvent
}

/// A timestamp that did not parse in a sample.
struct BadSampleTime: Error {
    let text: String
}

enum TypedSamples {
    /// An instant from RFC 3339 text.
    static func at(_ text: String) throws -> Instant {
        guard let instant = Instant(rfc3339: text) else { throw BadSampleTime(text: text) }
        return instant
    }

    /// A desk event from store 12, desk 3, at 10:15 local time (UTC+1).
    static func desk(_ data: some EventData, id: String = "01JF8Q2ZK3M7TS3B0E5Y6R9WXN", subject: String? = "i-8812") throws -> TypedEvent {
        try TypedEvent(
            id: id, source: "/locations/store-12/desks/3", time: at("2026-11-23T10:15:00+01:00"), subject: subject,
            location: "store-12", agent: "a-17", data: data)
    }

    /// A plugin's output event, carrying the location of what it is about.
    static func plugin(_ data: some EventData, plugin: String = "promise-tracker") throws -> TypedEvent {
        try TypedEvent(
            id: "01JF8Q3A0BC4DE5FG6HJ7KM8NP", source: "/plugins/\(plugin)", time: at("2026-11-27T15:00:00.250+01:00"),
            subject: "i-8812", location: "store-12", agent: "a-17", data: data)
    }

    static let zoe = InteractionStarted.Customer(id: "c-2291", name: "Zoë Ångström-Nakamura", preferred: "Zoë", title: "Dr.")
    static let detractorComment = "Waited 40 minutes at the desk and nobody apologised. Won’t be back."

    static let all: [TypedSample] = [
        TypedSample(description: "interaction started, customer with diacritics and a title") {
            try desk(InteractionStarted(
                interactionID: "i-8812", channel: .frontDesk, customer: zoe,
                agent: .init(id: "a-17", name: "Siobhán Ní Bhriain")))
        },
        TypedSample(description: "interaction started by phone, no preferred name or title") {
            try desk(InteractionStarted(
                interactionID: "i-8813", channel: .phone, customer: .init(id: "c-0042", name: "Nguyễn Thị Minh Khai"),
                agent: .init(id: "a-3", name: "Łukasz Żółć")))
        },
        TypedSample(description: "customer utterance with an offset") {
            try desk(Utterance(
                interactionID: "i-8812", speaker: .customer,
                text: "Bonjour — je viens chercher la commande de François Müller.", offsetMilliseconds: 1200))
        },
        TypedSample(description: "agent utterance without an offset") {
            try desk(Utterance(interactionID: "i-8812", speaker: .agent, text: "Of course, Dr. Ångström. One moment."))
        },
        TypedSample(description: "name used tick") {
            try desk(NameUsed(interactionID: "i-8812"))
        },
        TypedSample(description: "interaction ended with an outcome") {
            try desk(InteractionEnded(interactionID: "i-8812", outcome: "Order re-sent; customer left smiling 🙂"))
        },
        TypedSample(description: "interaction ended, no outcome") {
            try desk(InteractionEnded(interactionID: "i-8812"))
        },
        TypedSample(description: "promise made \"by Friday\"") {
            try desk(PromiseMade(
                promiseID: "p-311", interactionID: "i-8812",
                customer: .init(id: "c-2291", name: "Zoë Ångström-Nakamura", contact: "+44 20 7946 0018"),
                what: "Call back with the delivery date", due: .words("by Friday")))
        },
        TypedSample(description: "promise made with an instant only, no interaction") {
            try desk(PromiseMade(
                promiseID: "p-312", customer: .init(id: "c-7", name: "Jürgen Weiß"),
                what: "Hold the blue jacket in size M", due: .instant(at("2026-11-24T12:00:00+01:00"))))
        },
        TypedSample(description: "promise revised with both instant and words") {
            try desk(PromiseRevised(
                promiseID: "p-311", due: .both(at("2026-11-30T12:00:00-05:00"), words: "Monday before noon"),
                customerContacted: true, reason: "part delayed at the warehouse"))
        },
        TypedSample(description: "promise revised, words only, customer not told") {
            try desk(PromiseRevised(promiseID: "p-311", due: .words("end of day"), customerContacted: false))
        },
        TypedSample(description: "promise kept at an instant with milliseconds in +05:30") {
            try desk(PromiseKept(promiseID: "p-311", keptAt: at("2026-11-27T21:30:00.125+05:30")))
        },
        TypedSample(description: "promise kept at the event time") {
            try desk(PromiseKept(promiseID: "p-311"))
        },
        TypedSample(description: "promise cancelled") {
            try desk(PromiseCancelled(promiseID: "p-312", reason: "Customer bought the jacket online"))
        },
        TypedSample(description: "customer contacted about their feedback") {
            try desk(CustomerContacted(
                customerID: "c-2291", promiseID: "p-311",
                feedback: EventReference(source: "/locations/store-12/comment-box", id: "01JDEMO0000000000000000006"),
                complaintID: "k-77", channel: .phone, note: "left a voicemail"))
        },
        TypedSample(description: "customer contacted, minimal") {
            try desk(CustomerContacted(customerID: "c-2291", channel: .email), subject: nil)
        },
        TypedSample(description: "NPS detractor survey with a comment and a respondent") {
            try desk(FeedbackReceived(
                source: .survey, scores: .init(csat: 2, nps: 3, ces: 2), comment: detractorComment,
                respondent: .init(id: "c-9120", name: "Åsa Öberg", contact: "asa.oberg@example.se"),
                interactionID: "i-8812", channel: .frontDesk))
        },
        TypedSample(description: "comment card with only words") {
            try desk(FeedbackReceived(source: .commentCard, scores: .none, comment: "Sam remembered my name — lovely!"))
        },
        TypedSample(description: "employee feedback, scores only") {
            try desk(FeedbackReceived(source: .employee, scores: .init(csat: 4, ces: 7)))
        },
        TypedSample(description: "complaint received, high severity") {
            try desk(ComplaintReceived(
                complaintID: "k-77", customer: .init(id: "c-2291", name: "Zoë Ångström-Nakamura"),
                interactionID: "i-8812", text: "Waited 40 minutes; the order was still not ready.", severity: .high))
        },
        TypedSample(description: "complaint received, no severity") {
            try desk(ComplaintReceived(complaintID: "k-78", customer: .init(id: "c-5", name: "María José Núñez"), text: "Wrong size sent."))
        },
        TypedSample(description: "complaint resolved") {
            try desk(ComplaintResolved(complaintID: "k-77", resolution: "refunded the delivery charge", customerSatisfied: true))
        },
        TypedSample(description: "alert raised for a detractor") {
            try plugin(AlertRaised(
                alertID: "al-9", severity: .critical, kind: .feedbackDetractor,
                summary: "Åsa Öberg gave NPS 3: “\(detractorComment)”", dedupKey: "feedback.detractor:01JDEMO6",
                refs: .init(
                    interactionID: "i-8812", customerID: "c-9120",
                    feedback: EventReference(source: "/locations/store-12/desks/3", id: "01JDEMO6"))),
                plugin: "feedback")
        },
        TypedSample(description: "alert raised for a promise due soon") {
            try plugin(AlertRaised(
                alertID: "al-10", severity: .warning, kind: .promiseDueSoon,
                summary: "Promise p-311 to Zoë Ångström-Nakamura is due by Friday and not yet kept.",
                dedupKey: "promise.due-soon:p-311", refs: .init(promiseID: "p-311", customerID: "c-2291")))
        },
        TypedSample(description: "alert resolved by a manager") {
            try plugin(AlertResolved(alertID: "al-10", reason: "promise kept", managerID: "m-3"))
        },
        TypedSample(description: "alert resolved automatically") {
            try plugin(AlertResolved(alertID: "al-10", reason: "promise kept"))
        },
        TypedSample(description: "alert acknowledged") {
            try plugin(AlertAcknowledged(alertID: "al-9", managerID: "m-3"))
        },
        TypedSample(description: "name checked: used, from the transcript") {
            try plugin(NameChecked(
                interactionID: "i-8812", used: true, forms: ["Dr. Ångström", "Zoë"], firstOffsetMilliseconds: 5200,
                agentTurns: 6, ticked: true, transcript: true), plugin: "name-usage")
        },
        TypedSample(description: "name checked: not used, no forms") {
            try plugin(NameChecked(interactionID: "i-8813", used: false, forms: [], agentTurns: 0), plugin: "name-usage")
        },
        TypedSample(description: "promise detected \"by Friday\", not logged") {
            try plugin(PromiseDetected(
                interactionID: "i-8812", text: "I'll ring you back by Friday", due: at("2026-11-27T18:00:00+01:00"),
                logged: false))
        },
        TypedSample(description: "feedback tagged with two themes") {
            try plugin(FeedbackTagged(
                feedback: EventReference(source: "/locations/store-12/desks/3", id: "01JDEMO6"),
                themes: ["waiting time": .negative, "staff attitude": .positive, "Öffnungszeiten": .negative],
                lexicon: "2026-12", model: "2026-12-07"), plugin: "feedback")
        },
        TypedSample(description: "feedback tagged with no theme") {
            try plugin(FeedbackTagged(
                feedback: EventReference(source: "/locations/store-12/desks/3", id: "01JDEMO7"), themes: [:],
                lexicon: "2026-12"), plugin: "feedback")
        },
        TypedSample(description: "dead-lettered by the bus") {
            try TypedEvent(
                id: "reports:1042", source: "/bus/groups/reports", time: at("2026-11-27T16:00:05Z"),
                data: DeadLettered(
                    group: "reports", offset: 1042, attempts: 5, error: "plugin timed out after 30 s",
                    event: ["specversion": "1.0", "id": "e-1", "source": "/x", "type": "rapport.promise.kept",
                            "time": "2026-11-27T16:00:00Z", "data": ["promise": "p-311"]]))
        },
        TypedSample(description: "desk event with a partition key and other extensions") {
            try TypedEvent(
                id: "01JF8Q2ZK3M7TS3B0E5Y6R9WXP", source: "/locations/store-12/desks/3",
                time: at("2026-11-23T10:15:00+01:00"), location: "store-12", partitionKey: "c-2291",
                extensions: ["dataschema": .string("https://example.com/rapport/1"), "shift": .number(JSONNumber(2)),
                             "training": .bool(true)],
                data: NameUsed(interactionID: "i-8812"))
        },
        TypedSample(description: "site type with its own data") {
            try TypedEvent(
                id: "st-1", source: "/locations/store-12/loyalty", time: at("2026-11-23T10:16:00+01:00"),
                location: "store-12",
                payload: .site(type: "x-loyalty.stamp", data: ["card": "L-0091", "stamps": 7, "holder": "Zoë"]))
        },
    ]
}
