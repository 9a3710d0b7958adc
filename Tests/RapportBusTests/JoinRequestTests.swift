import RapportWire
import Testing
@testable import RapportBus

@Suite("JOIN requests")
struct JoinRequestTests {
    private func parse(_ json: String) throws(BusError) -> JoinRequest {
        try JoinRequest(Array(json.utf8))
    }

    /// The error a JOIN body is refused with (the test fails if it is accepted).
    private func refusal(_ json: String) throws -> BusError {
        do throws(BusError) {
            _ = try parse(json)
        } catch {
            return error
        }
        throw TestFailure("JOIN \(json) was accepted")
    }

    @Test("a full request keeps every field")
    func full() throws {
        let request = try parse("""
            {"group":"billing","consumer":"crm-1","types":["rapport.promise.*","x-*"],"start":"earliest",\
            "ack_timeout_ms":5000,"heartbeat_ms":250}
            """)
        #expect(request.group == "billing")
        #expect(request.consumer == "crm-1")
        #expect(request.filter == TypeFilter(patterns: ["rapport.promise.*", "x-*"]))
        #expect(request.start == .earliest)
        #expect(request.ackTimeoutMillis == 5_000)
        #expect(request.heartbeatMillis == 250)
    }

    @Test("a minimal request gets the defaults")
    func minimal() throws {
        let request = try parse(#"{"group":"billing"}"#)
        #expect(request.group == "billing")
        #expect(request.consumer == "anonymous")
        #expect(request.filter == .all)
        #expect(request.start == .committed)
        #expect(request.ackTimeoutMillis == nil)
        #expect(request.heartbeatMillis == 1_000)
    }

    @Test("every start form is understood", arguments: [
        (#""committed""#, StartPosition.committed),
        (#""earliest""#, .earliest),
        (#""latest""#, .latest),
        (#"{"offset":0}"#, .offset(0)),
        (#"{"offset":42}"#, .offset(42)),
        (#"{"time":"2026-11-23T10:15:00+01:00"}"#, .time(1_795_425_300_000)),
        (#"{"time":"2026-11-23T09:15:00.250Z"}"#, .time(1_795_425_300_250)),
    ])
    func start(json: String, expected: StartPosition) throws {
        #expect(try parse(#"{"group":"g","start":"# + json + "}").start == expected)
    }

    @Test("the limits of the millisecond settings are accepted", arguments: [
        (#""ack_timeout_ms":100"#, Int64(100), Int64(1_000)),
        (#""ack_timeout_ms":3600000"#, 3_600_000, 1_000),
        (#""heartbeat_ms":50"#, nil, 50),
        (#""heartbeat_ms":60000"#, nil, 60_000),
    ] as [(String, Int64?, Int64)])
    func millisLimits(field: String, ackTimeout: Int64?, heartbeat: Int64) throws {
        let request = try parse(#"{"group":"g","# + field + "}")
        #expect(request.ackTimeoutMillis == ackTimeout)
        #expect(request.heartbeatMillis == heartbeat)
    }

    @Test("a bad JOIN is refused with bad-join and a message naming the problem", arguments: [
        ("{\"group\":", "not valid JSON"),
        ("group=billing", "not valid JSON"),
        ("", "not valid JSON"),
        (#"["billing"]"#, "must be a JSON object"),
        (#""billing""#, "must be a JSON object"),
        ("{}", #"needs "group""#),
        (#"{"consumer":"c"}"#, #"needs "group""#),
        (#"{"group":7}"#, #"needs "group""#),
        (#"{"group":"../etc"}"#, "group name"),
        (#"{"group":""}"#, "group name"),
        (#"{"group":".hidden"}"#, "group name"),
        (#"{"group":"g","consumer":""}"#, #""consumer" must be a name of 1 to 128 bytes"#),
        (#"{"group":"g","consumer":7}"#, #""consumer" must be a name of 1 to 128 bytes"#),
        ("{\"group\":\"g\",\"consumer\":\"\(String(repeating: "c", count: 129))\"}", #""consumer" must be a name"#),
        (#"{"group":"g","types":[]}"#, #""types" must be a non-empty array"#),
        (#"{"group":"g","types":"rapport.*"}"#, #""types" must be a non-empty array"#),
        (#"{"group":"g","types":["rapport.*",5]}"#, #"every entry of "types""#),
        (#"{"group":"g","types":[""]}"#, #"every entry of "types""#),
        (#"{"group":"g","types":[null]}"#, #"every entry of "types""#),
        (#"{"group":"g","start":"beginning"}"#, #""start" must be"#),
        (#"{"group":"g","start":7}"#, #""start" must be"#),
        (#"{"group":"g","start":{}}"#, #""start" must be"#),
        (#"{"group":"g","start":{"offset":-1}}"#, #""offset""#),
        (#"{"group":"g","start":{"offset":1.5}}"#, #""offset""#),
        (#"{"group":"g","start":{"offset":"5"}}"#, #""offset""#),
        (#"{"group":"g","start":{"time":"yesterday"}}"#, "RFC 3339"),
        (#"{"group":"g","start":{"time":"2026-11-23T09:15:00"}}"#, "RFC 3339"),
        (#"{"group":"g","ack_timeout_ms":99}"#, #""ack_timeout_ms" must be an integer from 100 to 3600000"#),
        (#"{"group":"g","ack_timeout_ms":3600001}"#, #""ack_timeout_ms" must be an integer from 100 to 3600000"#),
        (#"{"group":"g","ack_timeout_ms":"5000"}"#, #""ack_timeout_ms" must be an integer"#),
        (#"{"group":"g","ack_timeout_ms":150.5}"#, #""ack_timeout_ms" must be an integer"#),
        (#"{"group":"g","heartbeat_ms":49}"#, #""heartbeat_ms" must be an integer from 50 to 60000"#),
        (#"{"group":"g","heartbeat_ms":60001}"#, #""heartbeat_ms" must be an integer from 50 to 60000"#),
        (#"{"group":"g","heartbeat_ms":-1000}"#, #""heartbeat_ms" must be an integer from 50 to 60000"#),
    ])
    func refused(json: String, problem: String) throws {
        let error = try refusal(json)
        #expect(error.code == .badJoin)
        #expect(error.message.contains(problem), "message: \(error.message)")
    }

    @Test("a bad start offset is refused for its value, which the message repeats")
    func badOffset() throws {
        let error = try refusal(#"{"group":"g","start":{"offset":-1}}"#)
        #expect(error.code == .badJoin)
        #expect(error.message.contains("0 or more, got -1"), "message: \(error.message)")
    }

    @Test("an over-long type pattern is refused with the limit")
    func longPattern() throws {
        let error = try refusal(#"{"group":"g","types":[""# + String(repeating: "x", count: 257) + #""]}"#)
        #expect(error.code == .badJoin)
        #expect(error.message.contains("at most 256 bytes"), "message: \(error.message)")
        let pattern = String(repeating: "x", count: 256)
        #expect(try parse(#"{"group":"g","types":[""# + pattern + #""]}"#).filter == TypeFilter(patterns: [pattern]))
    }
}
