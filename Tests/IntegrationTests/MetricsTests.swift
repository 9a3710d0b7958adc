import Foundation
import RapportClient
import RapportSupervisor
import Testing

/// The metrics endpoint of `rapport up` and the group figures of `rapport status`, with real
/// processes: the bus, the complaint-alerts plugin and a capture spool, scraped over HTTP.
@Suite("Metrics endpoint and status figures with real processes", .serialized)
struct MetricsTests {
    @Test("rapport up serves /metrics: ingest, rejections by code, commits and fsync, group lag, a kill -9 restart, spool depth")
    func scrape() throws {
        // A capture spool holding 2 events it could not send (its bus is not running).
        let elsewhere = try BusProcess()
        let agent = try CaptureAgentProcess(bus: elsewhere)
        #expect(try agent.promise("c-1", what: "first", sendTimeout: "0s").status == 0)
        #expect(try agent.promise("c-2", what: "second", sendTimeout: "0s").status == 0)

        let port = try CurveTests.freePort()
        let up = try SupervisorTests.Up(extra: "metrics:\n  listen: 127.0.0.1:\(port)\n  spools: [\(agent.spool)]")
        let first = up.waitRunning(["bus", "complaint-alerts#1"])
        #expect(first.count == 2, "log:\n\(up.log)")

        // 5 complaints stored, 2 events rejected with two different codes.
        let outcomes = try Producer(up.bus.address).publish((0..<5).map { TestEvents.complaint("m-\($0)") } + [Array("{".utf8), Array("{}".utf8)])
        let codes = outcomes.compactMap { if case .rejected(let code, _) = $0 { code } else { nil } }
        #expect(outcomes.prefix(5).allSatisfy { if case .accepted = $0 { true } else { false } })
        #expect(codes.count == 2 && Set(codes).count == 2, "\(outcomes)")
        #expect(try PluginProcess.waitFor { try PluginProcess.alerts(up.bus).count >= 5 })

        kill(first["complaint-alerts#1"]!, SIGKILL)
        let second = up.waitRunning(["complaint-alerts#1"], not: first)
        #expect(second["complaint-alerts#1"] != nil, "log:\n\(up.log)")

        // A group without members: what is published now waits in its lag, unread.
        let idle = try ConsumerDriver(up.bus.address, group: "idle", types: ["rapport.feedback.*"], start: "latest")
        _ = try idle.run { idle.consumer.joined != nil }
        try idle.consumer.leave()
        let feedback = try Producer(up.bus.address).publish((0..<3).map { TestEvents.feedback(id: "idle-\($0)") })
        #expect(feedback.allSatisfy { $0.isStored })

        var scraped: MetricsScrape?
        let restartSeen = PluginProcess.waitFor { () -> Bool in
            scraped = MetricsScrape.get(port: port)
            return scraped?.value("rapport_plugin_restarts_total", ["plugin": "complaint-alerts", "instance": "1"]) == 1
                && scraped?.value("rapport_plugin_up", ["plugin": "complaint-alerts", "instance": "1"]) == 1
        }
        #expect(restartSeen, "log:\n\(up.log)\n\(scraped?.text ?? "no answer")")
        let metrics = try #require(scraped)
        #expect(metrics.value("rapport_bus_up") == 1)
        #expect((metrics.value("rapport_ingest_events_total") ?? 0) >= 8, "5 complaints, 3 feedback, and the plugin's alerts")
        for code in codes { #expect(metrics.value("rapport_rejections_total", ["code": code]) == 1, "\(code)\n\(metrics.text)") }
        let commits = try #require(metrics.value("rapport_group_commits_total"))
        #expect(commits >= 1)
        #expect(metrics.text.contains("# TYPE rapport_fsync_seconds histogram"))
        #expect(metrics.value("rapport_fsync_seconds_count") == commits, "one sync timed per group commit")
        #expect(metrics.value("rapport_fsync_seconds_bucket", ["le": "+Inf"]) == commits)
        #expect(metrics.value("rapport_group_lag_events", ["group": "idle"]) == 3, "\(metrics.text)")
        #expect((metrics.value("rapport_group_lag_seconds", ["group": "idle"]) ?? -1) >= 0)
        #expect(metrics.value("rapport_group_dead_letters_total", ["group": "idle"]) == 0)
        #expect(metrics.value("rapport_group_lag_events", ["group": "complaint-alerts"]) != nil)
        #expect(metrics.value("rapport_capture_spool_pending", ["spool": agent.spool]) == 2, "\(metrics.text)")
        #expect((metrics.value("rapport_capture_spool_oldest_seconds", ["spool": agent.spool]) ?? -1) >= 0)
        #expect(MetricsScrape.request(port: port, path: "/other")?.0 == 404)

        up.process.terminate()
        up.process.waitUntilExit()
        #expect(up.process.terminationStatus == 0)
    }

    @Test("a non-loopback metrics address is refused without allow_remote: by config check and by rapport up; with it, accepted")
    func remoteNeedsOptIn() throws {
        let refused = try ConfigCheckTests.file("data_dir: /tmp/rapport-metrics-check\nmetrics:\n  listen: 0.0.0.0:9464\n")
        defer { try? FileManager.default.removeItem(atPath: (refused as NSString).deletingLastPathComponent) }
        let check = try BusProcess.runCLI(["config", "check", refused])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("metrics.listen") && check.output.contains("not a loopback address") && check.output.contains("allow_remote"),
                "\(check.output)")
        let up = try BusProcess.runCLI(["up", "--config", refused, "--plugins-dir", NSTemporaryDirectory()])
        #expect(up.status == 1 && up.output.contains("allow_remote"), "\(up.output)")

        let allowed = try ConfigCheckTests.file("data_dir: /tmp/rapport-metrics-check\nmetrics:\n  listen: 0.0.0.0:9464\n  allow_remote: true\n")
        defer { try? FileManager.default.removeItem(atPath: (allowed as NSString).deletingLastPathComponent) }
        let ok = try BusProcess.runCLI(["config", "check", allowed])
        #expect(ok.status == 0, "\(ok.output)")
        #expect(ok.output.contains("metrics.listen") && ok.output.contains("0.0.0.0:9464"), "\(ok.output)")
    }

    @Test("a metrics port already in use stops rapport up with the reason, the bus stopped cleanly")
    func portInUse() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) == 0 && listen(listener, 1) == 0
                && getsockname(listener, $0, &length) == 0 }
        }
        #expect(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let bus = try BusProcess()
        let config = try ConfigCheckTests.file("data_dir: \(bus.dataDirectory)\nmetrics:\n  listen: 127.0.0.1:\(port)\n")
        defer { try? FileManager.default.removeItem(atPath: (config as NSString).deletingLastPathComponent) }
        let up = try BusProcess.runCLI(["up", "--config", config, "--plugins-dir", bus.root])
        #expect(up.status == 2, "\(up.output)")
        #expect(up.output.contains("cannot serve metrics on 127.0.0.1:\(port) (metrics.listen)") && up.output.contains("bus stopped"), "\(up.output)")
    }

    @Test("rapport status shows each group's lag in events and in time, and its dead letters (after max_deliveries)")
    func statusFigures() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        try "groups: {max_deliveries: 2}\n".write(toFile: config, atomically: true, encoding: .utf8)
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)
        let start = Date()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "poison")])
        let driver = try ConsumerDriver(bus.address, group: "fragile", types: ["rapport.feedback.*"], start: "earliest", autoAck: false)
        var nacks = 0
        _ = try driver.run {
            for delivery in driver.deliveries {
                try? driver.consumer.nack(delivery.offset, error: "cannot parse comment")
                nacks += 1
            }
            driver.deliveries.removeAll()
            return nacks == 2
        }
        try driver.consumer.leave()
        // Two more events the group has not read: its lag, and the age of the oldest by the bus's clock.
        let before = Date()
        _ = try Producer(bus.address).publish([TestEvents.feedback(id: "late-1"), TestEvents.feedback(id: "late-2")])
        var group: [String: Any] = [:]
        var requested = Date()
        let deadLettered = PluginProcess.waitFor { () -> Bool in
            requested = Date()
            let result = try? BusProcess.runCLI(["status", "--json", "--interval", "0", "--data-dir", bus.dataDirectory])
            let object = result.flatMap { try? JSONSerialization.jsonObject(with: Data($0.output.utf8)) as? [String: Any] }
            let groups = (object?["bus"] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
            group = groups.first { $0["name"] as? String == "fragile" } ?? [:]
            return group["dead_letters"] as? Int == 1
        }
        #expect(deadLettered, "\(group)")
        let asked = Date()
        // Not read yet: the dead letter the bus stored (offset 1) and the two late events.
        #expect(group["lag"] as? Int == 3, "\(group)")
        let lagMillis = try #require(group["lag_ms"] as? Int)
        // The oldest, the dead letter, was appended between `start` and `before`; its age taken
        // between `requested` and `asked` (both this host's clock; 1 ms for rounding to ms).
        #expect(lagMillis >= Int(requested.timeIntervalSince(before) * 1_000) - 1, "\(lagMillis)")
        #expect(lagMillis <= Int((asked.timeIntervalSince(start) * 1_000).rounded(.up)) + 1, "\(lagMillis)")

        let table = try BusProcess.runCLI(["status", "--interval", "0", "--data-dir", bus.dataDirectory])
        let header = table.output.split(separator: "\n").first { $0.hasPrefix("GROUP") }.map(String.init) ?? ""
        #expect(header.contains("LAG AGE") && header.contains("DEAD LETTERS"), "\(table.output)")
        let row = table.output.split(separator: "\n").first { $0.hasPrefix("fragile") }?.split(separator: " ", omittingEmptySubsequences: true) ?? []
        #expect(row.count == 8 && row[2] == "3" && row[7] == "1", "\(table.output)")
    }
}
