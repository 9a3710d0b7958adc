import Foundation
import RapportClient
import RapportWire
import Testing

/// One type pattern syntax for every command: `tail`, `consume` and `read` all take the glob
/// JOIN's `types` take, and a pattern that can match nothing is a warning.
@Suite("CLI type patterns", .serialized)
struct CLIPatternTests {
    static func siteEvent(_ type: String, id: String) -> [UInt8] {
        Array(#"{"specversion":"1.0","id":"\#(id)","source":"/tests/patterns","type":"\#(type)","time":"2026-11-23T10:15:00Z","data":{"n":1}}"#.utf8)
    }

    @Test("the live feed is subscribed by each glob's literal start; overlapping starts collapse")
    func subscriptions() {
        let patterns = ["x-acme.*", "rapport.*.received", "rapport.promise.made", "*x"].map(TypePattern.init)
        #expect(LiveFollower.subscriptions(for: patterns) == [""])
        #expect(LiveFollower.subscriptions(for: ["x-acme.*", "rapport.*.received", "rapport.promise.made"].map(TypePattern.init))
                == ["rapport.", "x-acme."])
        #expect(LiveFollower.subscriptions(for: [TypePattern("rapport.promise.made")]) == ["rapport.promise.made"])
    }

    @Test("tail takes globs as consume and read do, and shows only the types they match")
    func tailTakesGlobs() async throws {
        let bus = try BusProcess()
        try bus.start()
        let tail = try CLIProcess(["tail", "--data-dir", bus.dataDirectory, "--type", "x-acme.*", "--type", "rapport.*.received",
                                   "--count", "2", "--json"]).start()
        let producer = try Producer(bus.address)
        // The live feed drops what is published before the subscription reached the bus: keep
        // publishing fresh pairs (with one type that must not show) until tail has its two.
        var round = 0
        while tail.process.isRunning && round < 100 {
            _ = try producer.publish([Self.siteEvent("x-other.opened", id: "o-\(round)"), Self.siteEvent("x-acme.till.opened", id: "a-\(round)"),
                                      TestEvents.feedback(id: "f-\(round)")])
            round += 1
            try await Task.sleep(for: .seconds(0.1))
        }
        let result = await tail.wait(timeoutSeconds: 10)
        #expect(result.status == 0, "\(result)")
        let types = try result.jsonLines().map { $0["type"] as? String }
        #expect(types.count == 2, "\(result)")
        #expect(types.allSatisfy { $0 == "x-acme.till.opened" || $0 == "rapport.feedback.received" }, "\(result)")
        #expect(try result.jsonLines().allSatisfy { ($0["event"] as? [String: Any])?["type"] as? String == $0["type"] as? String })
    }

    @Test("a pattern that matches no accepted type is a warning, with the glob it likely meant", arguments: [
        ("tail", "rapport.promise.", "did you mean 'rapport.promise.*'?"),
        ("consume", "rapport.promsie.*", "matches no event type the bus accepts"),
        ("read", "X-acme.*", "matches no event type the bus accepts"),
    ])
    func unmatchablePatternWarns(command: String, pattern: String, expected: String) async throws {
        let bus = try BusProcess()
        try bus.start()
        var arguments = [command, "--data-dir", bus.dataDirectory, "--type", pattern]
        switch command {
        case "tail": arguments += ["--idle-timeout", "0.2"]
        case "consume": arguments += ["--group", "g", "--idle-timeout", "0.3"]
        default: arguments += ["--from", "earliest"]
        }
        let result = try await CLIProcess(arguments).run()
        #expect(result.status == 0, "\(result)")
        #expect(result.error.contains("warning: --type '\(pattern)'"), "\(result)")
        #expect(result.error.contains(expected), "\(result)")
    }

    @Test("catalogue and site-type patterns are not warned about", arguments: ["x-acme.*", "rapport.*.received", "*", "rapport.promise.made", "x-*"])
    func matchablePatternIsQuiet(pattern: String) async throws {
        let bus = try BusProcess()
        try bus.start()
        let result = try await CLIProcess(["read", "--data-dir", bus.dataDirectory, "--type", pattern]).run()
        #expect(result.status == 0, "\(result)")
        #expect(!result.error.contains("warning"), "\(result)")
    }
}
