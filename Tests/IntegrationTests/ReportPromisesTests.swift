import Foundation
import PromiseTrackerPlugin
import RapportCalendar
import RapportConfig
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// `rapport report promises` on a state the tracker wrote, and `rapport capture promise-made`
/// showing how due words are read.
@Suite("rapport report promises and the due words at capture")
struct ReportPromisesTests {
    private static let london: LocationConfiguration = {
        var weekly: [Weekday: [OpeningSpan]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { weekly[day] = [OpeningSpan(parsing: "09:00-17:30")!] }
        return LocationConfiguration(id: "store-12", calendar: try! LocationCalendar(timeZone: "Europe/London", weekly: weekly), dateOrder: .dmy)
    }()

    private static func event(_ id: String, _ time: String, agent: String, _ data: some EventData) throws -> TypedEvent {
        try TypedEvent(id: id, source: "/locations/store-12/desks/3", time: Instant(rfc3339: time)!, location: "store-12", agent: agent,
                       partitionKey: "c-1", data: data)
    }

    private static func made(_ promise: String, _ time: String, agent: String, due: String) throws -> TypedEvent {
        try event("made-\(promise)", time, agent: agent, PromiseMade(promiseID: promise, customer: .init(id: "c-1", name: "Adaeze Okafor"),
                                                                      what: "call back", due: .words(due)))
    }

    /// A tracker state with October's promises: Sam (a-17) kept one on time, one late, broke
    /// one and renegotiated one; Ana (a-18) kept one. One promise of November.
    private static func state() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("report-promises-\(UUID().uuidString)").path
        let path = directory + "/plugins/promise-tracker/state.sqlite"
        let kit = try PluginTestKit(name: PromiseTracker.name, publishes: PromiseTracker.publishes,
                                    router: PromiseTracker.router(settings: PromiseTrackerSettings(), locations: ["store-12": london]),
                                    migrations: PromiseTracker.migrations, start: Date(timeIntervalSince1970: 1_791_000_000), statePath: path)
        try kit.deliver(
            event("start", "2026-10-05T08:00:00Z", agent: "a-17", InteractionStarted(
                interactionID: "i-1", channel: .frontDesk, customer: .init(id: "c-1", name: "Adaeze Okafor"), agent: .init(id: "a-17", name: "Sam Patel"))),
            made("p-1", "2026-10-05T09:00:00Z", agent: "a-17", due: "by Friday"),
            event("kept-1", "2026-10-08T10:00:00Z", agent: "a-17", PromiseKept(promiseID: "p-1")),
            made("p-2", "2026-10-05T09:00:00Z", agent: "a-17", due: "tomorrow"),
            event("kept-2", "2026-10-07T10:00:00Z", agent: "a-17", PromiseKept(promiseID: "p-2")),
            made("p-3", "2026-10-05T09:00:00Z", agent: "a-17", due: "tomorrow"),
            made("p-4", "2026-10-05T09:00:00Z", agent: "a-17", due: "tomorrow"),
            event("rev-4", "2026-10-06T09:00:00Z", agent: "a-17", PromiseRevised(promiseID: "p-4", due: .words("by Friday"), customerContacted: true)),
            event("kept-4", "2026-10-09T09:00:00Z", agent: "a-17", PromiseKept(promiseID: "p-4")),
            made("p-5", "2026-10-31T23:30:00Z", agent: "a-18", due: "within 2 days"),
            event("kept-5", "2026-11-01T10:00:00Z", agent: "a-18", PromiseKept(promiseID: "p-5")),
            made("p-6", "2026-11-02T09:00:00Z", agent: "a-18", due: "tomorrow"))
        return directory
    }

    @Test("table, csv and json for a month; --location; a bad month and a missing state are clear errors")
    func report() async throws {
        let directory = try Self.state()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let json = try await CLIProcess(["report", "promises", "--month", "2026-10", "--data-dir", directory, "--format", "json"]).run()
        #expect(json.status == 0, "\(json)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["agent"] as? String } == ["a-17", "a-18"])
        let sam = rows[0]
        #expect(sam["name"] as? String == "Sam Patel")
        #expect(sam["made"] as? Int == 4 && sam["kept_on_time"] as? Int == 2 && sam["kept_late"] as? Int == 1 && sam["broken"] as? Int == 1)
        #expect(sam["renegotiated"] as? Int == 1 && sam["on_time_rate"] as? Double == 0.5)
        #expect(sam["missed"] as? Int == 3 && sam["missed_told_first"] as? Int == 1)
        #expect(rows[1]["made"] as? Int == 1, "23:30 UTC on 31 October is still October in London (GMT)")

        let table = try await CLIProcess(["report", "promises", "--month", "2026-10", "--data-dir", directory]).run()
        #expect(table.status == 0)
        #expect(table.output.contains("Sam Patel (a-17)") && table.output.contains("50%"), "\(table.output)")
        let csv = try await CLIProcess(["report", "promises", "--month", "2026-11", "--data-dir", directory, "--format", "csv", "--location", "store-12"]).run()
        #expect(csv.lines.count == 2 && csv.lines[1].hasPrefix("2026-11,store-12,a-18,"), "\(csv)")
        let elsewhere = try await CLIProcess(["report", "promises", "--month", "2026-10", "--data-dir", directory, "--location", "store-99"]).run()
        #expect(elsewhere.output == "No promises were made in 2026-10.\n")

        let badMonth = try await CLIProcess(["report", "promises", "--month", "2026-13", "--data-dir", directory]).run()
        #expect(badMonth.status == 64 && badMonth.error.contains("YYYY-MM"), "\(badMonth)")
        let missing = try await CLIProcess(["report", "promises", "--month", "2026-10", "--data-dir", directory + "/nowhere"]).run()
        #expect(missing.status == 1 && missing.error.contains("no plugin state at"), "\(missing)")
    }

    @Test("rapport capture promise-made prints how the due words are read at the desk's location")
    func captureShowsDue() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("capture-due-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try """
            capture:
              location: store-12
              desk: "3"
              agent: a-17
            locations:
              store-12:
                time_zone: Europe/London
                hours: {mon: ["09:00-17:30"], tue: ["09:00-17:30"], wed: ["09:00-17:30"], thu: ["09:00-19:00"], fri: ["09:00-18:00"]}
                date_order: dmy
            """.write(toFile: directory + "/capture.yaml", atomically: true, encoding: .utf8)
        func capture(_ words: String) async throws -> CLIProcess.Result {
            try await CLIProcess(["capture", "promise-made", "--config", directory + "/capture.yaml", "--spool", directory + "/spool.sqlite",
                                  "--data-dir", directory + "/no-bus", "--send-timeout", "0s", "--time", "2026-11-24T10:00:00Z",
                                  "--customer-id", "c-1", "--customer-name", "Adaeze Okafor", "--what", "call back", "--due-text", words]).run()
        }
        let friday = try await capture("by Friday")
        #expect(friday.status == 0, "\(friday)")
        #expect(friday.output.contains("due: \"by Friday\" -> Fri 27 Nov, 18:00 Europe/London"), "\(friday.output)")
        let vague = try await capture("as soon as we can")
        #expect(vague.output.contains("cannot be read as a time"), "\(vague.output)")
    }
}
