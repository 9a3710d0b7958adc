import Testing
@testable import RapportEvents

@Suite("Catalogue data rules")
struct CatalogueValidationTests {
    @Test("one valid event of every catalogue type", arguments: Fixtures.validData)
    func validExamples(type: String, data: String) throws {
        let event = try Fixtures.validate(Fixtures.event(type: type, data: data)).get()
        #expect(event.type == type)
    }

    @Test("unknown extra data fields are allowed (the catalogue only grows)")
    func extraFields() {
        let json = Fixtures.event(type: "rapport.promise.kept", data: #"{"promise":"p-1","mood":"relieved","n":[1,{"x":null}]}"#)
        #expect(Fixtures.error(json) == nil)
    }

    /// One case per rule: the type, the `data` sent and the exact message expected.
    static let invalidCases: [(type: String, data: String, message: String)] = [
        // data must be an object
        ("rapport.promise.kept", #""p-1""#, "data must be an object for type 'rapport.promise.kept', got string"),
        ("rapport.feedback.received", "[]", "data must be an object for type 'rapport.feedback.received', got array"),
        ("rapport.alert.resolved", "null", "data must be an object for type 'rapport.alert.resolved', got null"),
        // required fields, at the top and nested
        ("rapport.feedback.received", #"{"scores":{"nps":9}}"#,
         "missing required field 'data.source' (one of comment-card|survey|focus-group|employee)"),
        ("rapport.feedback.received", #"{"source":"survey"}"#, "missing required field 'data.scores' (an object)"),
        ("rapport.interaction.started",
         #"{"interaction":"i-1","channel":"phone","customer":{"name":"Ngozi"},"agent":{"id":"a-1","name":"Sam"}}"#,
         "missing required field 'data.customer.id' (a non-empty string)"),
        ("rapport.interaction.started",
         #"{"interaction":"i-1","channel":"phone","customer":{"id":"c-1","name":"Ngozi"},"agent":{"id":"a-1"}}"#,
         "missing required field 'data.agent.name' (a string)"),
        ("rapport.interaction.name-used", "{}", "missing required field 'data.interaction' (a non-empty string)"),
        ("rapport.complaint.received", #"{"complaint":"k-1","customer":{"id":"c-1","name":"N"}}"#,
         "missing required field 'data.text' (a string)"),
        ("rapport.alert.raised",
         #"{"alert":"a","severity":"info","kind":"k","summary":"s","dedup":"d"}"#,
         "missing required field 'data.refs' (an object)"),
        ("rapport.name.checked", #"{"interaction":"i-1","used":true,"forms":[]}"#,
         "missing required field 'data.agent_turns' (an integer >= 0)"),
        ("rapport.promise.revised", #"{"promise":"p-1","due_text":"soon"}"#,
         "missing required field 'data.customer_contacted' (a boolean)"),
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":1,"attempts":1,"error":"e"}"#,
         "missing required field 'data.event' (an object)"),
        // JSON types
        ("rapport.interaction.started",
         #"{"interaction":"i-1","channel":"phone","customer":{"id":2291,"name":"Ngozi"},"agent":{"id":"a-1","name":"Sam"}}"#,
         "data.customer.id must be a non-empty string, got number"),
        ("rapport.interaction.name-used", #"{"interaction":""}"#, #"data.interaction must be a non-empty string, got """#),
        ("rapport.interaction.ended", #"{"interaction":"i-1","outcome":false}"#, "data.outcome must be a string, got boolean"),
        ("rapport.interaction.started",
         #"{"interaction":"i-1","channel":"phone","customer":"c-1","agent":{"id":"a-1","name":"Sam"}}"#,
         "data.customer must be an object, got string"),
        ("rapport.interaction.started",
         #"{"interaction":"i-1","channel":"phone","customer":{"id":"c-1","name":"N","title":1},"agent":{"id":"a","name":"S"}}"#,
         "data.customer.title must be a string, got number"),
        // enumerations
        ("rapport.customer.contacted", #"{"customer":{"id":"c-1"},"channel":"desk"}"#,
         #"data.channel must be one of front-desk|phone|chat|email|other, got "desk""#),
        ("rapport.customer.contacted", #"{"customer":{"id":"c-1"},"channel":1}"#,
         "data.channel must be one of front-desk|phone|chat|email|other, got number"),
        ("rapport.interaction.utterance", #"{"interaction":"i-1","speaker":"manager","text":"hi"}"#,
         #"data.speaker must be one of agent|customer, got "manager""#),
        ("rapport.feedback.received", #"{"source":"mystery-shopper","scores":{"nps":9}}"#,
         #"data.source must be one of comment-card|survey|focus-group|employee, got "mystery-shopper""#),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":9},"channel":"Phone"}"#,
         #"data.channel must be one of front-desk|phone|chat|email|other, got "Phone""#),
        ("rapport.complaint.received", #"{"complaint":"k","customer":{"id":"c","name":"N"},"text":"t","severity":"urgent"}"#,
         #"data.severity must be one of low|normal|high, got "urgent""#),
        ("rapport.alert.raised",
         #"{"alert":"a","severity":"high","kind":"k","summary":"s","dedup":"d","refs":{}}"#,
         #"data.severity must be one of info|warning|critical, got "high""#),
        // scores
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":11}}"#, "data.scores.nps must be an integer 0-10, got 11"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":-1}}"#, "data.scores.nps must be an integer 0-10, got -1"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":9.5}}"#, "data.scores.nps must be an integer 0-10, got 9.5"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":"9"}}"#, "data.scores.nps must be an integer 0-10, got string"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"csat":0}}"#, "data.scores.csat must be an integer 1-5, got 0"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"csat":6}}"#, "data.scores.csat must be an integer 1-5, got 6"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"ces":8}}"#, "data.scores.ces must be an integer 1-7, got 8"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"ces":0}}"#, "data.scores.ces must be an integer 1-7, got 0"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{}}"#,
         "data.scores needs at least one of 'csat' (1-5), 'nps' (0-10) or 'ces' (1-7), or 'data.comment', found no score and no comment"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"effort":3},"comment":""}"#,
         "data.scores needs at least one of 'csat' (1-5), 'nps' (0-10) or 'ces' (1-7), or 'data.comment', found no score and no comment"),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":3},"respondent":"r-1"}"#,
         "data.respondent must be an object, got string"),
        ("rapport.feedback.tagged", #"{"feedback":{"source":"/x","id":"f-1"},"themes":{"price":"meh"},"lexicon":"1"}"#,
         #"data.themes["price"] must be one of positive|negative, got "meh""#),
        ("rapport.feedback.tagged", #"{"feedback":{"source":"/x"},"themes":{},"lexicon":"1"}"#,
         "missing required field 'data.feedback.id' (a non-empty string)"),
        ("rapport.feedback.received", #"{"source":"survey","scores":[9]}"#, "data.scores must be an object, got array"),
        // respondent and employee feedback
        ("rapport.feedback.received", #"{"source":"employee","scores":{"nps":3},"respondent":{"name":"Sam"}}"#,
         #"data.respondent must be absent when data.source is "employee" (employee feedback is anonymous)"#),
        // timestamps
        ("rapport.promise.made", #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w","due":"friday"}"#,
         #"data.due must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "friday""#),
        ("rapport.promise.made", #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w","due":"2026-11-27T17:00:00"}"#,
         #"data.due must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "2026-11-27T17:00:00""#),
        ("rapport.promise.kept", #"{"promise":"p","at":"2026-02-30T10:00:00Z"}"#,
         #"data.at must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "2026-02-30T10:00:00Z""#),
        ("rapport.promise.kept", #"{"promise":"p","at":1795425300}"#,
         "data.at must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got number"),
        ("rapport.promise.detected", #"{"interaction":"i","text":"t","due":"tomorrow","logged":true}"#,
         #"data.due must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got "tomorrow""#),
        // due or due_text
        ("rapport.promise.made", #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w"}"#,
         "data needs 'due' (RFC 3339) or 'due_text' (the words used), found neither"),
        ("rapport.promise.revised", #"{"promise":"p","customer_contacted":false}"#,
         "data needs 'due' (RFC 3339) or 'due_text' (the words used), found neither"),
        ("rapport.promise.made", #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w","due_text":5}"#,
         "data.due_text must be a string, got number"),
        // booleans
        ("rapport.promise.revised", #"{"promise":"p","due_text":"soon","customer_contacted":"yes"}"#,
         "data.customer_contacted must be a boolean, got string"),
        ("rapport.name.checked", #"{"interaction":"i","used":1,"forms":[],"agent_turns":1}"#, "data.used must be a boolean, got number"),
        ("rapport.promise.detected", #"{"interaction":"i","text":"t","logged":"false"}"#, "data.logged must be a boolean, got string"),
        ("rapport.complaint.resolved", #"{"complaint":"k","resolution":"r","customer_satisfied":null}"#,
         "data.customer_satisfied must be a boolean, got null"),
        // non-negative integers
        ("rapport.interaction.utterance", #"{"interaction":"i","speaker":"agent","text":"t","offset_ms":-5}"#,
         "data.offset_ms must be an integer >= 0, got -5"),
        ("rapport.interaction.utterance", #"{"interaction":"i","speaker":"agent","text":"t","offset_ms":1.5}"#,
         "data.offset_ms must be an integer >= 0, got 1.5"),
        ("rapport.name.checked", #"{"interaction":"i","used":true,"forms":[],"first_offset_ms":-1,"agent_turns":1}"#,
         "data.first_offset_ms must be an integer >= 0, got -1"),
        ("rapport.name.checked", #"{"interaction":"i","used":true,"forms":[],"agent_turns":"6"}"#,
         "data.agent_turns must be an integer >= 0, got string"),
        ("rapport.name.checked", #"{"interaction":"i","used":true,"forms":[],"agent_turns":1e30}"#,
         "data.agent_turns must be an integer >= 0, got 1e30 (out of range: the largest accepted is 9223372036854775807)"),
        // forms and refs
        ("rapport.name.checked", #"{"interaction":"i","used":true,"forms":"Mrs. Okafor","agent_turns":1}"#,
         "data.forms must be an array of strings, got string"),
        ("rapport.name.checked", #"{"interaction":"i","used":true,"forms":["Mrs. Okafor",7],"agent_turns":1}"#,
         "data.forms[1] must be a string, got number"),
        ("rapport.alert.raised", #"{"alert":"a","severity":"info","kind":"k","summary":"s","dedup":"d","refs":[]}"#,
         "data.refs must be an object, got array"),
        ("rapport.alert.raised", #"{"alert":"a","severity":"info","kind":"k","summary":"s","dedup":"d","refs":{"promise":3}}"#,
         "data.refs.promise must be a non-empty string, got number"),
        // the broker's dead-letter event
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":-1,"attempts":1,"error":"e","event":{}}"#,
         "data.offset must be an integer >= 0, got -1"),
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":0,"attempts":0,"error":"e","event":{}}"#,
         "data.attempts must be an integer >= 1, got 0"),
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":0,"attempts":1,"error":"e","event":"{}"}"#,
         "data.event must be an object, got string"),
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":0,"attempts":1,"error":false,"event":{}}"#,
         "data.error must be a string, got boolean"),
    ]

    @Test("each data rule refuses with its message", arguments: invalidCases)
    func invalidData(type: String, data: String, message: String) {
        let json = Fixtures.event(type: type, data: data)
        #expect(Fixtures.error(json) == EventValidationError(code: .invalidData, message: message))
    }

    @Test("respondent is fine for other sources; either due form satisfies the promise rules", arguments: [
        ("rapport.feedback.received", #"{"source":"survey","scores":{"ces":2},"respondent":{"id":"r-1","contact":"+44 20 7946 0000"}}"#),
        // A comment card may carry only words.
        ("rapport.feedback.received", #"{"source":"comment-card","scores":{},"comment":"The queue was far too long"}"#),
        ("rapport.feedback.received", #"{"source":"employee","scores":{"csat":5}}"#),
        ("rapport.promise.made", #"{"promise":"p","customer":{"id":"c","name":"N"},"what":"w","due_text":"by Friday"}"#),
        ("rapport.promise.revised", #"{"promise":"p","due":"2026-11-30T12:00:00Z","customer_contacted":false}"#),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":0,"csat":1,"ces":7}}"#),
        ("rapport.feedback.received", #"{"source":"survey","scores":{"nps":10.0}}"#),
        ("rapport.bus.dead-lettered", #"{"group":"g","offset":0,"attempts":1,"error":"","event":{}}"#),
    ])
    func boundaries(type: String, data: String) {
        #expect(Fixtures.error(Fixtures.event(type: type, data: data)) == nil)
    }
}
