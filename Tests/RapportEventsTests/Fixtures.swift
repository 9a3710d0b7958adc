@testable import RapportEvents

/// Events and helpers shared by the tests.
enum Fixtures {
    /// The example event from the brief (335 bytes).
    static let example = #"{"specversion":"1.0","id":"01HZX3K4ABCDEF0123456789","source":"/locations/store-12/desks/3","type":"rapport.feedback.received","time":"2026-11-23T10:15:00+01:00","location":"store-12","agent":"a-17","data":{"source":"comment-card","scores":{"csat":4,"nps":9},"comment":"Lovely service, Sam remembered my name.","channel":"front-desk"}}"#

    /// `example`'s `time` in milliseconds since the epoch (09:15 UTC).
    static let exampleMillis: Int64 = 1_795_425_300_000

    /// An event of `type` with `data` (JSON text) and `extra` attributes (JSON members with a
    /// leading comma) spliced into the envelope, which carries `"location":"store-12"` (desk
    /// events need it) unless `location` is false.
    static func event(type: String, data: String, extra: String = "", location: Bool = true) -> String {
        let place = location ? #","location":"store-12""# : ""
        return #"{"specversion":"1.0","id":"01HZX3K4ABCDEF0123456789","source":"/locations/store-12/desks/3","type":"\#(type)","time":"2026-11-23T10:15:00+01:00"\#(place)\#(extra),"data":\#(data)}"#
    }

    /// Validates JSON text with default limits.
    static func validate(_ json: String) -> Result<ValidatedEvent, EventValidationError> {
        EventValidator().validate(Array(json.utf8))
    }

    /// The error validating `json` gives, or nil when it passes.
    static func error(_ json: String) -> EventValidationError? {
        if case .failure(let error) = validate(json) { return error }
        return nil
    }

    /// The JSON error parsing `bytes` gives, or nil when it parses.
    static func parseError(_ bytes: [UInt8]) -> JSONParseError? {
        do throws(JSONParseError) {
            _ = try JSONValue.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The `data` of one valid event for every catalogue type.
    static let validData: [(type: String, data: String)] = [
        ("rapport.interaction.started",
         #"{"interaction":"i-8812","channel":"front-desk","customer":{"id":"c-2291","name":"Ngozi Okafor","preferred":"Ngozi","title":"Mrs."},"agent":{"id":"a-17","name":"Sam Lee"}}"#),
        ("rapport.interaction.utterance",
         #"{"interaction":"i-8812","speaker":"customer","text":"Hello, I'm here about my order.","offset_ms":1200}"#),
        ("rapport.interaction.name-used", #"{"interaction":"i-8812"}"#),
        ("rapport.interaction.ended", #"{"interaction":"i-8812","outcome":"order re-sent"}"#),
        ("rapport.promise.made",
         #"{"promise":"p-311","interaction":"i-8812","customer":{"id":"c-2291","name":"Ngozi Okafor","contact":"+44 20 7946 0018"},"what":"Call back with the delivery date","due":"2026-11-27T17:00:00+01:00"}"#),
        ("rapport.promise.revised",
         #"{"promise":"p-311","due_text":"by Monday","customer_contacted":true,"reason":"part delayed"}"#),
        ("rapport.promise.kept", #"{"promise":"p-311","at":"2026-11-27T16:00:00Z"}"#),
        ("rapport.promise.cancelled", #"{"promise":"p-311","reason":"customer withdrew the request"}"#),
        ("rapport.customer.contacted",
         #"{"customer":{"id":"c-2291"},"promise":"p-311","channel":"phone","note":"left a voicemail"}"#),
        ("rapport.feedback.received",
         #"{"source":"comment-card","scores":{"csat":4,"nps":9},"comment":"Lovely service, Sam remembered my name.","channel":"front-desk"}"#),
        ("rapport.complaint.received",
         #"{"complaint":"k-77","customer":{"id":"c-2291","name":"Ngozi Okafor"},"interaction":"i-8812","text":"Waited 40 minutes","severity":"high"}"#),
        ("rapport.complaint.resolved", #"{"complaint":"k-77","resolution":"refunded delivery","customer_satisfied":true}"#),
        ("rapport.alert.raised",
         #"{"alert":"al-9","severity":"warning","kind":"promise.due-soon","summary":"Promise p-311 to Ngozi Okafor is due in 2 hours.","dedup":"promise.due-soon:p-311","refs":{"promise":"p-311","customer":"c-2291"}}"#),
        ("rapport.alert.resolved", #"{"alert":"al-9","reason":"promise kept"}"#),
        ("rapport.alert.acknowledged", #"{"alert":"al-9","by":"m-3"}"#),
        ("rapport.name.checked",
         #"{"interaction":"i-8812","used":true,"forms":["Mrs. Okafor","Ngozi"],"first_offset_ms":5200,"agent_turns":6}"#),
        ("rapport.promise.detected",
         #"{"interaction":"i-8812","text":"I'll call you back by Friday","due":"2026-11-27T17:00:00+01:00","logged":false}"#),
        ("rapport.feedback.tagged",
         #"{"feedback":{"source":"/locations/store-12/comment-box","id":"01JDEMO0000000000000000006"},"themes":{"waiting time":"negative","staff attitude":"positive"},"lexicon":"2026-12"}"#),
        ("rapport.bus.dead-lettered",
         #"{"group":"reports","offset":1042,"attempts":5,"error":"plugin timed out after 30 s","event":{"specversion":"1.0","id":"e-1","source":"/x","type":"rapport.promise.kept","time":"2026-11-27T16:00:00Z","data":{"promise":"p-311"}}}"#),
    ]
}

extension String {
    /// The string with every `target` replaced; fails the test setup loudly (by returning a
    /// string that cannot validate) if `target` is absent, so a typo cannot pass silently.
    func with(_ target: String, replacedBy replacement: String) -> String {
        guard contains(target) else { return "fixture error: '\(target)' not found" }
        return replacing(target, with: replacement)
    }
}
