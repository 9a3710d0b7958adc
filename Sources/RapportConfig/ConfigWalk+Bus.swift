/// The sections `rapport bus` uses: `data_dir`, `endpoints`, `limits`, `dedup`, `log`,
/// `groups`, `curve` and `host`, read into a ``BusConfiguration``.
extension ConfigWalk {
    /// Reads the bus settings of `root`. `dataDirectory` (from `--data-dir`) overrides
    /// `data_dir`; `readFile` reads the CURVE key file and the authorized keys file. Returns
    /// `nil` when there is no data directory; other errors are recorded and the setting keeps
    /// its default, so that later sections are still checked.
    mutating func readBus(_ root: ConfigMapping, dataDirectory: String?, readFile: (String) -> String?) -> BusConfiguration? {
        let field = root["data_dir"]
        let fromFile = field.flatMap { text($0, expected: "a directory path") }
        let data = (dataDirectory ?? fromFile).flatMap { $0.isEmpty ? nil : $0 }
        if data == nil && (field == nil || fromFile != nil) {
            fail("data_dir", at: field?.position, "is required (or pass --data-dir)")
        }
        var config = BusConfiguration(dataDirectory: data ?? "")

        let endpoints = section("endpoints", of: root, pattern: "endpoints")
        if let f = endpoints["ingest"], let v = text(f, expected: "an endpoint") { config.ingestEndpoint = v.replacingDataDir(config.dataDirectory) }
        if let f = endpoints["live"], let v = text(f, expected: "an endpoint") { config.liveEndpoint = v.replacingDataDir(config.dataDirectory) }

        let limits = section("limits", of: root, pattern: "limits")
        if let f = limits["max_event_bytes"], let v = byteCount(f) { config.maxEventBytes = Int(clamping: v) }
        if let f = limits["max_uncommitted_bytes"], let v = byteCount(f) { config.maxUncommittedBytes = Int(clamping: v) }

        if let f = section("dedup", of: root, pattern: "dedup")["window"], let v = duration(f) { config.dedupWindowMillis = v }

        let log = section("log", of: root, pattern: "log")
        if let f = log["segment_bytes"], let v = byteCount(f) { config.segmentBytes = v }
        let retention = section("retention", of: log, pattern: "log.retention")
        if let f = retention["max_age"], let v = duration(f) { config.retentionMillis = v }
        if let f = retention["max_bytes"], let v = byteCount(f) { config.retentionBytes = v }

        let groups = section("groups", of: root, pattern: "groups")
        if let f = groups["ack_timeout"], let v = duration(f) { config.ackTimeoutMillis = v }
        if let f = groups["max_deliveries"], let v = integer(f) { config.maxDeliveries = v }
        if let f = groups["heartbeat"], let v = duration(f) { config.heartbeatMillis = v }
        if let f = groups["max_groups"], let v = integer(f) { config.maxGroups = v }

        if let f = section("host", of: root, pattern: "host")["cpu_latency_us"], let v = integer(f, unit: "microseconds") {
            config.cpuLatencyMicros = v
        }
        readCurve(section("curve", of: root, pattern: "curve"), into: &config, readFile: readFile)
        return data.map { _ in config }
    }

    /// The `curve` section: reads the secret key file and checks the authorized keys file.
    private mutating func readCurve(_ curve: ConfigMapping, into config: inout BusConfiguration, readFile: (String) -> String?) {
        if let f = curve["secret_key_file"], let path = text(f, expected: "a file path") {
            if let key = readFile(path)?.trimmingWhitespace().split(separator: "\n").first.map(String.init), key.utf8.count == 40 {
                config.curveSecretKey = key
            } else {
                fail(f.path, at: f.position, "\(path) must hold a 40-character Z85 secret key (make one with `rapport keygen`)")
            }
        }
        if let f = curve["authorized_keys_file"], let path = text(f, expected: "a file path") {
            if let text = readFile(path) {
                do throws(ConfigError) {
                    _ = try AuthorizedKeys.parse(text, file: path)
                    config.curveAuthorizedKeysFile = path
                } catch {
                    fail(error)
                }
            } else {
                fail(f.path, at: f.position, "cannot read \(path); it lists the public keys of the clients allowed on tcp, one a line")
            }
        }
        if let f = curve["allow_any_client"], let v = boolean(f) { config.curveAllowAnyClient = v }
        if let f = curve["on_ipc"], let v = boolean(f) { config.curveOnIPC = v }
        if let f = curve["keys_file"], let path = text(f, expected: "a file path").map({ $0.replacingDataDir(config.dataDirectory) }) {
            if let text = readFile(path) {
                do throws(ConfigError) {
                    _ = try KeyRegistry.parse(text, file: path)
                } catch {
                    fail(error)
                }
            }
            config.keysFile = path
        }
    }
}
