import RapportEvents
import RapportWire
import Testing

/// Every control message encodes to JSON that reads back as the same value, and that any JSON
/// parser reads as the protocol page says.
@Suite("Control messages")
struct ControlMessageTests {
    @Test("JOIN round-trips, every start position included", arguments: [
        StartPosition.committed, .earliest, .latest, .offset(0), .offset(1_042), .time(1_795_425_300_000),
    ])
    func join(start: StartPosition) throws {
        let request = JoinRequest(group: "promise-tracker", consumer: "pt-1 \"east\"", types: ["rapport.promise.*", "x-*"],
                                  start: start, ackTimeoutMillis: 30_000, heartbeatMillis: 250)
        #expect(try JoinRequest(decoding: request.encoded()) == request)
        let minimal = JoinRequest(group: "g")
        #expect(try JoinRequest(decoding: minimal.encoded()) == minimal)
    }

    @Test("JOIN bodies a client may send by hand read with the protocol's defaults")
    func joinDefaults() throws {
        let request = try JoinRequest(decoding: Array(#"{"group":"billing"}"#.utf8))
        #expect(request == JoinRequest(group: "billing", consumer: "anonymous", types: ["*"], start: .committed,
                                       ackTimeoutMillis: nil, heartbeatMillis: 1_000))
    }

    @Test("a bad JOIN body says which member is wrong", arguments: [
        (#"[1]"#, "must be a JSON object"),
        (#"{"consumer":"x"}"#, "needs \"group\""),
        (#"{"group":"../etc"}"#, "group name"),
        (#"{"group":"g","types":[]}"#, "non-empty array"),
        (#"{"group":"g","start":{"offset":-1}}"#, "0 or more, got -1"),
        (#"{"group":"g","start":"soon"}"#, "\"start\" must be"),
        (#"{"group":"g","heartbeat_ms":10}"#, "\"heartbeat_ms\" must be an integer from 50 to 60000"),
    ])
    func badJoin(json: String, says: String) {
        #expect {
            _ = try JoinRequest(decoding: Array(json.utf8))
        } throws: { error in
            (error as? WireError)?.message.contains(says) == true
        }
    }

    @Test("JOINED, RESULT entries, DELIVER and live meta round-trip")
    func replies() throws {
        let joined = Joined(group: "g", position: 1_040, types: ["rapport.promise.*"], heartbeatMillis: 1_000,
                            ackTimeoutMillis: 30_000, maxDeliveries: 5)
        #expect(try Joined(decoding: joined.encoded()) == joined)
        for result in [PublishResult.accepted(offset: 0), .duplicate(offset: 877),
                       .rejected(code: "invalid-data", error: "data.scores.nps must be an integer 0-10, got 11\n\"quoted\"")] {
            #expect(try PublishResult(decoding: result.encoded()) == result)
        }
        #expect(String(decoding: PublishResult.accepted(offset: 1_042).encoded(), as: UTF8.self) == #"{"status":"accepted","offset":1042}"#)
        for offset in [UInt64(0), 9, 10, 99, 100, 1_042, UInt64(Int64.max)] {
            let meta = DeliveryMeta(offset: offset, attempt: 3)
            #expect(try DeliveryMeta(decoding: meta.encoded()) == meta)
            #expect(String(decoding: meta.encoded(), as: UTF8.self) == "{\"offset\":\(offset),\"attempt\":3}")
            #expect(try LiveMeta(decoding: LiveMeta(offset: offset).encoded()).offset == offset)
        }
    }

    @Test("INFO round-trips and reads as the protocol page shows it")
    func info() throws {
        let info = BusInfo(
            log: .init(start: 0, next: 1_043, durable: 1_043, segments: 1, bytes: 361_200, commits: 212, dedupIdentities: 1_043),
            intake: .init(heldBytes: 0, limitBytes: 8_388_608, paused: false, pauses: 0),
            groups: [.init(name: "promise-tracker", types: ["rapport.promise.*"], position: 1_040, lag: 3, inFlight: 2,
                           waiting: 1, members: [.init(consumer: "pt-1", credit: 254, inFlight: 2)])])
        #expect(try BusInfo(decoding: info.encoded()) == info)
        let json = try JSONValue.parse(info.encoded())
        #expect(json["log"]?["dedup_identities"]?.intValue == 1_043)
        #expect(json["groups"]?.arrayValue?.first?["members"]?.arrayValue?.first?["in_flight"]?.intValue == 2)
        // A newer bus may add members: they are ignored.
        var text = String(decoding: info.encoded(), as: UTF8.self)
        text.removeLast()
        text += #","uptime_ms":9,"extra":{"a":1}}"#
        #expect(try BusInfo(decoding: Array(text.utf8)) == info)
        // `version` is read (INFO's own member since 0.1.0; BusInfoVersionTests has the rest).
        text.removeLast()
        text += #","version":"9.9"}"#
        #expect(try BusInfo(decoding: Array(text.utf8)).version == "9.9")
    }

    @Test("a dead letter is a valid catalogue event that embeds the original byte for byte")
    func deadLetter() throws {
        let original = Array(#"{"specversion":"1.0","id":"e-1","source":"/x","type":"rapport.promise.kept","time":"2026-11-27T16:00:00Z","location":"s","data":{"promise":"p-311"}}"#.utf8)
        let letter = DeadLetterEvent(group: "reports", offset: 1_042, attempts: 5, error: "plugin timed out\n\"after\" 30 s",
                                     partitionKey: "c-884", event: original)
        let bytes = letter.encoded(atMillis: 1_795_425_300_000)
        let checked = try EventValidator().validate(bytes).get()
        #expect(checked.type == "rapport.bus.dead-lettered")
        #expect(checked.id == "reports:1042")
        #expect(checked.source == "/bus/groups/reports")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(String(decoding: original, as: UTF8.self)))
        #expect(try JSONValue.parse(bytes)["data"]?["error"]?.stringValue == "plugin timed out\n\"after\" 30 s")
    }

    @Test("command-line start positions", arguments: [
        ("committed", StartPosition.committed), ("earliest", .earliest), ("latest", .latest),
        ("offset:6", .offset(6)), ("time:2026-11-23T08:00:00+01:00", .time(1_795_417_200_000)),
    ])
    func argument(text: String, position: StartPosition) {
        #expect(StartPosition(argument: text) == position)
    }

    @Test("bad command-line start positions are nil", arguments: ["", "offset:", "offset:-1", "time:yesterday", "Earliest"])
    func badArgument(text: String) {
        #expect(StartPosition(argument: text) == nil)
    }
}
