import Foundation
import RapportClient
import RapportWire
import Testing

/// `rapport groups reset` and `delete` against the real bus, with a member connected.
@Suite("Group administration", .serialized)
struct GroupAdminTests {
    private func cli(_ bus: BusProcess, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try BusProcess.runCLI(["groups"] + arguments + ["--data-dir", bus.dataDirectory])
    }

    private func position(_ bus: BusProcess, _ group: String) throws -> Int? {
        let groups = try bus.info()["groups"] as? [[String: Any]] ?? []
        return groups.first { $0["name"] as? String == group }?["position"] as? Int
    }

    @Test("reset: a dry run changes nothing; with a member connected it needs --force; then the member replays from the new position")
    func reset() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<10).map { TestEvents.feedback(id: "e\($0)") })
        let member = try ConsumerDriver(bus.address, group: "tracker", start: "earliest")
        try member.run { member.confirmed.count >= 10 }
        #expect(try position(bus, "tracker") == 10)

        let dry = try cli(bus, ["reset", "tracker", "--to", "4", "--dry-run"])
        #expect(dry.status == 0, "\(dry.output)")
        #expect(dry.output.contains("dry run: group 'tracker' would move from position 10 to 4 (replay 6 offsets)"), "\(dry.output)")
        #expect(dry.output.contains("live member"), "\(dry.output)")
        #expect(try position(bus, "tracker") == 10, "a dry run changes nothing")

        let refused = try cli(bus, ["reset", "tracker", "--to", "4"])
        #expect(refused.status != 0 && refused.output.contains("bad-group") && refused.output.contains("--force") == false
                && refused.output.contains("force it"), "\(refused.output)")
        #expect(try position(bus, "tracker") == 10)

        let json = try cli(bus, ["reset", "tracker", "--to", "4", "--force", "--json"])
        #expect(json.status == 0, "\(json.output)")
        let report = try GroupReport(decoding: Array(json.output.utf8.prefix { $0 != 10 }))
        #expect(report.applied && report.position == 10 && report.newPosition == 4 && report.members == ["consumer"])
        // The member was told, joins again and replays 4…9.
        member.deliveries.removeAll()
        try member.run { member.deliveries.count >= 6 }
        #expect(member.deliveries.map(\.offset) == Array(4..<10))
        try member.run { (try? position(bus, "tracker")) == 10 }
        #expect(try position(bus, "tracker") == 10)
    }

    @Test("delete: refused with a member connected, a dry run changes nothing, then the group and its state are gone, also after a restart")
    func delete() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<3).map { TestEvents.feedback(id: "e\($0)") })
        let member = try ConsumerDriver(bus.address, group: "old-report", start: "earliest")
        try member.run { member.confirmed.count >= 3 }
        let refused = try cli(bus, ["delete", "old-report"])
        #expect(refused.status != 0 && refused.output.contains("live member"), "\(refused.output)")
        try member.consumer.leave()
        let dry = try cli(bus, ["delete", "old-report", "--dry-run"])
        #expect(dry.status == 0 && dry.output.contains("would be deleted"), "\(dry.output)")
        #expect(try position(bus, "old-report") == 3)
        #expect(FileManager.default.fileExists(atPath: bus.dataDirectory + "/groups/old-report"))

        let done = try cli(bus, ["delete", "old-report"])
        #expect(done.status == 0 && done.output.contains("is deleted"), "\(done.output)")
        #expect(try position(bus, "old-report") == nil)
        let left = try FileManager.default.contentsOfDirectory(atPath: bus.dataDirectory + "/groups")
        #expect(left.isEmpty, "nothing of the group is left: \(left)")
        bus.kill9()
        try bus.start()
        #expect(try position(bus, "old-report") == nil)
        let missing = try cli(bus, ["delete", "old-report"])
        #expect(missing.status != 0 && missing.output.contains("no consumer group 'old-report'"), "\(missing.output)")
    }
}
