import Yams

/// Reads `rapport.yaml` (see `config/rapport.yaml`) into a ``BusConfiguration``.
public enum BusConfigurationFile {
    private struct File: Decodable {
        struct Endpoints: Decodable { var ingest: String?; var live: String? }
        struct Limits: Decodable { var max_event_bytes: Int?; var max_uncommitted_bytes: Int? }
        struct Dedup: Decodable { var window: String? }
        struct Retention: Decodable { var max_age: String?; var max_bytes: Int64? }
        struct LogSection: Decodable { var segment_bytes: Int64?; var retention: Retention? }
        struct Groups: Decodable { var ack_timeout: String?; var max_deliveries: Int?; var heartbeat: String?; var max_groups: Int? }
        struct Curve: Decodable { var secret_key_file: String?; var authorized_keys_file: String?; var allow_any_client: Bool? }
        struct Host: Decodable { var cpu_latency_us: Int? }
        var data_dir: String?
        var endpoints: Endpoints?
        var limits: Limits?
        var dedup: Dedup?
        var log: LogSection?
        var groups: Groups?
        var curve: Curve?
        var host: Host?
    }

    /// Parses YAML `text` (from `source`, for messages); `dataDirectory` overrides `data_dir`.
    /// `readFile` reads the CURVE key file and the authorized keys file (`nil`: unreadable).
    public static func parse(
        _ text: String, source: String, dataDirectory: String? = nil,
        readFile: (String) -> String? = { _ in nil }
    ) throws(ConfigError) -> BusConfiguration {
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: text.isEmpty ? "{}" : text)
        } catch {
            throw ConfigError(source: source, key: "", "not valid configuration YAML: \(error)")
        }
        guard let data = dataDirectory ?? file.data_dir, !data.isEmpty else {
            throw ConfigError(source: source, key: "data_dir", "is required (or pass --data-dir)")
        }
        var config = BusConfiguration(dataDirectory: data)
        if let v = file.endpoints?.ingest { config.ingestEndpoint = v.replacingDataDir(data) }
        if let v = file.endpoints?.live { config.liveEndpoint = v.replacingDataDir(data) }
        if let v = file.limits?.max_event_bytes { config.maxEventBytes = v }
        if let v = file.limits?.max_uncommitted_bytes { config.maxUncommittedBytes = v }
        if let v = file.dedup?.window { config.dedupWindowMillis = try duration(v, "dedup.window", source) }
        if let v = file.log?.segment_bytes { config.segmentBytes = v }
        if let v = file.log?.retention?.max_age { config.retentionMillis = try duration(v, "log.retention.max_age", source) }
        if let v = file.log?.retention?.max_bytes { config.retentionBytes = v }
        if let v = file.groups?.ack_timeout { config.ackTimeoutMillis = try duration(v, "groups.ack_timeout", source) }
        if let v = file.groups?.max_deliveries { config.maxDeliveries = v }
        if let v = file.groups?.max_groups { config.maxGroups = v }
        if let v = file.host?.cpu_latency_us { config.cpuLatencyMicros = v }
        if let v = file.groups?.heartbeat { config.heartbeatMillis = try duration(v, "groups.heartbeat", source) }
        if let path = file.curve?.secret_key_file {
            guard let key = readFile(path)?.trimmingWhitespace().split(separator: "\n").first.map(String.init), key.utf8.count == 40 else {
                throw ConfigError(source: source, key: "curve.secret_key_file", "\(path) must hold a 40-character Z85 secret key (make one with `rapport keygen`)")
            }
            config.curveSecretKey = key
        }
        if let path = file.curve?.authorized_keys_file {
            guard let text = readFile(path) else {
                throw ConfigError(source: source, key: "curve.authorized_keys_file",
                    "cannot read \(path); it lists the public keys of the clients allowed on tcp, one a line")
            }
            _ = try AuthorizedKeys.parse(text, file: path)
            config.curveAuthorizedKeysFile = path
        }
        if let v = file.curve?.allow_any_client { config.curveAllowAnyClient = v }
        return try config.validated(source: source)
    }

    private static func duration(_ text: String, _ key: String, _ source: String) throws(ConfigError) -> Int64 {
        guard let ms = DurationText.milliseconds(text) else {
            throw ConfigError(source: source, key: key, "\"\(text)\" is not a duration; write e.g. 500ms, 30s, 15m, 2h or 7d")
        }
        return ms
    }
}

extension String {
    /// Expands `${data_dir}` in endpoints.
    func replacingDataDir(_ data: String) -> String {
        var out = self
        while let range = out.range(of: "${data_dir}") { out.replaceSubrange(range, with: data) }
        return out
    }
}
