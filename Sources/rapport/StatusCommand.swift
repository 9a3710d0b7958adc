import ArgumentParser
import Foundation
import RapportCapture
import RapportClient
import RapportSupervisor
import RapportWire

/// `rapport status`: what `rapport up` runs, and the bus's groups.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what runs: each process of rapport up (pid, uptime, restarts, last exit) and each consumer group (position, lag, rate, dead letters).",
        discussion: """
            Processes come from <data_dir>/supervisor.json, which rapport up keeps current; groups \
            from the bus's INFO, asked twice --interval apart to measure each group's rate (events \
            done per second) and the log's ingest rate. A group's LAG is its events not yet done, \
            LAG AGE how long the oldest of them has been in the log, and DEAD LETTERS the events it \
            gave up on since the bus started (groups.max_deliveries). Capture spools on this host (--spool, \
            repeatable; default $RAPPORT_CAPTURE_SPOOL) with their pending events and the age of \
            the oldest. Exit status: 0 when everything runs; 1 when a process is restarting or \
            failed, the bus does not answer, or a spool cannot be read; 2 when neither the \
            supervisor's file nor the bus can be read.
            """
    )

    @OptionGroup var bus: ClientOptions

    @Option(name: .long, help: "Seconds between the two INFO requests the rates are measured over (0: no rates).")
    var interval: Double = 1

    @Option(name: .long, help: "A capture spool on this host to report (repeatable). Default: $RAPPORT_CAPTURE_SPOOL, if set.")
    var spool: [String] = []

    @Flag(name: .long, help: "Print one JSON object: {supervisor, bus, rates, spools}; bus is INFO's answer (each group's lag, lag_ms, dead_letters).")
    var json = false

    /// The spools to report.
    private var spools: [String] {
        if !spool.isEmpty { return spool }
        return ProcessInfo.processInfo.environment["RAPPORT_CAPTURE_SPOOL"].map { [$0] } ?? []
    }

    /// One spool's figures, or why it could not be read.
    private struct SpoolReport {
        let path: String
        let status: Result<SpoolStatus, CommandFailure>

        /// Reads the spool at `path` without creating one where there is none.
        static func read(_ path: String) -> SpoolReport {
            guard FileManager.default.fileExists(atPath: path) else {
                return SpoolReport(path: path, status: .failure(CommandFailure("no spool there (is the path right?)")))
            }
            do throws(CaptureError) {
                return SpoolReport(path: path, status: .success(try CaptureSpool(path: path).status()))
            } catch {
                return SpoolReport(path: path, status: .failure(CommandFailure("\(error)")))
            }
        }
    }

    func run() throws {
        let dataDirectory = DataDirectory.resolve(bus.dataDir)
        let supervisor = try? SupervisorStatus.read(from: SupervisorStatus.path(dataDirectory: dataDirectory))
        let address = try bus.address
        let first = try? BusConnection(address).info(timeoutMilliseconds: 2_000)
        var second: BusInfo?
        if first != nil, interval > 0 {
            Thread.sleep(forTimeInterval: interval)
            second = try? BusConnection(address).info(timeoutMilliseconds: 2_000)
        }
        let reports = spools.map(SpoolReport.read)
        if json {
            printJSON(supervisor, first: first, second: second, spools: reports)
        } else {
            printTables(supervisor, dataDirectory: dataDirectory, first: first, second: second)
            printSpools(reports)
        }
        if supervisor == nil && first == nil { throw ExitCode(2) }
        let unhealthy = supervisor?.processes.contains { $0.state != "running" } ?? false
        let unreadable = reports.contains { if case .failure = $0.status { true } else { false } }
        if unhealthy || first == nil || unreadable { throw ExitCode(1) }
    }

    private func printTables(_ supervisor: SupervisorStatus?, dataDirectory: String, first: BusInfo?, second: BusInfo?) {
        if let supervisor {
            let age = Date().timeIntervalSince(supervisor.updatedAt)
            Output.line("rapport up: pid \(supervisor.pid), up \(Self.duration(Date().timeIntervalSince(supervisor.startedAt)))"
                        + (supervisor.stopping ? ", stopping" : "") + (age > 10 ? " (its status is \(Int(age)) s old: is it still running?)" : ""))
            var rows = [["PROCESS", "STATE", "PID", "UPTIME", "RESTARTS", "LAST EXIT"]]
            for process in supervisor.processes {
                let uptime = process.startedAt.map { Self.duration(Date().timeIntervalSince($0)) } ?? "-"
                let exit = process.lastExit.map { exit in
                    exit + (process.lastExitAt.map { " (\(Self.duration(Date().timeIntervalSince($0))) ago)" } ?? "")
                } ?? "-"
                rows.append([process.id, process.state, process.pid.map(String.init) ?? "-", uptime, "\(process.restarts)", exit])
            }
            Output.line(Self.table(rows))
            for process in supervisor.processes { if let detail = process.detail { Output.line("  \(process.id): \(detail)") } }
            if let reload = supervisor.lastReload {
                Output.line("last reload \(Self.duration(Date().timeIntervalSince(reload.at))) ago: \(reload.applied ? "applied" : "REFUSED"): \(reload.message)")
            }
        } else {
            Output.line("rapport up: no status in \(dataDirectory) (not started with rapport up, or another data directory)")
        }
        guard let info = second ?? first else {
            Output.line("bus: no answer at \(dataDirectory)")
            return
        }
        let ingest = rate(first?.log.next, second?.log.next)
        Output.line("bus: log \(info.log.start)..<\(info.log.next), \(info.log.segments) segments, \(info.log.bytes) bytes"
                    + (ingest.map { ", ingest \($0)/s" } ?? ""))
        guard !info.groups.isEmpty else {
            Output.line("groups: none")
            return
        }
        var rows = [["GROUP", "POSITION", "LAG", "LAG AGE", "RATE/S", "IN FLIGHT", "MEMBERS", "DEAD LETTERS"]]
        for group in info.groups {
            let earlier = first?.groups.first { $0.name == group.name }
            let done = rate(earlier.map { $0.position }, second == nil ? nil : group.position)
            rows.append([group.name, "\(group.position)", "\(group.lag)", group.lagMillis.map { Self.duration(Double($0) / 1_000) } ?? "-",
                         done ?? "-", "\(group.inFlight)", "\(group.members.count)", group.deadLetters.map(String.init) ?? "-"])
        }
        Output.line(Self.table(rows))
    }

    private func printSpools(_ reports: [SpoolReport]) {
        guard !reports.isEmpty else { return }
        let now = CaptureSpool.nowMillis()
        var rows = [["SPOOL", "PENDING", "OLDEST", "LAST ACK", "DEAD LETTERS"]]
        for report in reports {
            switch report.status {
            case .success(let status):
                rows.append([report.path, "\(status.pendingEvents)",
                             status.oldestEnqueuedAt.map { Self.duration(Double(now - $0) / 1_000) + " ago" } ?? "-",
                             status.lastAckAt.map { Self.duration(Double(now - $0) / 1_000) + " ago" } ?? "never",
                             "\(status.deadLetters)"])
            case .failure(let error):
                rows.append([report.path, "cannot be read: \(error)", "", "", ""])
            }
        }
        Output.line(Self.table(rows))
    }

    private func printJSON(_ supervisor: SupervisorStatus?, first: BusInfo?, second: BusInfo?, spools: [SpoolReport]) {
        var out: [String: Any] = ["supervisor": NSNull(), "bus": NSNull()]
        let now = CaptureSpool.nowMillis()
        out["spools"] = spools.map { report -> [String: Any] in
            switch report.status {
            case .success(let status):
                return ["path": report.path, "pending": status.pendingEvents, "pending_bytes": status.pendingBytes,
                        "oldest_age_ms": status.oldestEnqueuedAt.map { now - $0 } as Any? ?? NSNull(),
                        "dead_letters": status.deadLetters]
            case .failure(let error):
                return ["path": report.path, "error": "\(error)"]
            }
        }
        if let supervisor {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            if let data = try? encoder.encode(supervisor), let object = try? JSONSerialization.jsonObject(with: data) {
                out["supervisor"] = object
            }
        }
        if let info = second ?? first, let object = try? JSONSerialization.jsonObject(with: Data(info.encoded())) {
            out["bus"] = object
        }
        if let first, let second, interval > 0 {
            var groups: [String: Double] = [:]
            for group in second.groups {
                if let earlier = first.groups.first(where: { $0.name == group.name }), group.position >= earlier.position {
                    groups[group.name] = Double(group.position - earlier.position) / interval
                }
            }
            out["rates"] = ["interval_seconds": interval, "ingest_per_second": Double(second.log.next &- first.log.next) / interval,
                            "groups_per_second": groups] as [String: Any]
        }
        let data = (try? JSONSerialization.data(withJSONObject: out, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        Output.line(String(decoding: data, as: UTF8.self))
    }

    private func rate(_ before: UInt64?, _ after: UInt64?) -> String? {
        guard let before, let after, interval > 0, after >= before else { return nil }
        return String(format: "%.0f", Double(after - before) / interval)
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(max(seconds, 0))
        if s < 60 { return "\(s)s" }
        if s < 3_600 { return "\(s / 60)m\(s % 60)s" }
        if s < 86_400 { return "\(s / 3_600)h\(s % 3_600 / 60)m" }
        return "\(s / 86_400)d\(s % 86_400 / 3_600)h"
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
