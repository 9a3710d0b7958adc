import Foundation
import Logging
import NameUsage
import NameUsagePlugin
import RapportEvents
import RapportPlugin
import Testing

/// `rapport report names` reading a state the plugin's own code wrote (its routes and SQL on a
/// file), as the report reads a running plugin's: read-only.
@Suite("rapport report names")
struct ReportNamesTests {
    /// A state file with decided interactions: October at store-12 (agents a and b) and store-9,
    /// and one in November.
    static func state() throws -> String {
        let root = NSTemporaryDirectory() + "rapport-report-names-" + UUID().uuidString.prefix(8)
        let path = root + "/plugins/name-usage/state.sqlite"
        let store = try PluginStore(path: path, migrations: NameUsagePlugin.migrations)
        let settings = NameUsageSettings(close: ClosePolicy(grace: .seconds(1), idle: .seconds(60)))
        let router = NameUsagePlugin.router(settings: settings)
        let plugin = PluginIdentity(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes)
        let october = Date(timeIntervalSince1970: 1_792_836_000)      // 2026-10-24T10:00:00Z
        let november = Date(timeIntervalSince1970: 1_795_425_300)     // 2026-11-23T09:15:00Z
        var offset: UInt64 = 0
        func interaction(_ id: String, _ location: String, _ agent: String, at start: Date, said: String?, ticked: Bool = false) throws {
            func event(_ suffix: String, _ data: some EventData) throws -> [UInt8] {
                try TypedEvent(id: "\(id)-\(suffix)", source: "/locations/\(location)/desks/1",
                               time: Instant(millisecondsSinceEpoch: Int64(start.timeIntervalSince1970 * 1_000))!,
                               location: location, agent: agent, data: data).encoded()
            }
            var events = [try event("start", InteractionStarted(interactionID: id, channel: .frontDesk, customer: .init(id: "c", name: "Grace Obi"),
                                                                 agent: .init(id: agent, name: "Sam")))]
            if let said { events.append(try event("u1", Utterance(interactionID: id, speaker: .agent, text: said))) }
            if ticked { events.append(try event("tick", NameUsed(interactionID: id))) }
            events.append(try event("end", InteractionEnded(interactionID: id)))
            let inputs = events.map { bytes -> (offset: UInt64, bytes: [UInt8]) in defer { offset += 1 }; return (offset, bytes) }
            _ = try store.process(inputs, plugin: plugin, router: router, now: november, logger: Logger(label: "test"))
        }
        try interaction("o1", "store-12", "a", at: october, said: "Thanks, Grace.")
        try interaction("o2", "store-12", "a", at: october, said: "There's a grace period.", ticked: true)
        try interaction("o3", "store-12", "b", at: october, said: nil, ticked: true)
        try interaction("o4", "store-9", "a", at: october, said: "Hello Ms Obi.")
        try interaction("n1", "store-12", "a", at: november, said: "Thanks, Grace.")
        _ = try store.fireDueTimers(plugin: plugin, router: router, now: november.addingTimeInterval(5), logger: Logger(label: "test"), limit: .max)
        return path
    }

    /// Removes the scratch folder of a state made by ``state()``.
    static func remove(_ statePath: String) {
        let root = URL(fileURLWithPath: statePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try? FileManager.default.removeItem(at: root)
    }

    @Test("the month's rates per location and agent, as a table, CSV and JSON; --location narrows")
    func formats() throws {
        let path = try Self.state()
        defer { Self.remove(path) }
        let table = try BusProcess.runCLI(["report", "names", "--month", "2026-10", "--state", path])
        #expect(table.status == 0, "\(table.output)")
        let lines = table.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("store-12") && $0.contains("all agents") && $0.contains("66.7%") }, "\(table.output)")
        #expect(lines.contains { $0.contains(" b ") && $0.contains("100.0%") }, "\(table.output)")
        #expect(lines.contains { $0.hasPrefix("store-9") && $0.contains("100.0%") }, "\(table.output)")

        let csv = try BusProcess.runCLI(["report", "names", "--month", "2026-10", "--state", path, "--format", "csv"])
        #expect(csv.output.split(separator: "\n").map(String.init) == [
            "month,location,agent,interactions,used,rate,from_transcript,tick_alone,ticked",
            "2026-10,store-12,,3,2,0.6667,2,1,2",
            "2026-10,store-12,a,2,1,0.5000,2,0,1",
            "2026-10,store-12,b,1,1,1.0000,0,1,1",
            "2026-10,store-9,,1,1,1.0000,1,0,0",
            "2026-10,store-9,a,1,1,1.0000,1,0,0",
        ])

        let json = try BusProcess.runCLI(["report", "names", "--month", "2026-11", "--location", "store-12", "--state", path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let locations = try #require(object["locations"] as? [[String: Any]])
        #expect(object["month"] as? String == "2026-11" && locations.count == 1)
        #expect(locations.first?["interactions"] as? Int == 1 && locations.first?["used"] as? Int == 1)
        #expect((locations.first?["agents"] as? [[String: Any]])?.first?["agent"] as? String == "a")
    }

    @Test("a month with nothing decided says so; a missing state and a bad month are errors with their statuses")
    func errors() throws {
        let path = try Self.state()
        defer { Self.remove(path) }
        let empty = try BusProcess.runCLI(["report", "names", "--month", "2026-09", "--state", path])
        #expect(empty.status == 0 && empty.output.contains("No interactions decided in 2026-09"), "\(empty.output)")
        let missing = try BusProcess.runCLI(["report", "names", "--month", "2026-10", "--data-dir", "/nonexistent/rapport-data"])
        #expect(missing.status == 1 && missing.output.contains("no name-usage state at /nonexistent/rapport-data/plugins/name-usage/state.sqlite"),
                "\(missing.output)")
        let bad = try BusProcess.runCLI(["report", "names", "--month", "October", "--state", path])
        #expect(bad.status == 64 && bad.output.contains("--month must be a month as YYYY-MM"), "\(bad.output)")
    }
}
