import RapportConfig
import Testing

/// The effective settings `rapport config check` prints, each with where it came from.
@Suite("rapport.yaml: effective settings and their origins")
struct EffectiveConfigTests {
    static let yaml = """
    data_dir: /srv/rapport
    groups:
      ack_timeout: 45s
    log:
      retention:
        max_age: 90d
    locations:
      s1:
        time_zone: UTC
        hours:
          mon: [09:00-17:00]
    plugins:
      promises: {instances: 3}
    """

    static func entry(_ reading: ConfigReading, _ key: String) -> ConfigEntry? {
        reading.entries.first { $0.key == key }
    }

    @Test("values from the file carry their line; the rest are defaults")
    func origins() throws {
        let reading = RapportConfigFile.read(Self.yaml, source: "rapport.yaml")
        #expect(reading.errors.isEmpty)
        let expected: [(String, ConfigValue, String)] = [
            ("data_dir", .string("/srv/rapport"), "file rapport.yaml:1"),
            ("endpoints.ingest", .string("ipc:///srv/rapport/bus.sock"), "default"),
            ("groups.ack_timeout", .string("45s"), "file rapport.yaml:3"),
            ("groups.max_deliveries", .int(5), "default"),
            ("dedup.window", .string("7d"), "default"),
            ("log.retention.max_age", .string("90d"), "file rapport.yaml:6"),
            ("log.retention.max_bytes", .null, "default"),
            ("log.segment_bytes", .int(67_108_864), "default"),
            ("curve.secret_key_file", .null, "default"),
            ("host.cpu_latency_us", .null, "default"),
            ("locations.s1.time_zone", .string("UTC"), "file rapport.yaml:9"),
            ("locations.s1.hours.mon", .array([.string("09:00-17:00")]), "file rapport.yaml:11"),
            ("locations.s1.hours.tue", .string("closed"), "default"),
            ("locations.s1.holidays", .array([]), "default"),
            ("locations.s1.date_order", .null, "default"),
            ("plugins.promises.instances", .int(3), "file rapport.yaml:13"),
            ("plugins.promises.enabled", .bool(true), "default"),
        ]
        for (key, value, origin) in expected {
            let entry = try #require(Self.entry(reading, key), "\(key)")
            #expect(entry.value == value, "\(key)")
            #expect(entry.origin.description == origin, "\(key)")
        }
        #expect(reading.entries.first?.key == "data_dir")
    }

    @Test("--data-dir is named as the origin of data_dir")
    func dataDirOverride() throws {
        let reading = RapportConfigFile.read(Self.yaml, source: "rapport.yaml", dataDirectory: "/other")
        #expect(Self.entry(reading, "data_dir")?.origin == .override("--data-dir"))
        #expect(Self.entry(reading, "endpoints.live")?.value == .string("ipc:///other/live.sock"))
    }

    @Test("durations and sizes read in every unit", arguments: [
        ("dedup: {window: 90m}", "dedup.window", ConfigValue.string("90m")),
        ("dedup: {window: 1500ms}", "dedup.window", .string("1500ms")),
        ("dedup: {window: 120s}", "dedup.window", .string("2m")),
        ("log: {segment_bytes: 16MiB}", "log.segment_bytes", .int(16 << 20)),
        ("log: {retention: {max_bytes: 10GiB}}", "log.retention.max_bytes", .int(10 << 30)),
        ("limits: {max_event_bytes: 512KiB}", "limits.max_event_bytes", .int(512 << 10)),
    ])
    func units(yaml: String, key: String, value: ConfigValue) {
        let reading = RapportConfigFile.read(yaml, source: "r.yaml", dataDirectory: "/d")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(Self.entry(reading, key)?.value == value)
    }
}
