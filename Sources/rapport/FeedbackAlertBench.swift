import Foundation
import RapportClient
import RapportEvents

/// The alert half of `rapport bench feedback`: a bus and the real feedback-aggregator process in
/// a scratch directory; detractor surveys published one at a time, each timed to its alert on
/// the live feed and to its own appearance there (the baseline: the bus alone).
struct FeedbackAlertBench {
    let rounds: Int
    let workRoot: String

    func run() throws -> FeedbackBench.AlertLatency {
        let rapport = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let plugin = URL(fileURLWithPath: rapport).deletingLastPathComponent().appendingPathComponent("feedback-aggregator").path
        guard FileManager.default.isExecutableFile(atPath: plugin) else {
            throw CommandFailure("no feedback-aggregator next to \(rapport): build it (swift build -c release)")
        }
        let root = workRoot + "/rapport-bench-feedback-\(getpid())"
        let data = root + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }

        let bus = try Self.spawn(rapport, ["bus", "--data-dir", data, "--log-level", "warning"], log: root + "/bus.log", environment: [:])
        defer { Self.stop(bus) }
        let address = BusAddress(dataDirectory: data)
        try Self.waitFor("the bus to answer", seconds: 30) { (try? BusConnection(address).info(timeoutMilliseconds: 300)) != nil }
        let aggregator = try Self.spawn(plugin, ["--data-dir", data, "--state", root + "/state.sqlite", "--instance", "bench-1"], log: root + "/plugin.log",
                                        environment: ["FEEDBACK_AGGREGATOR_LEXICON_FILE": "", "RAPPORT_LOG_LEVEL": "warning"])
        defer { Self.stop(aggregator) }
        try Self.waitFor("the plugin to join its group", seconds: 30) {
            (try? BusConnection(address).info(timeoutMilliseconds: 300))?.group("feedback-aggregator") != nil
        }

        let follower = try LiveFollower(address, types: ["rapport.feedback.received", "rapport.alert.raised"])
        let producer = try Producer(address)
        Thread.sleep(forTimeInterval: 0.3)   // the live subscription settles
        var alertMillis: [Double] = [], busMillis: [Double] = []
        for round in 0..<rounds {
            let id = "bench-\(round)"
            let event = try TypedEvent(
                id: id, source: "/locations/store-1/desks/1", time: Instant(millisecondsSinceEpoch: Int64(Date().timeIntervalSince1970 * 1_000))!,
                location: "store-1", agent: "a-1",
                data: FeedbackReceived(source: .survey, scores: .init(nps: 2), comment: "Waited an hour.",
                                       respondent: .init(name: "Bench Customer", contact: "07700 900000")))
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try producer.publish([event.encoded()])
            var sawFeedback = false, sawAlert = false
            while !(sawFeedback && sawAlert) {
                guard let item = try follower.next(timeoutMilliseconds: 10_000) else {
                    throw CommandFailure("no alert for \(id) within 10 s; see \(root)/plugin.log")
                }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                let text = String(decoding: item.event, as: UTF8.self)
                guard text.contains("\"\(id)\"") else { continue }
                if item.type == "rapport.feedback.received", !sawFeedback { sawFeedback = true; busMillis.append(elapsed) }
                if item.type == "rapport.alert.raised", !sawAlert { sawAlert = true; alertMillis.append(elapsed) }
            }
        }
        return .init(rounds: rounds, alertMillis: .init(alertMillis), busMillis: .init(busMillis))
    }

    private static func spawn(_ executable: String, _ arguments: [String], log: String, environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    private static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    private static func waitFor(_ what: String, seconds: Double, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw CommandFailure("gave up after \(Int(seconds)) s waiting for \(what)")
    }
}
