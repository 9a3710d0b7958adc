extension BusConfiguration {
    /// Every bus setting by its key, valued as the file writes it (durations as `30s`), for
    /// ``ConfigEntry``. `secretKeyFile` is the file the secret key was read from: the key
    /// itself is never shown.
    func settings(secretKeyFile: String?) -> [(key: String, value: ConfigValue)] {
        [
            ("data_dir", .string(dataDirectory)),
            ("endpoints.ingest", .string(ingestEndpoint)),
            ("endpoints.live", .string(liveEndpoint)),
            ("limits.max_event_bytes", .int(maxEventBytes)),
            ("limits.max_uncommitted_bytes", .int(maxUncommittedBytes)),
            ("dedup.window", .string(DurationText.text(dedupWindowMillis))),
            ("log.segment_bytes", .int(Int(clamping: segmentBytes))),
            ("log.retention.max_age", retentionMillis.map { .string(DurationText.text($0)) } ?? .null),
            ("log.retention.max_bytes", retentionBytes.map { .int(Int(clamping: $0)) } ?? .null),
            ("groups.ack_timeout", .string(DurationText.text(ackTimeoutMillis))),
            ("groups.max_deliveries", .int(maxDeliveries)),
            ("groups.heartbeat", .string(DurationText.text(heartbeatMillis))),
            ("groups.max_groups", .int(maxGroups)),
            ("curve.secret_key_file", secretKeyFile.map(ConfigValue.string) ?? .null),
            ("curve.authorized_keys_file", curveAuthorizedKeysFile.map(ConfigValue.string) ?? .null),
            ("curve.allow_any_client", .bool(curveAllowAnyClient)),
            ("curve.keys_file", .string(keysFile)),
            ("curve.on_ipc", .bool(curveOnIPC)),
            ("host.cpu_latency_us", cpuLatencyMicros.map(ConfigValue.int) ?? .null),
        ]
    }
}
