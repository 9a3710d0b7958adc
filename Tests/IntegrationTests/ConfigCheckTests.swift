import Foundation
import Testing

/// `rapport config check` run as a process, and `rapport bus` refusing the same files.
@Suite("rapport config check")
struct ConfigCheckTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A scratch directory with `rapport.yaml` holding `yaml`.
    static func file(_ yaml: String) throws -> String {
        let directory = NSTemporaryDirectory() + "rapport-config-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/rapport.yaml"
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("deploy/rapport.yaml is valid: every setting printed with its origin")
    func deployFile() throws {
        let result = try BusProcess.runCLI(["config", "check", Self.packageRoot + "/deploy/rapport.yaml"])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ key: String) -> String { lines.first { $0.hasPrefix(key + " ") } ?? "" }
        #expect(line("data_dir").contains("/var/lib/rapport") && line("data_dir").hasSuffix("deploy/rapport.yaml:2"), "\(result.output)")
        #expect(line("log.retention.max_age").contains("90d") && line("log.retention.max_age").hasSuffix("deploy/rapport.yaml:13"))
        #expect(line("groups.heartbeat").contains("1s") && line("groups.heartbeat").hasSuffix("default"))
        #expect(line("host.cpu_latency_us").hasSuffix("default"))
    }

    @Test("errors: all of them, each file:line:column: key: message, exit status 1; the bus refuses the file too")
    func errors() throws {
        let path = try Self.file("""
        data_dir: /tmp/rapport-config-check
        log:
          retenion: 90d
        groups:
          ack_timeout: 30s
          ack_timeout: 1m
        retention:
          max_age: 90d
        locations:
          s1:
            time_zone: Europe/Londn
            hours: {fri: [18:00-26:00]}
        """)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let result = try BusProcess.runCLI(["config", "check", path])
        #expect(result.status == 1)
        for expected in [
            "\(path):3:3: log.retenion: unknown key; did you mean 'retention'?",
            "\(path):6:3: groups.ack_timeout: duplicate key; it is already set at line 5",
            "\(path):7:1: retention: unknown key; 'retention' belongs under 'log'",
            "\(path):11:16: locations.s1.time_zone: 'Europe/Londn' is not a known time zone; did you mean 'Europe/London'?",
            "\(path):12:19: locations.s1.hours.fri[0]: span '18:00-26:00': '26:00' is not a time",
            "5 errors",
        ] {
            #expect(result.output.contains(expected), "\(expected)\n\(result.output)")
        }
        let bus = try BusProcess.runCLI(["bus", "--config", path])
        #expect(bus.status == 64, "\(bus.output)")
        #expect(bus.output.contains("\(path):3:3: log.retenion: unknown key; did you mean 'retention'?"), "\(bus.output)")
    }

    @Test("--json: valid flag, settings with origins, errors with positions")
    func json() throws {
        let good = try Self.file("data_dir: /tmp/x\ngroups: {max_groups: 20}\nplugins: {promises: {settings: {remind: true}}}\n")
        defer { try? FileManager.default.removeItem(atPath: (good as NSString).deletingLastPathComponent) }
        let result = try BusProcess.runCLI(["config", "check", "--json", good])
        #expect(result.status == 0, "\(result.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == true)
        let settings = try #require(object["settings"] as? [[String: Any]])
        let groups = try #require(settings.first { $0["key"] as? String == "groups.max_groups" })
        #expect(groups["value"] as? Int == 20 && groups["origin"] as? String == "file" && groups["line"] as? Int == 2)
        let heartbeat = try #require(settings.first { $0["key"] as? String == "groups.heartbeat" })
        #expect(heartbeat["value"] as? String == "1s" && heartbeat["origin"] as? String == "default")
        let plugin = try #require(settings.first { $0["key"] as? String == "plugins.promises.settings" })
        #expect((plugin["value"] as? [String: Any])?["remind"] as? Bool == true)

        let bad = try Self.file("data_dir: /tmp/x\ndedup: {window: a week}\n")
        defer { try? FileManager.default.removeItem(atPath: (bad as NSString).deletingLastPathComponent) }
        let failed = try BusProcess.runCLI(["config", "check", "--json", bad])
        #expect(failed.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(failed.output.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let error = try #require((report["errors"] as? [[String: Any]])?.first)
        #expect(error["line"] as? Int == 2 && error["column"] as? Int == 17 && error["key"] as? String == "dedup.window", "\(error)")
    }

    @Test("a location's calendar: zone, hours per weekday, holidays, special hours, each with its origin; --json too")
    func locationCalendar() throws {
        let path = try Self.file("""
        data_dir: /tmp/rapport-config-check
        locations:
          store-12:
            time_zone: Europe/London
            hours:
              mon: [09:00-17:30]
              sat: [10:00-14:00]
            holidays: [2026-12-25, 2026-12-26]
            special_hours:
              2026-12-26: [11:00-13:00]
        """)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let result = try BusProcess.runCLI(["config", "check", path])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ key: String) -> String { lines.first { $0.hasPrefix("locations.store-12." + key + " ") } ?? "" }
        for (key, value, origin) in [
            ("time_zone", "Europe/London", "file \(path):4"),
            ("hours.mon", "[09:00-17:30]", "file \(path):6"),
            ("hours.sat", "[10:00-14:00]", "file \(path):7"),
            ("hours.sun", "closed", "default"),
            ("holidays.2026-12-25", "closed", "file \(path):8"),
            ("holidays.2026-12-26", "replaced by special_hours.2026-12-26", "file \(path):8"),
            ("special_hours.2026-12-26", "[11:00-13:00]", "file \(path):10"),
            ("date_order", "none", "default"),
        ] {
            #expect(line(key).contains(" \(value) ") && line(key).hasSuffix(origin), "\(key)\n\(result.output)")
        }

        let json = try BusProcess.runCLI(["config", "check", "--json", path])
        #expect(json.status == 0, "\(json.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let settings = try #require(object["settings"] as? [[String: Any]])
        let saturday = try #require(settings.first { $0["key"] as? String == "locations.store-12.hours.sat" })
        #expect(saturday["value"] as? [String] == ["10:00-14:00"] && saturday["origin"] as? String == "file" && saturday["line"] as? Int == 7)
        let holiday = try #require(settings.first { $0["key"] as? String == "locations.store-12.holidays.2026-12-25" })
        #expect(holiday["value"] as? String == "closed" && holiday["line"] as? Int == 8)
    }

    @Test("a calendar that cannot be built is an error at the span at fault, and the bus refuses it")
    func calendarError() throws {
        let path = try Self.file("""
        data_dir: /tmp/rapport-config-check
        locations:
          store-12:
            time_zone: Europe/London
            hours:
              fri: [09:00-17:00, 18:00-02:00]
              sat: [01:00-05:00]
        """)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let expected = "\(path):6:26: locations.store-12.hours.fri[1]: Friday's span 18:00-02:00 runs past midnight into Saturday's span 01:00-05:00"
        let result = try BusProcess.runCLI(["config", "check", path])
        #expect(result.status == 1)
        #expect(result.output.contains(expected), "\(result.output)")
        let bus = try BusProcess.runCLI(["bus", "--config", path])
        #expect(bus.status == 64 && bus.output.contains(expected), "\(bus.output)")
    }

    @Test("without FILE: what `rapport bus` runs with when given no --config")
    func noFile() throws {
        let result = try BusProcess.runCLI(["config", "check", "--data-dir", "/tmp/rapport-defaults"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("/tmp/rapport-defaults"), "\(result.output)")
        #expect(result.output.split(separator: "\n").contains { $0.hasPrefix("data_dir ") && $0.hasSuffix("--data-dir") }, "\(result.output)")
    }

    @Test("--help explains the output and the origins")
    func help() throws {
        let result = try BusProcess.runCLI(["config", "check", "--help"])
        #expect(result.status == 0)
        for phrase in ["FILE:LINE:COLUMN", "--json", "--data-dir", "default"] {
            #expect(result.output.contains(phrase), "\(phrase)\n\(result.output)")
        }
    }
}
