import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import Testing

@Suite("Feedback report", .serialized)
struct FeedbackReportTests {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "feedback-report-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    static let state: String = { (try? ReportFixture.makeState(in: directory)) ?? directory + "/missing.sqlite" }()

    private func report(location: String? = nil) throws -> FeedbackReport {
        try FeedbackReportReader(statePath: Self.state).report(month: MonthLabel("2026-10")!, location: location, anonymity: AnonymityThreshold(k: 5))
    }

    @Test func monthlyFiguresWithTheTrendAgainstThePreviousMonth() throws {
        let report = try report()
        #expect(report.month == "2026-10" && report.previousMonth == "2026-09")
        let store = try #require(report.customer.first { $0.dimension == "location" && $0.group == "store-12" })
        #expect(store.current.responses == 5 && store.previous.responses == 3)
        #expect(store.current.csat?.value == 75 && store.current.csat?.answers == 4 && store.current.csat?.small == true)
        #expect(abs(try #require(store.trend.csat) - (75 - 200.0 / 3)) < 1e-9)
        #expect(store.current.nps?.value == 0 && store.trend.nps == nil)
        let nyc = try #require(report.customer.first { $0.group == "nyc-1" })
        #expect(nyc.current.responses == 1, "03:30 UTC on 1 November is October in New York")
        #expect(report.customer.first?.dimension == "organisation" && report.customer.first?.current.responses == 6)
        #expect(report.customer.first { $0.dimension == "agent" && $0.group == "a-2" }?.current.responses == 2)
    }

    @Test func themesFollowUpsAndTheEmployeeCutOff() throws {
        let report = try report()
        let themes = try #require(report.themes.first { $0.location == "store-12" })
        #expect(themes.positive.map(\.theme) == ["staff-attitude"])
        #expect(Set(themes.negative.map(\.theme)) == ["staff-attitude", "waiting-time"])
        let follow = try #require(report.followUps.first { $0.location == "store-12" })
        #expect(follow.detractors == 2 && follow.contacted == 1 && follow.open == 1 && follow.medianHoursToContact == 2)

        let employees = Dictionary(uniqueKeysWithValues: report.employee.groups.map { ($0.group, $0) })
        #expect(employees["store-12"]?.withheld == true && employees["store-12"]?.figures == nil && employees["store-12"]?.themes == nil)
        #expect(employees["nyc-1"]?.withheld == false && employees["nyc-1"]?.figures?.csat?.value == 100)
        // All 9 less nyc-1's 5 would be store-12's 4: the organisation is withheld too.
        #expect(employees["all"]?.withheld == true && employees["all"]?.figures == nil)
        #expect(report.employee.groups.first?.group == "all")
    }

    @Test func oneLocation() throws {
        let report = try report(location: "nyc-1")
        #expect(report.customer.contains { $0.group == "nyc-1" } && !report.customer.contains { $0.group == "store-12" || $0.dimension == "organisation" })
        #expect(report.employee.groups.map(\.group) == ["nyc-1"])
        #expect(report.followUps.isEmpty && report.themes.isEmpty)
    }

    /// The real `rapport report feedback` on the same state: table, CSV and JSON, and its errors.
    @Test func theCommand() throws {
        let table = try Self.rapport(["report", "feedback", "--month", "2026-10", "--state", Self.state])
        #expect(table.status == 0, "\(table.output)")
        #expect(table.output.contains("Feedback for 2026-10") && table.output.contains("store-12") && table.output.contains("~75% [")
            && table.output.contains("withheld"), "\(table.output)")
        let csv = try Self.rapport(["report", "feedback", "--month", "2026-10", "--state", Self.state, "--format", "csv"])
        #expect(csv.output.hasPrefix("audience,dimension,group,responses,csat_pct"))
        #expect(csv.output.contains("customer,location,store-12,5,75.0,"))
        let json = try Self.rapport(["report", "feedback", "--month", "2026-10", "--location", "store-12", "--state", Self.state, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["month"] as? String == "2026-10" && object["location"] as? String == "store-12")
        #expect(try Self.rapport(["report", "feedback", "--month", "October", "--state", Self.state]).status == 64)
        let missing = try Self.rapport(["report", "feedback", "--month", "2026-10", "--data-dir", Self.directory + "/nowhere"])
        #expect(missing.status == 1 && missing.output.contains("no feedback-aggregator state"))
    }

    static func rapport(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = ProcessInfo.processInfo.environment["RAPPORT_BIN"] ?? root.appendingPathComponent(".build/debug/rapport").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
