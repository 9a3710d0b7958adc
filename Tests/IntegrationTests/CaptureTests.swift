import Foundation
import RapportClient
import Testing

/// `rapport capture` against a real bus, in real processes: store-and-forward while the bus is
/// down, crashes at the named fault points, rejections into dead letters, status and --json.
@Suite("Capture agent", .serialized)
struct CaptureTests {
    /// The event ids in the bus's log, in offset order.
    static func ids(_ bus: BusProcess) throws -> [String] {
        try CaptureAgentProcess.everything(bus.address).map { $0.event["id"] as? String ?? "?" }
    }

    @Test("captured while the bus is down: queued, kept on disk; once the bus and the sender run, every event arrives exactly once, in order")
    func busDown() throws {
        let bus = try BusProcess()
        let agent = try CaptureAgentProcess(bus: bus)
        var ids: [String] = []
        for i in 0..<8 {
            let result = try agent.promise("c-\(i % 2)", what: "call back \(i)", sendTimeout: "200ms")
            #expect(result.status == 0, "\(result.output)")
            let object = try CaptureAgentProcess.object(result.output)
            #expect(object["status"] as? String == "queued")
            // Not only "timed out": the bus's data directory says why no bus answered.
            #expect((object["reason"] as? String)?.contains("start a bus there: rapport bus --data-dir") == true, "\(object)")
            #expect(object["partitionkey"] as? String == "c-\(i % 2)")
            let promise = ((object["event"] as? [String: Any])?["data"] as? [String: Any])?["promise"] as? String
            #expect(promise.map { $0.count == 26 } == true, "a new promise gets a ULID: \(object)")
            ids.append(object["id"] as? String ?? "")
        }
        let text = try agent.promise("c-9", sendTimeout: "100ms", json: false)
        #expect(text.status == 0 && text.output.hasPrefix("queued: rapport.promise.made"), "\(text.output)")
        ids.append(String(text.output.split(separator: " ")[2]))

        var status = try agent.status()
        #expect(status["pending"] as? Int == 9)
        #expect(status["dead_letters"] as? Int == 0)
        #expect((status["oldest_age_ms"] as? Int ?? -1) >= 0)
        #expect(status["last_ack"] is NSNull)
        #expect((status["last_error"] as? String)?.contains("no answer") == true)

        try bus.start()
        let sender = try agent.startSender()
        defer { if sender.isRunning { sender.terminate() } }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try agent.status()["pending"] as? Int) != 0 { Thread.sleep(forTimeInterval: 0.1) }
        sender.terminate()
        sender.waitUntilExit()
        #expect(sender.terminationStatus == 0)

        #expect(try Self.ids(bus) == ids)
        status = try agent.status()
        #expect(status["pending"] as? Int == 0)
        #expect(status["last_ack"] is String)
        #expect(status["last_error"] is NSNull)
    }

    @Test("killed between the spool write and the send: the event stays in the spool and a flush sends it once")
    func killedAfterSpoolWrite() throws {
        let bus = try BusProcess()
        try bus.start()
        let agent = try CaptureAgentProcess(bus: bus)
        #expect(try agent.promise("c-1", what: "first").status == 0)
        let killed = try agent.promise("c-1", what: "second", environment: ["RAPPORT_FAULT": "capture.after-spool-write"])
        #expect(killed.killed && killed.status == SIGKILL, "\(killed)")
        #expect(try bus.nextOffset() == 1)
        #expect(try agent.status()["pending"] as? Int == 1)

        let flush = try agent.run(["flush", "--json"])
        #expect(flush.status == 0, "\(flush.output)")
        let report = try CaptureAgentProcess.object(flush.output)
        #expect(report["accepted"] as? Int == 1 && report["pending"] as? Int == 0)
        let events = try CaptureAgentProcess.everything(bus.address)
        #expect(events.count == 2)
        #expect(Set(events.compactMap { $0.event["id"] as? String }).count == 2)
        #expect(events.map { ($0.event["data"] as? [String: Any])?["what"] as? String } == ["first", "second"])
    }

    @Test("killed between the bus's ack and the spool delete: the resend is a duplicate and the log holds the event once")
    func killedAfterSend() throws {
        let bus = try BusProcess()
        try bus.start()
        let agent = try CaptureAgentProcess(bus: bus)
        let killed = try agent.promise("c-1", environment: ["RAPPORT_FAULT": "capture.after-send"])
        #expect(killed.killed, "\(killed)")
        #expect(try bus.nextOffset() == 1)
        #expect(try agent.status()["pending"] as? Int == 1)

        let flush = try agent.run(["flush", "--json"])
        let report = try CaptureAgentProcess.object(flush.output)
        #expect(report["duplicates"] as? Int == 1 && report["accepted"] as? Int == 0 && report["pending"] as? Int == 0)
        #expect(try bus.nextOffset() == 1)
        #expect(try Self.ids(bus).count == 1)
    }

    @Test("a rejected event lands in the dead letters with the bus's reason; the others go through; --retry puts it back")
    func rejected() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        try "limits: {max_event_bytes: 1024}\n".write(toFile: config, atomically: true, encoding: .utf8)
        let agent = try CaptureAgentProcess(bus: bus)
        // Spooled while the bus is down, so one flush sends all three in one batch.
        #expect(try agent.promise("c-1", what: "before", sendTimeout: "0s").status == 0)
        #expect(try agent.promise("c-1", what: String(repeating: "far too long ", count: 100), sendTimeout: "0s").status == 0)
        #expect(try agent.promise("c-1", what: "after", sendTimeout: "0s").status == 0)
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)

        let flush = try agent.run(["flush", "--json"])
        #expect(flush.status == 0, "\(flush.output)")
        let report = try CaptureAgentProcess.object(flush.output)
        #expect(report["accepted"] as? Int == 2 && report["dead_lettered"] as? Int == 1)
        let whats = try CaptureAgentProcess.everything(bus.address).map { ($0.event["data"] as? [String: Any])?["what"] as? String }
        #expect(whats == ["before", "after"])

        let letters = try CaptureAgentProcess.object(try agent.run(["dead-letters", "--json"]).output)["dead_letters"] as? [[String: Any]] ?? []
        #expect(letters.count == 1)
        #expect(letters.first?["code"] as? String == "too-large")
        #expect((letters.first?["error"] as? String)?.contains("the limit is 1024 bytes") == true)
        #expect(try agent.status()["dead_letters"] as? Int == 1)

        // A one-shot the bus rejects says so, with exit status 3.
        let oneShot = try agent.promise("c-2", what: String(repeating: "x", count: 1_500), json: false)
        #expect(oneShot.status == 3 && oneShot.output.contains("rejected by the bus (too-large)"), "\(oneShot.output)")

        let retry = try agent.run(["dead-letters", "--retry", "--json"])
        #expect(try CaptureAgentProcess.object(retry.output)["retried"] as? Int == 2)
        #expect(try agent.status()["pending"] as? Int == 2)
    }

    @Test("invalid data is refused by the builder and not spooled; a full spool refuses with a clear error; capture.yaml errors name line and column")
    func refusals() throws {
        let bus = try BusProcess()
        let agent = try CaptureAgentProcess(bus: bus)
        let invalid = try agent.run(["feedback", "--source", "comment-card", "--nps", "11", "--send-timeout", "0s"])
        #expect(invalid.status == 1 && invalid.output.contains("not spooled") && invalid.output.contains("nps"), "\(invalid.output)")
        let json = try agent.run(["feedback", "--source", "comment-card", "--nps", "11", "--json"])
        let refused = try CaptureAgentProcess.object(json.output)
        #expect(json.status == 1 && refused["status"] as? String == "refused")
        #expect(try agent.status()["pending"] as? Int == 0)
        // Employee feedback is anonymous: nothing that leads back to a desk's agent is taken.
        let linked = try agent.run(["feedback", "--source", "employee", "--csat", "2", "--interaction", "i-7", "--send-timeout", "0s"])
        #expect(linked.status == 64 && linked.output.contains("employee feedback is anonymous: --interaction"), "\(linked.output)")
        #expect(try agent.status()["pending"] as? Int == 0)

        let file = agent.root + "/capture.yaml"
        try "capture:\n  limits:\n    max_pending_events: 2\n".write(toFile: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            #expect(try agent.run(["name-used", "--customer-id", "c-1", "--interaction", "i-1", "--send-timeout", "0s", "--config", file]).status == 0)
        }
        let full = try agent.run(["name-used", "--customer-id", "c-1", "--interaction", "i-1", "--send-timeout", "0s", "--config", file])
        #expect(full.status == 1 && full.output.contains("is full") && full.output.contains("NOT captured"), "\(full.output)")

        try "capture:\n  locaton: store-12\n".write(toFile: file, atomically: true, encoding: .utf8)
        let typo = try agent.run(["status", "--config", file])
        #expect(typo.status != 0 && typo.output.contains("capture.yaml:2:3: capture.locaton: unknown key; did you mean 'location'?"), "\(typo.output)")
    }

    @Test("a disk that cannot take the write is a clear error: the event is NOT captured, and every event before it is kept")
    func fullDisk() throws {
        let bus = try BusProcess()
        let agent = try CaptureAgentProcess(bus: bus)
        #expect(try agent.status()["pending"] as? Int == 0)
        let text = String(repeating: "a long transcript line ", count: 150)
        var captured = 0
        var refusal: String?
        for _ in 0..<200 {
            let result = try agent.run(["utterance", "--customer-id", "c-1", "--interaction", "i-1", "--speaker", "customer",
                                        "--text", text, "--send-timeout", "0s"], fileSizeLimitKiB: 160)
            if result.status != 0 {
                refusal = result.output
                #expect(!result.killed && result.status == 1, "\(result)")
                break
            }
            captured += 1
        }
        #expect(refusal?.contains("NOT captured") == true, "\(refusal ?? "never refused")")
        #expect(captured > 0)
        #expect(try agent.status()["pending"] as? Int == captured)
    }

    @Test("every desk type can be captured from the command line and the bus accepts it, keyed by the customer")
    func everyDeskType() throws {
        let bus = try BusProcess()
        try bus.start()
        let agent = try CaptureAgentProcess(bus: bus)
        let commands: [[String]] = [
            ["interaction-started", "--interaction", "i-1", "--customer-id", "c-1", "--customer-name", "Zoë", "--agent-name", "Sam"],
            ["utterance", "--customer-id", "c-1", "--interaction", "i-1", "--speaker", "agent", "--text", "Hello Zoë", "--offset-ms", "900"],
            ["name-used", "--customer-id", "c-1", "--interaction", "i-1"],
            ["promise-made", "--customer-id", "c-1", "--customer-name", "Zoë", "--promise", "p-1", "--what", "call back", "--due", "2026-11-27T17:00:00+01:00"],
            ["promise-revised", "--customer-id", "c-1", "--promise", "p-1", "--due-text", "Monday", "--customer-contacted"],
            ["promise-kept", "--customer-id", "c-1", "--promise", "p-1"],
            ["promise-cancelled", "--customer-id", "c-1", "--promise", "p-1", "--reason", "moot"],
            ["customer-contacted", "--customer-id", "c-1", "--promise", "p-1", "--channel", "phone"],
            ["feedback", "--customer-id", "c-1", "--source", "survey", "--csat", "4"],
            ["complaint-received", "--complaint", "k-1", "--customer-id", "c-1", "--customer-name", "Zoë", "--text", "slow"],
            ["complaint-resolved", "--customer-id", "c-1", "--complaint", "k-1", "--resolution", "apologised", "--customer-satisfied", "true"],
            ["interaction-ended", "--customer-id", "c-1", "--interaction", "i-1"],
        ]
        for command in commands {
            let result = try agent.run(command + ["--json"])
            #expect(result.status == 0, "\(command[0]): \(result.output)")
            #expect(try CaptureAgentProcess.object(result.output)["status"] as? String == "sent", "\(command[0]): \(result.output)")
        }
        let events = try CaptureAgentProcess.everything(bus.address)
        #expect(events.count == commands.count)
        for (_, event) in events {
            #expect(event["partitionkey"] as? String == "c-1")
            #expect(event["location"] as? String == "store-12" && event["agent"] as? String == "a-17")
            #expect(event["source"] as? String == "/locations/store-12/desks/3")
        }
    }
}
