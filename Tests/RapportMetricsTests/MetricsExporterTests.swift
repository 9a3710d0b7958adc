import Foundation
@testable import RapportMetrics
import RapportSupervisor
import RapportWire
import Testing

/// A scrape rendered from readings (no bus, no HTTP): names, labels, values, and series that
/// disappear with what they measured.
@Suite("MetricsExporter")
struct MetricsExporterTests {
    static func info(groups: [BusInfo.Group], accepted: UInt64 = 10, syncCounts: [UInt64]? = nil, syncSum: UInt64 = 700) -> BusInfo {
        let bounds: [UInt64] = [100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
                                1_000_000, 2_500_000, 5_000_000, 10_000_000]
        var counts = syncCounts ?? [UInt64](repeating: 0, count: bounds.count + 1)
        if syncCounts == nil { counts[2] = 2 }
        return BusInfo(version: "0.1.0", log: .init(start: 0, next: 12, durable: 12, segments: 1, bytes: 4_096, commits: 2, dedupIdentities: 12),
                       intake: .init(heldBytes: 0, limitBytes: 1 << 26, paused: false, pauses: 0), groups: groups,
                       counters: .init(accepted: accepted, duplicates: 1, rejected: ["invalid-data": 3, "unknown-type": 1], errors: ["malformed": 2],
                                       commitSync: .init(boundsMicros: bounds, counts: counts, sumMicros: syncSum)))
    }

    static func group(_ name: String, lag: UInt64, lagMillis: UInt64, dead: UInt64) -> BusInfo.Group {
        BusInfo.Group(name: name, types: ["*"], position: 4, lag: lag, inFlight: 1, waiting: 0, members: [], lagMillis: lagMillis, deadLetters: dead)
    }

    /// A process as the supervisor's status file writes it.
    static func process(_ id: String, _ state: String, restarts: Int) throws -> SupervisorStatus.Process {
        let json = #"{"id": "\#(id)", "state": "\#(state)", "restarts": \#(restarts)}"#
        return try JSONDecoder().decode(SupervisorStatus.Process.self, from: Data(json.utf8))
    }

    static func exporter() -> MetricsExporter {
        MetricsExporter(sources: MetricsSources(bus: .init(dataDirectory: "/nowhere"), board: nil, spools: []))
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("the bus's counters, groups and commit histogram, the processes and an unreadable spool")
    func render() async throws {
        let exporter = Self.exporter()
        let snapshot = MetricsSnapshot(
            info: Self.info(groups: [Self.group("alerts", lag: 7, lagMillis: 1_500, dead: 2)]),
            processes: [try Self.process("bus", "running", restarts: 0), try Self.process("complaint-alerts#1", "running", restarts: 3),
                        try Self.process("complaint-alerts#2", "failed", restarts: 5)],
            spools: [.init(path: "/s.sqlite", status: .failure(.init(message: "no spool there")))], nowMillis: 0)
        let text = Self.text(await exporter.render(snapshot))
        for line in [
            "rapport_bus_up 1.0", "rapport_ingest_events_total 10", "rapport_ingest_duplicates_total 1",
            #"rapport_rejections_total{code="invalid-data"} 3"#, #"rapport_rejections_total{code="unknown-type"} 1"#,
            #"rapport_request_errors_total{code="malformed"} 2"#, "rapport_group_commits_total 2",
            #"rapport_group_lag_events{group="alerts"} 7.0"#, #"rapport_group_lag_seconds{group="alerts"} 1.5"#,
            #"rapport_group_dead_letters_total{group="alerts"} 2"#,
            #"rapport_plugin_restarts_total{plugin="complaint-alerts",instance="1"} 3"#,
            #"rapport_plugin_up{plugin="complaint-alerts",instance="1"} 1.0"#, #"rapport_plugin_up{plugin="complaint-alerts",instance="2"} 0.0"#,
            #"rapport_plugin_failed{plugin="complaint-alerts",instance="2"} 1.0"#, "rapport_bus_process_up 1.0",
            #"rapport_capture_spool_readable{spool="/s.sqlite"} 0.0"#,
            "# TYPE rapport_fsync_seconds histogram", "rapport_fsync_seconds_count 2", #"rapport_fsync_seconds_bucket{le="0.0005"} 2"#,
            #"rapport_fsync_seconds_bucket{le="0.00025"} 0"#, "rapport_fsync_seconds_sum 0.0007",
        ] {
            #expect(text.contains(line + "\n"), "\(line)\n\(text)")
        }
    }

    @Test("a later scrape moves counters to the new totals, replays only new commits, and drops a deleted group's series")
    func laterScrape() async throws {
        let exporter = Self.exporter()
        _ = await exporter.render(MetricsSnapshot(info: Self.info(groups: [Self.group("old", lag: 1, lagMillis: 5, dead: 0)]),
                                                  processes: nil, spools: [], nowMillis: 0))
        var counts = [UInt64](repeating: 0, count: 17)
        counts[2] = 2
        counts[5] = 1
        let text = Self.text(await exporter.render(MetricsSnapshot(
            info: Self.info(groups: [Self.group("new", lag: 0, lagMillis: 0, dead: 0)], accepted: 25, syncCounts: counts, syncSum: 700 + 4_000),
            processes: nil, spools: [], nowMillis: 0)))
        #expect(text.contains("rapport_ingest_events_total 25\n"))
        #expect(text.contains("rapport_fsync_seconds_count 3\n") && text.contains("rapport_fsync_seconds_sum 0.0047\n"), "\(text)")
        #expect(!text.contains(#"group="old""#), "\(text)")
        #expect(text.contains(#"rapport_group_lag_events{group="new"} 0.0"#))
    }

    @Test("the bus not answering: rapport_bus_up 0 and no bus series")
    func busDown() async throws {
        let text = Self.text(await Self.exporter().render(MetricsSnapshot(info: nil, processes: nil, spools: [], nowMillis: 0)))
        #expect(text.contains("rapport_bus_up 0.0\n"))
        #expect(!text.contains("rapport_ingest_events_total") && !text.contains("rapport_fsync_seconds"), "\(text)")
    }

    @Test("plugin ids split into plugin and instance; the bus is not a plugin")
    func pluginInstance() {
        #expect(ProcessFamilies.pluginInstance("complaint-alerts#2")! == ("complaint-alerts", "2"))
        #expect(ProcessFamilies.pluginInstance("bus") == nil)
    }
}
