import Foundation
import RapportClient
import RapportEvents
import RapportPlugin
import RapportWire
import Testing

/// The real `feedback-aggregator` process against the real bus: killed at a fault point after
/// a commit and with kill -9 mid-run, restarted, it counts every response exactly once and
/// raises each detractor alert once.
@Suite("Feedback aggregator on a real bus", .serialized)
struct FeedbackAggregatorTests {
    static let desk = "/locations/store-12/desks/1"

    /// Response `n`: every 7th a detractor survey (NPS 2, with a name and contact), every 5th
    /// an employee remark, every 3rd a comment card with words only; the rest happy surveys.
    static func response(_ n: Int) throws -> [UInt8] {
        let time = Instant(millisecondsSinceEpoch: 1_791_453_600_000 + Int64(n) * 60_000, utcOffsetMinutes: 60)!   // 2026-10-08T11:00+01:00, a minute apart
        let data: FeedbackReceived
        if n % 7 == 0 {
            data = try FeedbackReceived(source: .survey, scores: .init(nps: 2), comment: "Waited an hour and nobody said sorry.",
                                        respondent: .init(id: "c-\(n)", name: "Customer \(n)", contact: "07700 900\(n)"), channel: .frontDesk)
        } else if n % 5 == 0 {
            data = try FeedbackReceived(source: .employee, scores: .init(csat: 3), comment: "The rota changes too late.")
        } else if n % 3 == 0 {
            data = try FeedbackReceived(source: .commentCard, scores: .none, comment: "Spotless shop, very friendly staff.")
        } else {
            data = try FeedbackReceived(source: .survey, scores: .init(csat: 5, nps: 9, ces: 6), channel: .phone)
        }
        return try TypedEvent(id: "f-\(n)", source: desk, time: time, location: "store-12", agent: "a-\(n % 4)", data: data).encoded()
    }

    private func publish(_ bus: BusProcess, _ range: Range<Int>) throws {
        let outcomes = try Producer(bus.address).publish(range.map { try Self.response($0) })
        #expect(outcomes.allSatisfy { $0.isStored })
    }

    /// The organisation's responses this month, customers and employees, from the plugin's state.
    private func counted(_ plugin: PluginProcess) throws -> Int {
        let store = try PluginStore(path: plugin.statePath, migrations: [])
        return try store.read { db in
            Int(try db.row("""
                SELECT SUM(responses) AS n FROM feedback_sums WHERE dimension = 'organisation' AND period = 'month'
                """)?.int("n") ?? 0)
        }
    }

    private func handled(_ plugin: PluginProcess) throws -> Int {
        let store = try PluginStore(path: plugin.statePath, migrations: [])
        return try store.read { db in Int(try db.row("SELECT COUNT(*) AS n FROM rapport_handled")?.int("n") ?? 0) }
    }

    @Test("kill -9 after a commit and mid-run, restarted: every response counted once, every detractor alerted once")
    func exactlyOnceAcrossCrashes() throws {
        let bus = try BusProcess()
        try bus.start()
        let plugin = PluginProcess(bus: bus, instance: "fa-1", program: "feedback-aggregator")
        let settings = ["FEEDBACK_AGGREGATOR_LEXICON_FILE": "", "FEEDBACK_AGGREGATOR_GOAL_MIN_SAMPLE": "100000"]
        try publish(bus, 0..<300)
        // Dies right after its first batch committed, before the ack: that batch comes again.
        try plugin.start(environment: settings.merging(["RAPPORT_FAULT": "plugin.after-commit"]) { $1 })
        #expect(plugin.waitForExit() != nil, "it died at the fault point: \(plugin.logText)")
        #expect(try handled(plugin) > 0, "\(plugin.logText)")
        try plugin.start(environment: settings)
        _ = try PluginProcess.waitFor { try handled(plugin) >= 120 }
        plugin.kill9()
        try publish(bus, 300..<600)
        try plugin.start(environment: settings)
        #expect(try PluginProcess.waitFor(seconds: 60) { try counted(plugin) >= 600 }, "\(plugin.logText)")
        _ = PluginProcess.waitFor(seconds: 1) { false }   // a double, if there were one, arrives first

        #expect(try counted(plugin) == 600)
        #expect(try handled(plugin) == 600)
        let detractors = try PluginProcess.alerts(bus).filter { $0.kind == "feedback.detractor" }
        let expected = (0..<600).filter { $0 % 7 == 0 }.count
        #expect(detractors.count == expected, "one alert per detractor, none lost or doubled")
        #expect(Set(detractors.map(\.id)).count == expected)
        let (_, tagged) = try BusConnection(bus.address).read(ReadRequest(from: .earliest, types: ["rapport.feedback.tagged"], maxEvents: 10_000))
        let withComment = (0..<600).filter { $0 % 7 == 0 || $0 % 5 == 0 || $0 % 3 == 0 }.count
        #expect(tagged.count == withComment, "each comment tagged once")
        #expect(plugin.terminate() == 0, "SIGTERM ends it cleanly: \(plugin.logText)")
    }
}
