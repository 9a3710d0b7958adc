import FeedbackAggregatorPlugin
import FeedbackMeasures
import Foundation
import Testing

@Suite("Feedback report", .serialized)
struct FeedbackReportTests {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "feedback-report-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        // The suite's tests share the folder, so it goes when the test process ends.
        atexit { try? FileManager.default.removeItem(atPath: FeedbackReportTests.directory) }
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
        #expect(employees["nyc-1"]?.figures?.nps == nil && employees["nyc-1"]?.withheldParts == ["nps"], "one employee's NPS")
        // All 10 less nyc-1's 6 would be store-12's 4: the organisation is withheld too.
        #expect(employees["all"]?.withheld == true && employees["all"]?.figures == nil)
        #expect(report.employee.groups.first?.group == "all")
    }

    @Test func oneLocation() throws {
        let report = try report(location: "nyc-1")
        #expect(report.customer.contains { $0.group == "nyc-1" } && !report.customer.contains { $0.group == "store-12" || $0.dimension == "organisation" })
        #expect(report.employee.groups.map(\.group) == ["nyc-1"])
        #expect(report.followUps.isEmpty && report.themes.isEmpty)
    }

    @Test func anUnknownLocationIsAnErrorNamingTheKnownOnes() throws {
        #expect(throws: FeedbackReportError.unknownLocation("store-99", known: ["nyc-1", "store-12"])) { try report(location: "store-99") }
        // A location of the site's configuration with no feedback yet is a quiet location, not an error.
        let quiet = try FeedbackReportReader(statePath: Self.state).report(month: MonthLabel("2026-10")!, location: "store-7",
                                                                           anonymity: AnonymityThreshold(), alsoKnown: ["store-7"])
        #expect(!quiet.customer.contains { $0.dimension == "location" } && quiet.followUps.isEmpty && quiet.employee.groups.isEmpty)
    }

    /// The real `rapport report feedback` on the same state: table, CSV and JSON, and its errors.
    @Test func theCommand() throws {
        let table = try Self.rapport(["report", "feedback", "--month", "2026-10", "--state", Self.state])
        #expect(table.status == 0, "\(table.output)")
        #expect(table.output.contains("Feedback for 2026-10") && table.output.contains("store-12") && table.output.contains("~75% [")
            && table.output.contains("withheld"), "\(table.output)")
        let lines = table.output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        // Follow-ups: the mean and the median hours to contact (one contact, 2 hours after).
        #expect(table.output.contains("mean hours") && table.output.contains("median hours"))
        #expect(lines.contains(["store-12", "2", "1", "0", "1", "0", "2.0", "2.0", "1"]), "\(table.output)")
        // Employees: nyc-1's one NPS answer reads withheld, not a figure; store-12 and the organisation are withheld whole.
        let nyc = try #require(lines.first { $0.first == "nyc-1" && $0.contains("n=5") })
        #expect(nyc[1] == "6" && nyc.filter { $0 == "withheld" }.count == 1 && !nyc.contains("~-100"), "\(nyc)")
        #expect(lines.contains(["store-12", "withheld", "withheld", "withheld", "withheld", "withheld"]))
        #expect(lines.contains(["all", "withheld", "withheld", "withheld", "withheld", "withheld"]))

        // CSV: every section under one header, told apart by the first column.
        let csv = try Self.rapport(["report", "feedback", "--month", "2026-10", "--state", Self.state, "--format", "csv"])
        #expect(csv.status == 0)
        let rows = csv.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        #expect(csv.output.hasPrefix("section,audience,dimension,group,responses,csat_pct"))
        #expect(rows.allSatisfy { $0.count == header.count }, "every row has every column")
        func cell(_ row: [String], _ column: String) -> String? { header.firstIndex(of: column).map { row[$0] } }
        func section(_ section: String, _ audience: String? = nil, group: String) -> [[String]] {
            rows.filter { $0[0] == section && (audience == nil || $0[1] == audience) && cell($0, "group") == group }
        }
        #expect(csv.output.contains("\nfigures,customer,location,store-12,5,75.0,"))
        let themes = section("theme", "customer", group: "store-12")
        #expect(themes.contains { cell($0, "theme") == "staff-attitude" && cell($0, "polarity") == "positive" && cell($0, "comments") == "1" && cell($0, "rank") == "1" })
        #expect(themes.contains { cell($0, "theme") == "waiting-time" && cell($0, "polarity") == "negative" })
        let follow = try #require(section("follow-up", group: "store-12").first)
        #expect(cell(follow, "detractors") == "2" && cell(follow, "contacted") == "1" && cell(follow, "open") == "1"
            && cell(follow, "mean_hours_to_contact") == "2.00" && cell(follow, "median_hours_to_contact") == "2.00")
        #expect(section("follow-up", group: "all").count == 1)
        let withheldStore = try #require(section("figures", "employee", group: "store-12").first)
        #expect(cell(withheldStore, "withheld") == "responses csat nps ces themes" && cell(withheldStore, "responses") == "withheld"
            && cell(withheldStore, "nps") == "withheld")
        let employeesNYC = try #require(section("figures", "employee", group: "nyc-1").first)
        #expect(cell(employeesNYC, "withheld") == "nps" && cell(employeesNYC, "nps") == "withheld" && cell(employeesNYC, "nps_answers") == ""
            && cell(employeesNYC, "csat_pct") == "100.0" && cell(employeesNYC, "responses") == "6")
        #expect(section("theme", "employee", group: "nyc-1").contains {
            cell($0, "theme") == "staff-attitude" && cell($0, "polarity") == "positive" && cell($0, "comments") == "5"
        })
        #expect(section("theme", "employee", group: "store-12").isEmpty)

        let json = try Self.rapport(["report", "feedback", "--month", "2026-10", "--location", "nyc-1", "--state", Self.state, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["month"] as? String == "2026-10" && object["location"] as? String == "nyc-1")
        let employee = try #require(((object["employee"] as? [String: Any])?["groups"] as? [[String: Any]])?.first)
        #expect(employee["withheldParts"] as? [String] == ["nps"] && employee["withheld"] as? Bool == false)
        #expect((employee["figures"] as? [String: Any])?["nps"] == nil)

        // A location nobody reported from is an error naming those that did; an empty one a usage error.
        let unknown = try Self.rapport(["report", "feedback", "--month", "2026-10", "--location", "store-99", "--state", Self.state])
        #expect(unknown.status == 64 && unknown.output.contains("store-99") && unknown.output.contains("nyc-1, store-12"), "\(unknown.output)")
        let empty = try Self.rapport(["report", "feedback", "--month", "2026-10", "--location", "", "--state", Self.state])
        #expect(empty.status == 64 && empty.output.contains("--location"), "\(empty.output)")
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
