import RapportConfig
import Testing

@Suite("rapport.yaml")
struct BusConfigurationFileTests {
    @Test("an empty file with --data-dir gives the documented defaults")
    func defaults() throws {
        let config = try BusConfigurationFile.parse("", source: "t.yaml", dataDirectory: "/var/lib/rapport")
        #expect(config.ingestEndpoint == "ipc:///var/lib/rapport/bus.sock")
        #expect(config.liveEndpoint == "ipc:///var/lib/rapport/live.sock")
        #expect(config.maxEventBytes == 262_144)
        #expect(config.dedupWindowMillis == 7 * 86_400_000)
        #expect(config.ackTimeoutMillis == 30_000)
        #expect(config.maxDeliveries == 5)
        #expect(config.maxGroups == 1_000)
        #expect(config.retentionMillis == Int64(30 * 86_400_000))
        #expect(config.retentionBytes == nil)
        #expect(config.cpuLatencyMicros == nil)
    }

    @Test("the shipped config/rapport.yaml parses to the defaults")
    func shippedFile() throws {
        let root = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/"))
        let text = try #require(try? String(contentsOfFile: "/" + root + "/config/rapport.yaml", encoding: .utf8))
        let config = try BusConfigurationFile.parse(text, source: "config/rapport.yaml", dataDirectory: "/d")
        #expect(config == BusConfiguration(dataDirectory: "/d"))
    }

    @Test("every key is read; ${data_dir} expands in endpoints")
    func allKeys() throws {
        let yaml = """
        data_dir: /srv/rapport
        endpoints: {ingest: "ipc://${data_dir}/in.sock", live: "ipc:///tmp/live.sock"}
        limits: {max_event_bytes: 4096, max_uncommitted_bytes: 1048576}
        dedup: {window: 2d}
        log: {segment_bytes: 1048576, retention: {max_age: 12h, max_bytes: 5000000}}
        groups: {ack_timeout: 500ms, max_deliveries: 3, heartbeat: 2s, max_groups: 20}
        host: {cpu_latency_us: 0}
        """
        let c = try BusConfigurationFile.parse(yaml, source: "t.yaml")
        #expect(c.dataDirectory == "/srv/rapport")
        #expect(c.ingestEndpoint == "ipc:///srv/rapport/in.sock")
        #expect(c.liveEndpoint == "ipc:///tmp/live.sock")
        #expect(c.maxEventBytes == 4096)
        #expect(c.maxUncommittedBytes == 1_048_576)
        #expect(c.dedupWindowMillis == 2 * 86_400_000)
        #expect(c.segmentBytes == 1_048_576)
        #expect(c.retentionMillis == Int64(12 * 3_600_000))
        #expect(c.retentionBytes == 5_000_000)
        #expect(c.ackTimeoutMillis == 500)
        #expect(c.maxDeliveries == 3)
        #expect(c.heartbeatMillis == 2_000)
        #expect(c.maxGroups == 20)
        #expect(c.cpuLatencyMicros == 0)
    }

    static let refusals: [(yaml: String, key: String, says: String)] = [
        ("endpoints: {ingest: tcp://0.0.0.0:7400}", "endpoints.ingest", "CurveZMQ"),
        ("endpoints: {live: udp://x}", "endpoints.live", "not an ipc://"),
        ("dedup: {window: a week}", "dedup.window", "not a duration"),
        ("groups: {ack_timeout: 30}", "groups.ack_timeout", "not a duration"),
        ("groups: {max_deliveries: 0}", "groups.max_deliveries", "at least 1"),
        ("groups: {max_groups: 0}", "groups.max_groups", "from 1 to 100000"),
        ("limits: {max_event_bytes: 10}", "limits.max_event_bytes", "between 1024"),
        ("limits: {max_uncommitted_bytes: 1000}", "limits.max_uncommitted_bytes", "at least 65536"),
        ("log: {segment_bytes: 100}", "log.segment_bytes", "at least 65536"),
        ("host: {cpu_latency_us: -1}", "host.cpu_latency_us", "from 0 to 1000000"),
        ("curve: {secret_key_file: /nonexistent}", "curve.secret_key_file", "40-character"),
        ("data_dir: [1, 2", "", "not valid configuration YAML"),
    ]

    @Test("bad values are refused naming the key and what is accepted", arguments: refusals)
    func refused(yaml: String, key: String, says: String) {
        let error = #expect(throws: ConfigError.self) {
            try BusConfigurationFile.parse(yaml, source: "t.yaml", dataDirectory: "/d")
        }
        #expect(error?.key == key)
        #expect(error?.description.contains(says) == true, "\(error?.description ?? "")")
        #expect(error?.description.hasPrefix("t.yaml") == true)
    }

    @Test("a missing data directory is refused")
    func noDataDirectory() {
        let error = #expect(throws: ConfigError.self) { try BusConfigurationFile.parse("", source: "t.yaml") }
        #expect(error?.key == "data_dir")
    }

    /// Files the tcp tests read: the bus's secret key and an authorized keys file.
    static let secretKey = String(repeating: "a", count: 40)
    static let clientKey = "t1[(yE@4xC@-N8I?iNmYTF=E6/u4qkQ[kH$H>Mmo"
    static func files(_ path: String) -> String? {
        switch path {
        case "/etc/rapport/bus.key": secretKey + "\n"
        case "/etc/rapport/clients.keys": "# desks\n\(clientKey)  # desk 1\n"
        case "/etc/rapport/broken.keys": "\(clientKey)\n\nssh-ed25519 AAAA desk 2\n"
        default: nil
        }
    }

    static func parseTCP(_ curve: String) throws(ConfigError) -> BusConfiguration {
        try BusConfigurationFile.parse(
            "endpoints: {ingest: tcp://127.0.0.1:7400}\ncurve: {secret_key_file: /etc/rapport/bus.key\(curve)}",
            source: "t.yaml", dataDirectory: "/d", readFile: files)
    }

    @Test("a tcp endpoint is accepted with a CURVE key file and an authorized keys file")
    func tcpWithKey() throws {
        let c = try Self.parseTCP(", authorized_keys_file: /etc/rapport/clients.keys")
        #expect(c.curveSecretKey == Self.secretKey)
        #expect(c.curveAuthorizedKeysFile == "/etc/rapport/clients.keys")
        #expect(c.curveAllowAnyClient == false)
        #expect(c.ingestEndpoint == "tcp://127.0.0.1:7400")
    }

    @Test("a tcp endpoint is accepted with allow_any_client: true")
    func tcpWithAnyClient() throws {
        let c = try Self.parseTCP(", allow_any_client: true")
        #expect(c.curveAllowAnyClient)
        #expect(c.curveAuthorizedKeysFile == nil)
    }

    @Test("a tcp endpoint with neither authorized_keys_file nor allow_any_client uses the key registry, <data>/keys.yaml by default")
    func tcpWithRegistry() throws {
        let c = try Self.parseTCP("")
        #expect(c.keysFile == "/d/keys.yaml")
        #expect(c.authenticatesClients)
        let moved = try Self.parseTCP(", keys_file: /etc/rapport/keys.yaml")
        #expect(moved.keysFile == "/etc/rapport/keys.yaml")
    }

    @Test("curve.on_ipc needs a CURVE secret key; with one, ipc clients present keys")
    func onIPC() throws {
        var config = BusConfiguration(dataDirectory: "/d")
        config.curveOnIPC = true
        let error = #expect(throws: ConfigError.self) { try config.validated(source: "command line") }
        #expect(error?.key == "curve.on_ipc")
        config.curveSecretKey = Self.secretKey
        #expect(try config.validated(source: "command line").authenticatesClients)
        #expect(!BusConfiguration(dataDirectory: "/d").authenticatesClients)
    }

    @Test("authorized_keys_file and allow_any_client together are refused")
    func tcpWithBoth() {
        let error = #expect(throws: ConfigError.self) {
            try Self.parseTCP(", authorized_keys_file: /etc/rapport/clients.keys, allow_any_client: true")
        }
        #expect(error?.key == "curve.allow_any_client")
        #expect(error?.description.contains("not both") == true || error?.description.contains("together") == true)
    }

    @Test("an unreadable authorized keys file is refused, naming it")
    func unreadableKeys() {
        let error = #expect(throws: ConfigError.self) { try Self.parseTCP(", authorized_keys_file: /etc/rapport/missing.keys") }
        #expect(error?.key == "curve.authorized_keys_file")
        #expect(error?.description.contains("cannot read /etc/rapport/missing.keys") == true, "\(error?.description ?? "")")
    }

    @Test("a bad line in the authorized keys file is refused, naming the file and the line")
    func badKeysLine() {
        let error = #expect(throws: ConfigError.self) { try Self.parseTCP(", authorized_keys_file: /etc/rapport/broken.keys") }
        #expect(error?.description.hasPrefix("/etc/rapport/broken.keys: line 3: ") == true, "\(error?.description ?? "")")
    }

    @Test("the authorized keys options do not matter on ipc")
    func ipcIgnoresClients() throws {
        let c = try BusConfigurationFile.parse("curve: {allow_any_client: true}", source: "t.yaml", dataDirectory: "/d")
        #expect(c.ingestEndpoint.hasPrefix("ipc://"))
    }

    @Test("durations", arguments: [("500ms", 500), ("30s", 30_000), ("15m", 900_000), ("2h", 7_200_000), ("7d", 604_800_000)] as [(String, Int64)])
    func durations(text: String, millis: Int64) {
        #expect(DurationText.milliseconds(text) == millis)
    }
}
